/**
 * The engine's ways of reading text, written in SQL: trimming as JavaScript
 * trims, `foldValue` (rules compare text without case, accents or extra
 * spaces) and `foldText` (status, yes/no and risk words). Accents are removed
 * with one `translate` table built here from Unicode's own decompositions, so
 * both databases fold the same letters the same way without an extension.
 */
import type { Dialect } from "./dialect";

/** The characters JavaScript's `trim()` and `\s` treat as white space. */
export const JS_SPACE =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** Combining marks that NFD and NFKD split off Latin letters (and a few other blocks). */
const MARKS = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]";

/** Code points whose decomposition is a letter plus marks: Latin-1, Latin Extended A/B, Latin Extended Additional, full-width forms. */
const RANGES: readonly (readonly [number, number])[] = [
  [0xa0, 0x24f],
  [0x1e00, 0x1eff],
  [0xff01, 0xff5e],
];

interface Table {
  readonly from: string;
  readonly to: string;
}

function table(form: "NFD" | "NFKD"): Table {
  let from = "";
  let to = "";
  for (const [lo, hi] of RANGES) {
    for (let cp = lo; cp <= hi; cp++) {
      const c = String.fromCodePoint(cp);
      const base = c.normalize(form).replace(new RegExp(MARKS, "gu"), "");
      if (base !== c && [...base].length === 1) {
        from += c;
        to += base;
      }
    }
  }
  return { from, to };
}

const NFD = table("NFD");
const NFKD = table("NFKD");

/**
 * Runs of characters that are neither letters nor digits (what `foldText`
 * turns into one space): ASCII and Latin-1 punctuation and symbols, general
 * punctuation, arrows, mathematical and technical signs, boxes, shapes,
 * dingbats, CJK punctuation and full-width punctuation.
 */
const NOT_LETTER_OR_DIGIT =
  "[\u0001-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7" +
  "\u02c2-\u02c5\u02d2-\u02df\u2000-\u206f\u20a0-\u20cf\u2100-\u2101\u2103-\u2106\u2108-\u2109\u2114\u2116-\u2118" +
  "\u211e-\u2123\u2125\u2127\u2129\u212e\u213a-\u213b\u2140-\u2144\u214a-\u214d\u214f\u2190-\u2bff\u3000-\u3004" +
  "\u3008-\u3020\u3030\u303d-\u303f\ufe30-\ufe4f\ufeff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+";

/** `x` trimmed as JavaScript trims. */
export function jsTrim(d: Dialect, x: string): string {
  return d.trim(x, JS_SPACE);
}

/** Text beyond ASCII: only such text has accents to remove (and `translate` with a long table is slow, so plain text skips it). */
const NOT_ASCII = "[^\u0001-\u007f]";

function unaccented(d: Dialect, x: string, table: Table): string {
  const stripped = d.replaceAll(`translate(${x}, ${d.text(table.from)}, ${d.text(table.to)})`, MARKS, "");
  return `CASE WHEN ${d.matches(x, NOT_ASCII)} THEN ${stripped} ELSE ${x} END`;
}

/**
 * The engine's `foldValue` (rule comparisons): accents removed, trimmed, inner
 * white space collapsed to one space, lower case.
 *
 * @example foldValue(DUCKDB, '"Industry"') //=> lower(regexp_replace(trim(…translate("Industry", …)…)))
 */
export function foldValue(d: Dialect, x: string): string {
  const trimmed = jsTrim(d, unaccented(d, x, NFD));
  // Runs of white space are rare: the replacement runs only where one is.
  const collapsed = `CASE WHEN ${d.matches(trimmed, `[${JS_SPACE}]{2}|[${JS_SPACE.replace(" ", "")}]`)} THEN ${d.replaceAll(trimmed, `[${JS_SPACE}]+`, " ")} ELSE ${trimmed} END`;
  return `lower(${collapsed})`;
}

/** The engine's `foldText` (status, yes/no and risk words): lower case, accents removed, punctuation and spaces as one space, trimmed. */
export function foldText(d: Dialect, x: string): string {
  const plain = unaccented(d, `lower(${x})`, NFKD);
  return d.trim(d.replaceAll(plain, NOT_LETTER_OR_DIGIT, " "), " ");
}

/** `x IN ('a', 'b', …)`, or false for an empty list. */
export function inList(d: Dialect, x: string, values: Iterable<string>): string {
  const list = [...new Set(values)];
  return list.length === 0 ? "FALSE" : `${x} IN (${list.map((v) => d.text(v)).join(", ")})`;
}
