/**
 * What Excel does with one element of an array assigned to `Range.values`:
 * it reads it the way it reads typed input.
 *
 * Imitated (each from Microsoft's docs):
 * - `null` leaves the cell as it is; "" clears it ("Set or get Excel range
 *   values, text, and formulas" / "null input in 2-D arrays").
 * - A string starting with "=", "+" or "-" is read as a formula (Excel.Range.values
 *   reference: "If the returned value starts with a plus ("+"), minus ("-"), or
 *   equal sign ("="), Excel interprets this value as a formula."). "@" starts an
 *   implicit-intersection formula in dynamic-array Excel, so the double treats it
 *   the same way. The double does not evaluate formulas: it keeps the text in
 *   `formulas` and the value "#NAME?".
 * - "+5" / "-5" (numbers with a sign) become numbers, as typed input does.
 * - A leading apostrophe makes the rest text and is not part of the value (the
 *   quote-prefix style; `values` and `formulas` read back without it:
 *   OfficeDev/office-js#6687).
 * - A cell whose number format is "@" (Text), its own or its column's, keeps any string exactly
 *   as given, a leading apostrophe included: the apostrophe then shows in the cell, so
 *   "'Current" reads back "'Current" ("Format numbers as text", support.microsoft.com: a Text
 *   cell keeps what is entered as entered; the review in issue 11, item 7). Writing text
 *   into Text cells without an apostrophe is what keeps "=…" from becoming a formula there.
 * - Number-, boolean- and date-shaped strings are converted (en-US input:
 *   "1-30" becomes 30 January of the current year, "2025-06-30" a date serial,
 *   "12%" 0.12, "TRUE" true); the Range.values reference warns that
 *   locale-shaped strings are parsed this way.
 */
import { cellKey, numberFormatOf, writeCell, type SheetState, type StoredValue } from "./state";

const DAY = 86400000;
const serialOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY + 25569;

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Converts text the way typing it into a General cell would (en-US), or returns undefined for plain text. */
function typedConversion(text: string): StoredValue | undefined {
  const t = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(t)) return Number(t);
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m && validDate(+m[1], +m[2], +m[3])) return serialOf(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const year = m[3] === undefined ? new Date().getUTCFullYear() : m[3].length === 2 ? 2000 + +m[3] : +m[3];
    if (validDate(year, +m[1], +m[2])) return serialOf(year, +m[1], +m[2]);
  }
  return undefined;
}

/** Applies one assigned element to a cell. */
export function assignValue(sheet: SheetState, row: number, column: number, input: unknown): void {
  if (input === null || input === undefined) return;
  const key = cellKey(row, column);
  sheet.formulas.delete(key);
  sheet.quotePrefix.delete(key);
  if (typeof input === "number" || typeof input === "boolean") {
    writeCell(sheet, row, column, input);
    return;
  }
  const text = String(input);
  if (text === "") {
    writeCell(sheet, row, column, "");
    return;
  }
  if (numberFormatOf(sheet, row, column) === "@") {
    writeCell(sheet, row, column, text);
    return;
  }
  if (text.startsWith("'")) {
    sheet.quotePrefix.add(key);
    writeCell(sheet, row, column, text.slice(1));
    return;
  }
  const converted = typedConversion(text);
  if (converted !== undefined) {
    writeCell(sheet, row, column, converted);
    return;
  }
  if (/^[=+\-@]/.test(text)) {
    sheet.formulas.set(key, text.startsWith("=") ? text : `=${text}`);
    writeCell(sheet, row, column, "#NAME?");
    return;
  }
  writeCell(sheet, row, column, text);
}
