/**
 * How the adapter keeps output text text.
 *
 * Excel reads every string assigned to `values` the way it reads typed input:
 * "=…", "+…", "-…" (and "@…") become formulas (Excel.Range.values reference),
 * and "1-30", "12%", "TRUE" become a date, a number, a boolean. A leading
 * apostrophe would keep the rest as text in a General cell, but in a cell
 * formatted as Text ("@") the apostrophe is kept as a character and shows
 * ("'Current"), and a user may well have formatted the columns the output goes
 * to as Text. So every cell that receives text is given the number format "@"
 * first, in the same batch and before its values, and the text is written as
 * it is: a Text cell keeps whatever string it is given, whatever it looks like,
 * in General and Text columns alike. Numbers keep a number format of their own.
 */

/** The Text number format: a cell with it keeps an assigned string exactly as given. */
export const TEXT_FORMAT = "@";

/**
 * The value to assign for one output cell: the cell itself, "" for nothing
 * (which clears it).
 *
 * @example
 * cellValue("=HYPERLINK(x)") //=> "=HYPERLINK(x)" (its cell is formatted "@" first)
 * cellValue(null)            //=> ""
 */
export function cellValue(value: string | number | boolean | null | undefined): string | number | boolean {
  return value === null || value === undefined ? "" : value;
}

/**
 * The number format a cell gets with its value: "@" for text (and for an empty
 * cell of a text column), else the number format asked for.
 *
 * @example
 * cellFormat("-ACME", "General") //=> "@"
 * cellFormat(42, "0")            //=> "0"
 */
export function cellFormat(value: string | number | boolean | null | undefined, numberFormat: string): string {
  return typeof value === "string" ? TEXT_FORMAT : numberFormat;
}
