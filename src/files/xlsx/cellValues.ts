import { itemText, spreadsheetText } from "./strings";
import { KIND_BOOLEAN, KIND_DATE, KIND_ERROR, KIND_INLINE, KIND_NUMBER, KIND_SHARED, KIND_TEXT, type RowCells } from "./sheetScanner";

/** A cell's value as a reader hands it on: what the engine and the faces take. */
export type SheetValue = string | number | boolean | Date | null;

/** What turning a cell into a value needs from the rest of the workbook. */
export interface CellContext {
  readonly strings: readonly string[];
  /** 1 for a cell style whose number format is a date (see `dateStyles`). */
  readonly dateStyles: Uint8Array;
  readonly date1904: boolean;
  /** The sheet's namespace prefix ("" or "x:"). */
  readonly prefix: string;
}

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system; the 1904 system counts 1,462 days fewer. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;

/**
 * The value of cell `k` of a scanned row: a formula's cached result, a shared
 * or inline string's text (rich text joined), a boolean, an error's code
 * ("#N/A"), a number, or a `Date` (UTC) when the cell's style is a date
 * format. Null when the cell holds no value (only a format, or a formula
 * never calculated).
 *
 * @example
 * cellValue(cells, 0, context) //=> 1234.5
 */
export function cellValue(cells: RowCells, k: number, context: CellContext): SheetValue {
  const from = cells.valueStart[k];
  if (from < 0) return null;
  const text = cells.text;
  const to = cells.valueEnd[k];
  switch (cells.kind[k]) {
    case KIND_NUMBER: {
      const n = Number(text.slice(from, to));
      if (!Number.isFinite(n) || from === to) return from === to ? null : spreadsheetText(text.slice(from, to));
      return context.dateStyles[cells.style[k]] === 1 ? dateOfSerial(n, context.date1904) : n;
    }
    case KIND_SHARED: {
      const s = context.strings[Number(text.slice(from, to))];
      return s === undefined ? null : s;
    }
    case KIND_INLINE:
      return itemText(text, from, to, context.prefix);
    case KIND_TEXT:
      return spreadsheetText(text.slice(from, to));
    case KIND_BOOLEAN:
      return text.charCodeAt(from) === 49 || text.slice(from, to) === "true";
    case KIND_ERROR:
      return spreadsheetText(text.slice(from, to));
    case KIND_DATE: {
      const iso = text.slice(from, to);
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || iso.length <= 10 ? iso : `${iso}Z`);
      return Number.isNaN(date.getTime()) ? spreadsheetText(iso) : date;
    }
    default:
      return null;
  }
}

/** True when cell `k` holds a value that is not empty text (what makes a cell "used"). */
export function hasValue(cells: RowCells, k: number, context: CellContext): boolean {
  const from = cells.valueStart[k];
  if (from < 0) return false;
  const kind = cells.kind[k];
  if (kind === KIND_SHARED) return (context.strings[Number(cells.text.slice(from, cells.valueEnd[k]))] ?? "") !== "";
  if (kind === KIND_INLINE || kind === KIND_TEXT) return cellValue(cells, k, context) !== "";
  return cells.valueEnd[k] > from;
}

/**
 * The UTC date of a serial, the way ExcelJS reads one (days and the time of
 * day; the 1904 system shifted by 1,462 days).
 *
 * @example
 * dateOfSerial(45657, false).toISOString() //=> "2024-12-31T00:00:00.000Z"
 */
export function dateOfSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * DAY_MS));
}
