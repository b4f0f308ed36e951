/**
 * The csv formula guard, both ways. A spreadsheet app opening a csv runs a
 * cell that starts with = + - or @ as a formula (and tab or carriage return
 * let one slip past naive checks), so text written to csv that starts with
 * one of them, after any apostrophes, gets one more leading apostrophe. A csv
 * read takes one apostrophe off such a cell again, so the product's own csv
 * output reads back as the values it was written from.
 */

/** One or more apostrophes, then a character that starts a formula. */
const GUARDED = /^'+[=+\-@\t\r]/;
/** A character that starts a formula, after any apostrophes. */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const APOSTROPHE = 39;

/**
 * The text as it must be written to a csv cell.
 *
 * @example
 * guardFormula("=SUM(A1:A9)") //=> "'=SUM(A1:A9)"
 * guardFormula("'=x")         //=> "''=x" (read back as "'=x")
 * guardFormula("Acme")        //=> "Acme"
 */
export function guardFormula(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/**
 * A csv cell's value: the guard's apostrophe taken off.
 *
 * @example
 * unguardFormula("'-1,234.50") //=> "-1,234.50"
 * unguardFormula("'quoted'")   //=> "'quoted'"
 */
export function unguardFormula(cell: string): string {
  return cell.charCodeAt(0) === APOSTROPHE && GUARDED.test(cell) ? cell.slice(1) : cell;
}
