import type { Ledger } from "../ledger/ledger";
import { addMonths, daysInMonth, serialFromYmd, ymdFromSerial } from "../parse/serial";

/** How far apart snapshot dates are: a number of months (1 a month, 3 a quarter) or of days. */
export type SnapshotStep = { readonly kind: "months"; readonly months: number } | { readonly kind: "days"; readonly days: number };

/** The most snapshot dates one backtest takes (each is a full evaluation of the ledger). */
export const MAX_SNAPSHOTS = 400;

const isMonthEnd = (serial: number): boolean => {
  const { year, month, day } = ymdFromSerial(serial);
  return day === daysInMonth(year, month);
};

const monthEnd = (serial: number): number => {
  const { year, month } = ymdFromSerial(serial);
  return serialFromYmd(year, month, daysInMonth(year, month));
};

/**
 * The dates from `from` to `to` (day serials, both included), `step` apart.
 * Months are counted from `from`: a month-end start steps from month-end to
 * month-end (31 Jan, 28 Feb, 31 Mar); another day keeps its day of the month
 * where the month has it (the 30th: 30 Jan, 28 Feb, 30 Mar). Stops after
 * `limit` + 1 dates, so a caller can tell the range asked for too many.
 *
 * @example
 * datesEvery(serialFromIso("2013-01-31")!, serialFromIso("2013-04-30")!, { kind: "months", months: 1 }).map(isoFromSerial)
 * //=> ["2013-01-31", "2013-02-28", "2013-03-31", "2013-04-30"]
 */
export function datesEvery(from: number, to: number, step: SnapshotStep, limit = MAX_SNAPSHOTS): number[] {
  const dates: number[] = [];
  const ends = step.kind === "months" && isMonthEnd(from);
  for (let k = 0; dates.length <= limit; k++) {
    const date =
      step.kind === "days" ? from + k * step.days : ends ? monthEnd(addMonths(from, k * step.months)) : addMonths(from, k * step.months);
    if (date > to) break;
    dates.push(date);
  }
  return dates;
}

/** The latest invoice or paid date in the ledger: how far its history reaches. NaN when it has neither. */
export function historyEnd(ledger: Ledger): number {
  let end = -Infinity;
  for (const field of ["invoiceDate", "paidDate"] as const) {
    const values = ledger.numbers[field];
    if (values) for (let i = 0; i < values.length; i++) if (values[i] > end) end = values[i];
  }
  return end === -Infinity ? NaN : end;
}

/** The earliest invoice date in the ledger; NaN when it has none. */
export function historyStart(ledger: Ledger): number {
  let start = Infinity;
  const values = ledger.numbers.invoiceDate;
  if (values) for (let i = 0; i < values.length; i++) if (values[i] < start) start = values[i];
  return start === Infinity ? NaN : start;
}

/**
 * The last `count` month-ends whose outcome the ledger's history holds: each
 * on or after the first invoice date, and `days` before the history's end
 * (the horizon, or a week when that is longer). Oldest first.
 *
 * @example
 * lastMonthEnds(ledger, 6, 30).map(isoFromSerial) //=> ["2013-01-31", …, "2013-06-30"]
 */
export function lastMonthEnds(ledger: Ledger, count: number, days: number): number[] {
  const start = historyStart(ledger);
  const end = historyEnd(ledger);
  if (start !== start || end !== end) return [];
  const dates: number[] = [];
  const { year, month } = ymdFromSerial(end - days);
  let date = serialFromYmd(year, month, daysInMonth(year, month));
  if (date > end - days) date = monthEnd(addMonths(date, -1));
  while (dates.length < count && date >= start) {
    dates.unshift(date);
    date = monthEnd(addMonths(date, -1));
  }
  return dates;
}
