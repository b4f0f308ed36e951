/**
 * Cell texts that are not data: the words exports use for "no value", and the
 * error values a spreadsheet shows where a formula failed.
 */

/** "No value" words, lower case: read as a blank cell, never as a bad one. */
export const NO_VALUE_WORDS: ReadonlySet<string> = new Set(["n/a", "na", "-", "--", "—", "–", "null", "none", "nil", "s/d", "n/d"]);

/**
 * Every error value Excel shows in a cell (and LibreOffice, for those it shares),
 * as Excel writes them. A cell holding one is a formula that failed, never a value.
 */
export const SPREADSHEET_ERRORS: readonly string[] = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#CONNECT!",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#EXTERNAL!",
];
const ERRORS = new Map(SPREADSHEET_ERRORS.map((e) => [e.toLowerCase(), e]));

/**
 * Whether a cell's text is a "no value" word: `n/a`, `N/A`, `none`, `null`, `-`, `s/d`…
 *
 * @example isNoValueText(" N/A ") //=> true
 * @example isNoValueText("#N/A")  //=> false (an error value: see `spreadsheetError`)
 */
export function isNoValueText(text: string): boolean {
  // The words are short: a long text (a note) is not trimmed and lowered just to find that out.
  return text.length <= 64 && NO_VALUE_WORDS.has(text.trim().toLowerCase());
}

/**
 * The spreadsheet error value a cell's text is, as Excel writes it; undefined for any other text.
 *
 * @example spreadsheetError("#div/0!") //=> "#DIV/0!"
 * @example spreadsheetError("#1")      //=> undefined
 */
export function spreadsheetError(text: string): string | undefined {
  if (text.length > 64) return undefined;
  const trimmed = text.trim();
  return trimmed.charCodeAt(0) === 35 ? ERRORS.get(trimmed.toLowerCase()) : undefined; // "#"
}
