import { BLANK, INVALID } from "../cell";
import type { CellValue, Parsed } from "../cell";
import { parseGroupedDigits } from "./groupedDigits";

/** ISO codes that may stand before or after an amount. */
const CURRENCY_CODES = "usd eur gbp brl mxn ars clp cop pen uyu pyg bob crc gtq dop hnl nio pab ves cad aud chf jpy cny";
/** Letters written before "$": R$ (real), US$, C$, A$, MX$, COL$, CLP$, ARS$, U$ … */
const DOLLAR_PREFIXES = "r us u c a nz hk mx mex col cop cl clp ar ars uy";

/**
 * A word of up to four ASCII letters as a number (case-insensitive), so the
 * currency word on every row is looked up without building a string.
 */
function wordCode(text: string, from: number, to: number): number {
  if (to - from > 4) return -1;
  let code = 0;
  for (let i = from; i < to; i++) code = code * 27 + ((text.charCodeAt(i) | 32) - 96);
  return code;
}
const codesOf = (words: string): ReadonlySet<number> => new Set(words.split(" ").map((w) => wordCode(w, 0, w.length)));
const CURRENCY_CODE_SET = codesOf(CURRENCY_CODES);
const DOLLAR_PREFIX_SET = codesOf(DOLLAR_PREFIXES);
const WORD_S = wordCode("s", 0, 1);
const WORD_CR = wordCode("cr", 0, 2);
const WORD_DR = wordCode("dr", 0, 2);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
// Space, tab, line breaks and the no-break spaces.
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
// "-", the minus sign "−", and en/em dashes typed for minus or for "nothing".
const isMinus = (c: number): boolean => c === 45 || c === 0x2212 || c === 0x2013 || c === 0x2014;
const isCurrencySymbol = (c: number): boolean => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
/**
 * The largest amount read, either sign: a quadrillion. Beyond it a figure is a
 * mistake (a pasted serial, an overflowed export), and sums of a million such
 * amounts stay exact enough and finite: never Infinity or NaN in a summary.
 */
export const MAX_AMOUNT = 1e15;

/** Marks found around the number: the negative marks, each at most once. */
interface Marks {
  minus: boolean;
  paren: "none" | "open" | "closed";
  credit: boolean;
}

/**
 * Reads one word of letters starting at `i` (a currency code, a prefix of "$",
 * "S/" for soles, or, after the number, CR/DR). Returns the index after it, or -1.
 */
function skipWord(text: string, i: number, end: number, marks: Marks, afterNumber: boolean): number {
  let j = i;
  while (j < end && isAsciiLetter(text.charCodeAt(j))) j++;
  const word = wordCode(text, i, j);
  if (word < 0) return -1;
  const next = text.charCodeAt(j);
  if (next === 36 && DOLLAR_PREFIX_SET.has(word)) return j + 1;
  if (next === 47 && word === WORD_S) return text.charCodeAt(j + 1) === 46 ? j + 2 : j + 1; // S/ or S/.
  if (CURRENCY_CODE_SET.has(word)) return j;
  if (afterNumber && word === WORD_DR) return j; // debit: the sign it already has
  if (afterNumber && word === WORD_CR && !marks.credit) {
    marks.credit = true; // credit: a negative balance
    return j;
  }
  return -1;
}

/** Steps over signs, brackets, spaces and currency on one side of the digits. Returns false on anything else. */
function skipMarks(text: string, from: number, to: number, marks: Marks, afterNumber: boolean): boolean {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 43 || isCurrencySymbol(c)) i++;
    else if (isMinus(c)) {
      if (marks.minus) return false;
      marks.minus = true;
      i++;
    } else if (c === 40 && !afterNumber && marks.paren === "none") {
      marks.paren = "open";
      i++;
    } else if (c === 41 && afterNumber && marks.paren === "open") {
      marks.paren = "closed";
      i++;
    } else if (isAsciiLetter(c)) {
      i = skipWord(text, i, to, marks, afterNumber);
      if (i < 0) return false;
    } else return false;
  }
  return true;
}

/** Plain `-123`, `123.45`: handled without the general scanner. */
function isPlainNumber(s: string, from: number, to: number): boolean {
  let i = from;
  if (s.charCodeAt(i) === 45) i++;
  let digits = 0;
  let dot = false;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c === 46 && !dot) dot = true;
    else return false;
  }
  return digits > 0;
}

/** A text that reads as a number, but one past ±MAX_AMOUNT (kept apart so the cell can be reported as such). */
const TOO_LARGE: unique symbol = Symbol("too large");

/** The number when it is an amount the engine reads (finite, within ±MAX_AMOUNT). */
function inRange(value: number): number | typeof TOO_LARGE | typeof INVALID {
  if (value <= MAX_AMOUNT && value >= -MAX_AMOUNT) return value;
  return Number.isFinite(value) ? TOO_LARGE : INVALID;
}

/**
 * Whether an amount cell was refused only for its size: a number, or text
 * that reads as one, past ±MAX_AMOUNT. The cell is then reported as out of
 * range rather than as unreadable.
 *
 * @example amountOutOfRange(1e308) //=> true
 * @example amountOutOfRange("2,000,000,000,000,000") //=> true
 * @example amountOutOfRange("lots") //=> false
 */
export function amountOutOfRange(value: CellValue): boolean {
  if (typeof value === "number") return inRange(value) === TOO_LARGE;
  return typeof value === "string" && amountFromText(value) === TOO_LARGE;
}

function amountFromText(text: string): Parsed<number> | typeof TOO_LARGE {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return BLANK;
  if (end - start === 1 && isMinus(text.charCodeAt(start))) return BLANK; // a dash: nothing owed
  if (isPlainNumber(text, start, end)) {
    // Digits only, so never NaN; Infinity is a number of hundreds of digits: too large, like any past the bound.
    const plain = Number(text.slice(start, end));
    return plain <= MAX_AMOUNT && plain >= -MAX_AMOUNT ? plain : TOO_LARGE;
  }

  // Digits run from the first digit (or a separator right before one) to the last digit.
  let first = start;
  while (first < end && !isDigit(text.charCodeAt(first))) first++;
  if (first === end) return INVALID;
  if (first > start && (text.charCodeAt(first - 1) === 46 || text.charCodeAt(first - 1) === 44)) first--;
  let last = end;
  while (!isDigit(text.charCodeAt(last - 1))) last--;

  const marks: Marks = { minus: false, paren: "none", credit: false };
  if (!skipMarks(text, start, first, marks, false) || !skipMarks(text, last, end, marks, true)) return INVALID;
  if (marks.paren === "open") return INVALID;
  // One negative mark makes a negative; two ("(-5)", "-(5)", "(5) CR", "-5 CR") could mean either sign: refused.
  const negatives = Number(marks.minus) + Number(marks.paren === "closed") + Number(marks.credit);
  if (negatives > 1) return INVALID;
  const value = parseGroupedDigits(text, first, last);
  if (Number.isNaN(value)) return INVALID;
  if (value > MAX_AMOUNT) return TOO_LARGE;
  if (value === 0) return 0;
  return negatives === 1 ? -value : value;
}

/**
 * Reads an amount cell.
 *
 * Numbers are taken as they are, up to ±MAX_AMOUNT (NaN, ±Infinity and anything
 * larger are INVALID; see `amountOutOfRange`). Text may carry a currency symbol
 * or code on either side (`$`, `€`, `£`, `¥`, `R$`, `US$`, `S/`, `USD`, `EUR`,
 * `BRL`, `MXN`, `ARS`, `CLP`, `COP`, `PEN` …) and spaces, including no-break
 * ones. A negative is marked once: `-1,234`, `(1,234.00)`, `1,234-` or
 * `1,234 CR`; two marks (`(-5)`, `-(5)`, `(5) CR`, `-5 CR`) are INVALID, since
 * a double negative may mean either sign. `DR` (debit) adds no sign.
 *
 * Decimal separator: when both `.` and `,` appear, the last one is decimal. A
 * separator occurring more than once groups thousands (`1.234.567`, `1,234,567`).
 * A single dot is always decimal (`1.234` is 1.234); a single comma followed by
 * exactly three digits groups thousands (`1,234` is 1234; amounts with three
 * decimals are rare) and otherwise is decimal (`1,5`, `0,500`). Groups must be
 * 1-3 digits followed by groups of exactly 3, so a stray date such as
 * `31.03.2026` is INVALID rather than a number.
 *
 * Blank text and a lone dash are BLANK; booleans and other text are INVALID.
 *
 * @example parseAmountCell("R$ 1.234,56") //=> 1234.56
 * @example parseAmountCell("(1,234.00)") //=> -1234
 * @example parseAmountCell("1,234 CR") //=> -1234
 */
export function parseAmountCell(value: CellValue): Parsed<number> {
  const read = typeof value === "number" ? inRange(value) : typeof value === "string" ? amountFromText(value) : undefined;
  if (read !== undefined) return read === TOO_LARGE ? INVALID : read;
  if (value === null || value === undefined) return BLANK;
  return INVALID;
}
