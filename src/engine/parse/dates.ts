import { BLANK, INVALID } from "../cell";
import type { CellValue, Parsed } from "../cell";
import { serialFromDateText } from "./dateText";
import type { DateOrder } from "./dateText";
import { FAKE_LEAP_DAY_SERIAL, isValidYmd, MAX_SERIAL, MIN_SERIAL, serialFromUtcDate, serialFromYmd } from "./serial";

export { detectDateOrder } from "./dateText";
export type { DateOrder } from "./dateText";
export { addMonths, isoFromSerial, serialFromIso, serialFromUtcDate, serialFromYmd, todayIso, utcDateFromSerial } from "./serial";

/** Days between the 1904 system's day 0 (1904-01-01) and the 1900 system's. */
const DATE_1904_OFFSET = 1462;

/**
 * A number as a date serial: fractions (times of day) dropped, 1904-system
 * serials moved to the 1900 system. Excel's fictitious 29 Feb 1900 (serial 60)
 * and anything outside 1900-01-01..9999-12-31 are rejected.
 */
function serialFromNumber(value: number, date1904: boolean): Parsed<number> {
  if (!Number.isFinite(value)) return INVALID;
  // Serial 0 is no date: an empty cell read as 0 (Excel desktop hands custom functions 0 for a blank), SAP's 00000000.
  if (value === 0) return BLANK;
  // YYYYMMDD held as a number (20200326, as SAP and data-science exports write it) is far above the last serial.
  if (value >= 19000101 && value <= 29991231 && Number.isInteger(value)) return serialFromYmdNumber(value);
  const serial = Math.floor(value) + (date1904 ? DATE_1904_OFFSET : 0);
  if (serial < MIN_SERIAL || serial > MAX_SERIAL || serial === FAKE_LEAP_DAY_SERIAL) return INVALID;
  return serial;
}

function serialFromYmdNumber(value: number): Parsed<number> {
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : INVALID;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;
const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014;

function serialFromText(text: string, order: DateOrder, date1904: boolean): Parsed<number> {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return BLANK;
  // A lone dash is how many exports write "no date".
  if (end - start === 1 && isDash(text.charCodeAt(start))) return BLANK;
  const s = start === 0 && end === text.length ? text : text.slice(start, end);

  let digitsOnly = true;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) dots++;
    else if (c < 48 || c > 57) {
      digitsOnly = false;
      break;
    }
  }
  if (digitsOnly && dots <= 1) {
    // "0", "00000000": how SAP and others write "no date".
    if (/^[0.]+$/.test(s)) return BLANK;
    // YYYYMMDD is far above the last serial (2958465), so it cannot be mistaken for one.
    if (s.length === 8 && dots === 0 && (s.startsWith("19") || s.startsWith("20"))) {
      const year = Number(s.slice(0, 4));
      const month = Number(s.slice(4, 6));
      const day = Number(s.slice(6, 8));
      return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : INVALID;
    }
    return serialFromNumber(Number(s), date1904);
  }
  const serial = serialFromDateText(s, order);
  return serial === 0 ? INVALID : serial;
}

/**
 * Reads a date cell as a day serial (Excel 1900 system; see ./serial).
 *
 * - numbers are serials (`date1904`: the workbook counts from 1904; times of day dropped), and
 *   whole numbers from 19000101 on are `YYYYMMDD` (20200326), as SAP and data exports write them;
 * - `Date`s are read by their UTC calendar day (ExcelJS has already applied the 1904 system);
 * - text: ISO (`2026-03-31`, with or without a time), numbers-only dates in `order`
 *   (`31/03/2026`, `31-03-26`, `31.03.2026`), month names in English, Spanish and
 *   Portuguese (`31 Mar 2026`, `Mar 31, 2026`, `31 de março de 2026`), `YYYYMMDD`,
 *   and serials written as text (`"46112"`);
 * - empty cells, blank text, a lone dash, 0 and all-zero text (`00000000`, SAP's "no date") are BLANK; booleans, impossible dates
 *   (`31/02/2026`) and other text are INVALID.
 *
 * @example parseDateCell("31/03/2026", "DMY", false) //=> 46112
 * @example parseDateCell(44650, "DMY", true) //=> 46112
 * @example parseDateCell("31/02/2026", "DMY", false) //=> INVALID
 */
export function parseDateCell(value: CellValue, order: DateOrder, date1904: boolean): Parsed<number> {
  if (typeof value === "number") return serialFromNumber(value, date1904);
  if (typeof value === "string") return serialFromText(value, order, date1904);
  if (value === null || value === undefined) return BLANK;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return INVALID;
    const serial = serialFromUtcDate(value);
    return serial < MIN_SERIAL || serial > MAX_SERIAL ? INVALID : serial;
  }
  return INVALID;
}
