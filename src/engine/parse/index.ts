/** Cell parsers: one function per column type, each fast enough for a million rows. */
export { parseAmountCell } from "./amounts";
export {
  addMonths,
  detectDateOrder,
  isoFromSerial,
  parseDateCell,
  serialFromIso,
  serialFromUtcDate,
  serialFromYmd,
  todayIso,
  utcDateFromSerial,
} from "./dates";
export type { DateOrder } from "./dates";
export { parseFlagCell } from "./flags";
export { parseIntegerCell } from "./integers";
export { foldText } from "./normalize";
export { daysInMonth, isValidYmd, MAX_SERIAL, MIN_SERIAL, ymdFromSerial } from "./serial";
export type { YearMonthDay } from "./serial";
export { textOf } from "./text";
