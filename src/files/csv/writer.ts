import type { CellValue } from "../../engine/cell";
import { guardFormula } from "./formulaGuard";
import type { Delimiter } from "./splitter";

/**
 * Escapes one text field for csv (RFC 4180): quoted when it holds the
 * delimiter, a quote, or a line break; quotes doubled. Text that begins with
 * = + - @, a tab or a carriage return gets a leading apostrophe, so Excel and
 * other spreadsheet apps open it as text and never run it as a formula (csv
 * injection; see `guardFormula`).
 *
 * @example
 * csvText('He said "hi", twice', ",")  //=> '"He said ""hi"", twice"'
 * csvText("=SUM(A1:A9)", ",")          //=> "'=SUM(A1:A9)"
 */
export function csvText(text: string, delimiter: Delimiter): string {
  const safe = guardFormula(text);
  if (safe.includes(delimiter) || safe.includes('"') || safe.includes("\n") || safe.includes("\r")) {
    return `"${safe.replace(/"/g, '""')}"`;
  }
  return safe;
}

/**
 * One cell as csv text: numbers in invariant form (a negative number stays a
 * number, it is not guarded), dates as YYYY-MM-DD (with the time when there is
 * one), booleans as TRUE / FALSE, nothing as an empty field.
 *
 * @example
 * csvCell(new Date(Date.UTC(2025, 0, 31)), ",")  //=> "2025-01-31"
 * csvCell(-12.5, ";")                             //=> "-12.5"
 */
export function csvCell(value: CellValue, delimiter: Delimiter): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return csvText(isoDate(value), delimiter);
  return csvText(value, delimiter);
}

/** A whole record, without its line terminator. */
export function csvLine(values: readonly CellValue[], delimiter: Delimiter): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += delimiter;
    line += csvCell(values[i], delimiter);
  }
  return line;
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}
