/**
 * Reading a date written as text: a hand-written scanner (no regular
 * expressions, no allocation for all-digit dates) because a ledger can hold a
 * million of them.
 */
import type { CellValue } from "../cell";
import { isValidYmd, serialFromYmd } from "./serial";

/** The order of day, month and year in dates written with numbers only. */
export type DateOrder = "DMY" | "MDY" | "YMD";

/** Month names and abbreviations in English, Spanish and Portuguese (lower case). */
const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, "jan january ene enero janeiro"],
      [2, "feb february febrero fev fevereiro"],
      [3, "mar march marzo marco março"],
      [4, "apr april abr abril"],
      [5, "may mayo mai maio"],
      [6, "jun june junio junho"],
      [7, "jul july julio julho"],
      [8, "aug august ago agosto"],
      [9, "sep sept september set septiembre setiembre setembro"],
      [10, "oct october octubre out outubro"],
      [11, "nov november noviembre novembro"],
      [12, "dec december dic diciembre dez dezembro"],
    ] as const
  ).flatMap(([month, names]) => names.split(" ").map((name) => [name, month] as const)),
);

/** Words that may sit in a date without meaning anything: "31 de marzo", "Tuesday, 31 March". */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    "de del of the t " +
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday " +
    "lun mie mié jue vie sab sáb dom lunes martes miercoles miércoles jueves viernes sabado sábado domingo " +
    "seg ter qua qui sex segunda terca terça quarta quinta sexta feira"
  ).split(" "),
);

// Scratch state of the last scan; the scanner runs synchronously, so sharing is safe.
const numValue = [0, 0, 0];
const numLength = [0, 0, 0];
let numCount = 0;
let monthFromName = 0;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// ASCII letters and the Latin-1/Latin Extended letters used by ES and PT (not × or ÷).
const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
// Space, tab, no-break spaces, and the punctuation dates are written with.
const isSeparator = (c: number): boolean =>
  c === 32 || c === 47 || c === 45 || c === 46 || c === 44 || c === 9 || c === 0xa0 || c === 0x202f;

/**
 * Splits `s` into up to three numbers and at most one month name, stopping at a
 * time of day ("… 14:30", "…T00:00:00"). Returns false on anything else.
 */
function scan(s: string): boolean {
  numCount = 0;
  monthFromName = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      const start = i;
      let value = 0;
      while (i < n && isDigit(s.charCodeAt(i))) value = value * 10 + s.charCodeAt(i++) - 48;
      if (s.charCodeAt(i) === 58) return true; // ":" - the time of day starts; the date is complete.
      if (numCount === 3 || i - start > 4) return false;
      numValue[numCount] = value;
      numLength[numCount++] = i - start;
    } else if (isLetter(c)) {
      const start = i;
      while (i < n && isLetter(s.charCodeAt(i))) i++;
      const word = s.slice(start, i).toLowerCase();
      const month = MONTHS.get(word);
      if (month !== undefined) {
        if (monthFromName !== 0) return false;
        monthFromName = month;
      } else if (!FILLER_WORDS.has(word)) {
        return false;
      }
    } else if (isSeparator(c)) {
      i++;
    } else {
      return false;
    }
  }
  return true;
}

/** A year written with two digits: 00-49 are 2000s, 50-99 are 1900s. */
function fullYear(value: number, length: number): number {
  if (length === 4) return value;
  if (length <= 2) return value < 50 ? 2000 + value : 1900 + value;
  return -1; // three digits: not a year
}

function serialOrZero(year: number, month: number, day: number): number {
  return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : 0;
}

/**
 * The serial of a date written as text, or 0 when the text is not a date that
 * exists. Numbers-only dates follow `order`, except that a leading four-digit
 * year always means year-month-day (ISO), and YMD falls back to DMY when the
 * year is written last. With a month name, a four-digit number is the year and
 * the other number the day.
 */
export function serialFromDateText(s: string, order: DateOrder): number {
  if (!scan(s)) return 0;
  if (monthFromName !== 0) {
    if (numCount !== 2) return 0;
    const yearFirst = numLength[0] === 4 || (numLength[1] <= 2 && order === "YMD");
    const [y, d] = yearFirst ? [0, 1] : [1, 0];
    if (numLength[d] > 2) return 0;
    return serialOrZero(fullYear(numValue[y], numLength[y]), monthFromName, numValue[d]);
  }
  if (numCount !== 3) return 0;
  if (numLength[0] === 4) {
    if (numLength[1] > 2 || numLength[2] > 2) return 0;
    return serialOrZero(numValue[0], numValue[1], numValue[2]);
  }
  if (numLength[0] > 2 || numLength[1] > 2) return 0;
  if (order === "YMD" && numLength[2] <= 2) {
    return serialOrZero(fullYear(numValue[0], numLength[0]), numValue[1], numValue[2]);
  }
  const year = fullYear(numValue[2], numLength[2]);
  return order === "MDY" ? serialOrZero(year, numValue[0], numValue[1]) : serialOrZero(year, numValue[1], numValue[0]);
}

/**
 * Which of day and month comes first in a column of numbers-only text dates,
 * judged by the parts that can only be a day (13-31): "31/03/2026" says DMY,
 * "03/31/2026" says MDY. Undefined when no sample decides, or as many samples
 * say one as the other. Numbers, `Date`s and ISO or month-name texts say nothing.
 *
 * @example detectDateOrder(["01/02/2026", "25/02/2026"]) //=> "DMY"
 * @example detectDateOrder(["01/02/2026"]) //=> undefined
 */
export function detectDateOrder(samples: readonly CellValue[]): "DMY" | "MDY" | undefined {
  let dmy = 0;
  let mdy = 0;
  for (const sample of samples) {
    if (typeof sample !== "string" || !scan(sample)) continue;
    if (monthFromName !== 0 || numCount !== 3 || numLength[0] > 2) continue;
    const first = numValue[0];
    const second = numValue[1];
    if (first > 12 && second <= 12) dmy++;
    else if (second > 12 && first <= 12) mdy++;
  }
  if (dmy > mdy) return "DMY";
  if (mdy > dmy) return "MDY";
  return undefined;
}
