/**
 * A cell value as every face hands it to the engine: what Office.js `values`
 * gives (numbers, strings, booleans, "" for empty), plus `Date` and `null`,
 * which ExcelJS and csv readers produce.
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A rectangular block of cell values, row by row. */
export type Grid = readonly (readonly CellValue[])[];

/** Marks a cell that holds nothing (empty, blank text, or whitespace). */
export const BLANK: unique symbol = Symbol("blank");
/** Marks a cell whose text could not be read as the type the column needs. */
export const INVALID: unique symbol = Symbol("invalid");

/** What a cell parser returns: a value, nothing, or a cell it cannot read. */
export type Parsed<T> = T | typeof BLANK | typeof INVALID;

/** True when a cell holds nothing: null, undefined, or text that is only spaces. */
export function isBlankCell(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Fast path: a string that starts with a visible character is not blank (no trim, no allocation).
  const first = value.length > 0 ? value.charCodeAt(0) : 0;
  if (first > 32 && first !== 160 && first < 0x2000) return false;
  return value.trim() === "";
}
