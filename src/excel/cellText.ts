/**
 * What the adapter assigns to `Range.values` for one output cell.
 *
 * Excel reads every string assigned to `values` the way it reads typed input:
 * "=…", "+…", "-…" (and "@…") become formulas (Excel.Range.values reference),
 * and "1-30", "12%", "TRUE" become a date, a number, a boolean. A leading
 * apostrophe makes Excel keep the rest as text and is not part of the value
 * (the quote-prefix style; `values` reads back without it). So every
 * non-empty string is written behind an apostrophe: "=HYPERLINK(…)", "+1 555",
 * "-ACME", "@risk" and the bucket label "1-30" all stay text. A Text number
 * format ("@") would do the same but must be set before the values and costs
 * a second array per block.
 *
 * @example
 * cellInput("=HYPERLINK(x)") //=> "'=HYPERLINK(x)"
 * cellInput(42)              //=> 42
 * cellInput(null)            //=> ""
 */
export function cellInput(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return value;
  return value === "" ? "" : `'${value}`;
}
