/**
 * Amounts and dates written as text, read in SQL the way the engine's
 * parsers read the common forms: `1,234.56`, `1.234,56`, `(1,234.00)`,
 * `$ 1,234`, `R$ 1.234,56`, `1,234 CR`, `1,234-`; `2026-03-31` (with or
 * without a time), `20260331`, `31/03/2026` or `03/31/2026` by the day/month
 * order, and serials written as text. Anything else is handed to `invalid`.
 */
import type { Dialect } from "./dialect";
import { inList } from "./text";

const SPACE = "[ \t\u00a0\u202f\u2009]";
/** Minus signs; the hyphen last, so that in a bracket it is never read as a range. */
const MINUS = "\u2212\u2013\u2014-";
const CURRENCY =
  "(\\$|€|£|¥|(r|us|u|c|a|nz|hk|mx|mex|col|cop|cl|clp|ar|ars|uy)\\$|s/\\.?|usd|eur|gbp|brl|mxn|ars|clp|cop|pen|uyu|pyg|bob|crc|gtq|dop|hnl|nio|pab|ves|cad|aud|chf|jpy|cny)";
const GAPS = " '\u00a0\u202f\u2009\u2019";
const DIGITS = `[.,]?[0-9](?:[0-9.,${GAPS}]*[0-9])?`;
const SPACES = SPACE.slice(1, -1);
const AMOUNT = `^[(${SPACES}+${MINUS}]*(${CURRENCY}${SPACE}*)?[(${SPACES}+${MINUS}]*${DIGITS}${SPACE}*(${CURRENCY}${SPACE}*)?((cr|dr)${SPACE}*)?[)${SPACES}+${MINUS}]*$`;

/**
 * The double an amount text `t` (trimmed, or NULL) stands for; NULL for a
 * "no value" word (`noValue`, lower case: `n/a`, `none`, a dash). A negative is
 * marked once: `(-5)`, `-(5)`, `(5) CR` and `-5 CR` could mean either sign
 * and are `invalid`, as in the engine.
 *
 * @example amountFromText(DUCKDB, "t", NO_VALUE_WORDS, "NULL") // '(1,234.00)' → -1234, 'R$ 1.234,56' → 1234.56
 */
export function amountFromText(d: Dialect, t: string, noValue: Iterable<string>, invalid: string): string {
  const dbl = d.type("double");
  const l = `lower(${t})`;
  const g = d.extract(l, DIGITS);
  const minusCount = `length(${d.replaceAll(l, `[^${MINUS}]`, "")})`;
  const open = `length(${d.replaceAll(l, "[^(]", "")})`;
  const close = `length(${d.replaceAll(l, "[^)]", "")})`;
  const credit = d.matches(l, `[0-9]${SPACE}*(${CURRENCY}${SPACE}*)?cr`);
  const marks = `${minusCount} + ${open} + CASE WHEN ${credit} THEN 1 ELSE 0 END`;
  const valid = `${d.matches(l, AMOUNT)} AND ${open} = ${close} AND ${marks} <= 1`;
  const negative = `(${minusCount} = 1 OR ${open} = 1 OR ${credit})`;
  const plain = (x: string) => `CAST(${x} AS ${dbl})`;
  const value =
    `CASE WHEN ${d.matches(g, "^[0-9]+$")} OR ${d.matches(g, "^[0-9]+\\.[0-9]+$")} THEN ${plain(g)} ` +
    `WHEN ${d.matches(g, "^[.,][0-9]+$")} THEN ${plain(`'0.' || substr(${g}, 2)`)} ` +
    // A single comma: thousands before exactly three digits after 1-3 (not a lone 0), else decimal.
    `WHEN ${d.matches(g, "^[1-9][0-9]{0,2},[0-9]{3}$")} THEN ${plain(`replace(${g}, ',', '')`)} ` +
    `WHEN ${d.matches(g, "^[0-9]+,[0-9]+$")} THEN ${plain(`replace(${g}, ',', '.')`)} ` +
    `WHEN ${d.matches(g, "^[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$")} THEN ${plain(`replace(${g}, ',', '')`)} ` +
    `WHEN ${d.matches(g, "^[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?$")} THEN ${plain(`replace(replace(${g}, '.', ''), ',', '.')`)} ` +
    `WHEN ${d.matches(g, `^[0-9]{1,3}([${GAPS}][0-9]{3})+([.,][0-9]+)?$`)} THEN ${plain(`replace(${d.replaceAll(g, `[${GAPS}]`, "")}, ',', '.')`)} ` +
    `END`;
  return (
    `CASE WHEN ${t} IS NULL OR ${t} = '' OR ${t} IN ('-', '\u2212', '\u2013', '\u2014') OR ${inList(d, l, noValue)} THEN NULL ` +
    `WHEN ${d.matches(t, "^-?([0-9]+\\.?[0-9]*|\\.[0-9]+)$")} THEN ${plain(t)} ` +
    `WHEN ${valid} AND (${value}) IS NOT NULL THEN CASE WHEN (${value}) = 0 THEN 0 WHEN ${negative} THEN -(${value}) ELSE ${value} END ` +
    `ELSE ${invalid} END`
  );
}

/**
 * The DATE a date text `t` (trimmed, or NULL) stands for; NULL for a "no
 * value" word. `fromNumber` reads a number written as text (a serial, or YYYYMMDD).
 */
export function dateFromText(
  d: Dialect,
  t: string,
  order: "DMY" | "MDY" | "YMD",
  noValue: Iterable<string>,
  fromNumber: (n: string) => string,
  invalid: string,
): string {
  const big = d.type("bigint");
  const part = (x: string, k: number) => `CAST(split_part(${x}, '/', ${k}) AS ${big})`;
  const slashed = d.replaceAll(t, "[/.-]", "/");
  const [y, m, dd] = order === "MDY" ? [3, 1, 2] : order === "DMY" ? [3, 2, 1] : [1, 2, 3];
  const numeric = order === "YMD" ? "^[0-9]{4}[/.-][0-9]{1,2}[/.-][0-9]{1,2}$" : "^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}$";
  const sub = (from: number, length: number) => `CAST(substr(${t}, ${from}, ${length}) AS ${big})`;
  return (
    `CASE WHEN ${t} IS NULL OR ${t} = '' OR ${t} IN ('-', '\u2013', '\u2014') OR ${inList(d, `lower(${t})`, noValue)} THEN NULL ` +
    `WHEN ${d.matches(t, "^0*\\.?0*$")} THEN NULL ` +
    `WHEN ${d.matches(t, "^(19|20)[0-9]{6}$")} THEN ${d.makeDate(sub(1, 4), sub(5, 2), sub(7, 2))} ` +
    `WHEN ${d.matches(t, "^([0-9]+\\.?[0-9]*|\\.[0-9]+)$")} THEN ${fromNumber(`CAST(${t} AS ${d.type("double")})`)} ` +
    `WHEN ${d.matches(t, "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ].*)?$")} THEN ${d.makeDate(sub(1, 4), sub(6, 2), sub(9, 2))} ` +
    `WHEN ${d.matches(t, numeric)} THEN ${d.makeDate(part(slashed, y), part(slashed, m), part(slashed, dd))} ` +
    `ELSE ${invalid} END`
  );
}
