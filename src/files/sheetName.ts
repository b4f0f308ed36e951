import { EXCEL_MAX_SHEET_NAME } from "./limits";

/** Characters Excel forbids in a sheet name, and control characters. */
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f\u007f]/g;
/** The one name Excel reserves for itself (its change-history sheet), in any case. */
const RESERVED = "history";

/**
 * A valid sheet name made from a file's name (without its folder): the name
 * without its extension, `[ ] : * ? / \` and control characters as `_`, at most 31
 * characters, no apostrophe at either end, not Excel's reserved "History"
 * (in any case), never empty.
 *
 * @example
 * sheetNameFor("AR [june]: final?.csv") //=> "AR _june__ final_"
 * sheetNameFor("History.csv")                 //=> "History (ledger)"
 * sheetNameFor("'quoted'.csv")                //=> "quoted"
 */
export function sheetNameFor(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, "");
  // Cut to length first, then trim: the cut may leave an apostrophe or a space at the end.
  const name = base
    .replace(FORBIDDEN, "_")
    .slice(0, EXCEL_MAX_SHEET_NAME)
    .replace(/^['\s]+|['\s]+$/g, "");
  if (name === "") return "Ledger";
  return name.toLowerCase() === RESERVED ? "History (ledger)" : name;
}

/**
 * A name not among `taken`, compared as Excel does (case-insensitive):
 * `preferred` itself when free, else `preferred (2)`, `(3)`… cut to fit 31
 * characters.
 *
 * @example
 * freeSheetName("Segment Summary", ["segment summary"]) //=> "Segment Summary (2)"
 */
export function freeSheetName(preferred: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(preferred.toLowerCase())) return preferred;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = preferred.slice(0, EXCEL_MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * Quotes a sheet name for a formula or a defined name: always quoting is valid and simpler than deciding when.
 *
 * @example quoteSheet("Jo's data") //=> "'Jo''s data'"
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
