/**
 * Calendar arithmetic on "day serials": whole days in Excel's 1900 date system,
 * the engine's one representation of a date.
 *
 * Excel numbers days from 1900-01-01 = 1 but also counts 29 Feb 1900, a day that
 * never existed (serial 60). So serials 1..59 are days since 1899-12-31 and serials
 * from 61 (1900-03-01) on are days since 1899-12-30. Serial 60 is read as
 * 1900-02-28, the same day as 59; `parseDateCell` never produces it.
 * Differences between serials that straddle 1 March 1900 are one day too large,
 * exactly as in Excel; no ledger reaches back that far.
 */

/** Serial of 1900-01-01, the first day Excel can show. */
export const MIN_SERIAL = 1;
/** Serial of 9999-12-31, the last day Excel can show. */
export const MAX_SERIAL = 2958465;
/** Excel's non-existent 29 February 1900. */
export const FAKE_LEAP_DAY_SERIAL = 60;
/** Days from 1899-12-30 to 1970-01-01 (the Unix epoch). */
const UNIX_EPOCH_LINEAR = 25569;
const MS_PER_DAY = 86_400_000;

/** A calendar date with a 1-based month. */
export interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil: integer-only, no Date allocation, exact for any year.
function daysSinceUnixEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Days since 1899-12-30 (a plain linear count) to Excel serial, and back. */
const serialFromLinear = (linear: number): number => (linear <= FAKE_LEAP_DAY_SERIAL ? linear - 1 : linear);
const linearFromSerial = (serial: number): number => (serial < FAKE_LEAP_DAY_SERIAL ? serial + 1 : serial);

/**
 * The serial of a calendar date; the date must exist (see `daysInMonth`).
 * @example serialFromYmd(2026, 3, 31) //=> 46112
 */
export function serialFromYmd(year: number, month: number, day: number): number {
  return serialFromLinear(daysSinceUnixEpoch(year, month, day) + UNIX_EPOCH_LINEAR);
}

/**
 * The calendar date of a serial (fractions are dropped).
 * @example ymdFromSerial(61) //=> { year: 1900, month: 3, day: 1 }
 */
export function ymdFromSerial(serial: number): YearMonthDay {
  // Hinnant's civil_from_days.
  const z = linearFromSerial(Math.floor(serial)) - UNIX_EPOCH_LINEAR + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True when the date exists and Excel can show it (1900-01-01 .. 9999-12-31). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * The serial of a strict `YYYY-MM-DD` date, or undefined when the text is not one
 * or the date does not exist.
 * @example serialFromIso("2026-03-31") //=> 46112
 * @example serialFromIso("2026-02-31") //=> undefined
 */
export function serialFromIso(iso: string): number | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigitAt(iso, i)) return undefined;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : undefined;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * The `YYYY-MM-DD` text of a serial.
 * @example isoFromSerial(46112) //=> "2026-03-31"
 */
export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The serial of a `Date`'s UTC calendar day. ExcelJS and csv readers hand dates
 * over as UTC midnight, so UTC components are the written date.
 * @example serialFromUtcDate(new Date(Date.UTC(2026, 2, 31))) //=> 46112
 */
export function serialFromUtcDate(d: Date): number {
  return serialFromLinear(Math.floor(d.getTime() / MS_PER_DAY) + UNIX_EPOCH_LINEAR);
}

/**
 * The UTC midnight `Date` of a serial.
 * @example utcDateFromSerial(46112).toISOString() //=> "2026-03-31T00:00:00.000Z"
 */
export function utcDateFromSerial(serial: number): Date {
  return new Date((linearFromSerial(Math.floor(serial)) - UNIX_EPOCH_LINEAR) * MS_PER_DAY);
}

/**
 * The local calendar date of `now` as `YYYY-MM-DD`: "today" is the user's day,
 * not the UTC one.
 * @example todayIso(new Date(2026, 9, 31, 23, 30)) //=> "2026-10-31"
 */
export function todayIso(now: Date = new Date()): string {
  return `${String(now.getFullYear()).padStart(4, "0")}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/**
 * Moves a serial by whole calendar months; a day that the target month lacks is
 * clamped to its last day (31 Mar − 1 month = 28/29 Feb). Fractions of `months`
 * are dropped.
 * @example isoFromSerial(addMonths(serialFromIso("2026-03-31")!, -1)) //=> "2026-02-28"
 */
export function addMonths(serial: number, months: number): number {
  const { year, month, day } = ymdFromSerial(serial);
  const monthIndex = year * 12 + (month - 1) + Math.trunc(months);
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return serialFromYmd(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}
