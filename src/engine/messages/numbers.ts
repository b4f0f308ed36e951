/**
 * Numbers and dates as a Reason writes them in each language's convention.
 */

/**
 * A number with thousands grouped and at most two decimals, in the given
 * separators.
 *
 * @example groupedNumber(12300.5, ",", ".") //=> "12,300.5"
 * @example groupedNumber(1507, ".", ",")    //=> "1.507"
 */
export function groupedNumber(value: number, thousands: string, decimal: string): string {
  if (!Number.isFinite(value)) return "—";
  // Fast path for the common case (days, counts, scores): a small whole number needs no grouping.
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const negative = rounded < 0;
  const [whole, decimals] = Math.abs(rounded)
    .toFixed(Number.isInteger(rounded) ? 0 : 2)
    .split(".");
  const grouped = groupDigits(whole, thousands);
  return `${negative ? "-" : ""}${grouped}${decimals ? decimal + decimals.replace(/0$/, "") : ""}`;
}

/**
 * An ISO date written day first: 2026-03-31 → 31/03/2026.
 *
 * @example dayFirst("2026-03-31") //=> "31/03/2026"
 */
export function dayFirst(iso: string): string {
  const [y, m, d] = iso.split("-");
  return d === undefined ? iso : `${d}/${m}/${y}`;
}

/**
 * A number with thousands grouped and exactly `decimals` decimals, in the given separators (a summary table's money and counts).
 *
 * @example fixedNumber(1234.5, 2, ".", ",") //=> "1.234,50"
 * @example fixedNumber(-12, 0, ",", ".")    //=> "-12"
 */
export function fixedNumber(value: number, decimals: number, thousands: string, decimal: string): string {
  if (!Number.isFinite(value)) return "—";
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = groupDigits(whole, thousands);
  const negative = value < 0 && /[1-9]/.test(whole + (fraction ?? ""));
  return `${negative ? "-" : ""}${grouped}${fraction ? decimal + fraction : ""}`;
}

/** How a summary table writes numbers and dates in a language. */
export interface TableFormats {
  count(n: number): string;
  money(n: number): string;
  percent(share: number): string;
  days(n: number): string;
  date(iso: string): string;
}

/**
 * A language's table formats from its separators, percent spacing and date writing.
 *
 * @example tableFormats(".", ",", " %", dayFirst).percent(0.125) //=> "12,5 %"
 */
export function tableFormats(thousands: string, decimal: string, percentSign: string, date: (iso: string) => string): TableFormats {
  return {
    count: (n) => fixedNumber(n, 0, thousands, decimal),
    money: (n) => fixedNumber(n, 2, thousands, decimal),
    percent: (share) => `${(share * 100).toFixed(1).replace(".", decimal)}${percentSign}`,
    days: (n) => n.toFixed(1).replace(".", decimal),
    date,
  };
}

/** The digits of a whole number in groups of three: groupDigits("1234567", ".") → "1.234.567". */
function groupDigits(whole: string, thousands: string): string {
  let grouped = "";
  for (let k = whole.length; k > 0; k -= 3) grouped = whole.slice(Math.max(0, k - 3), k) + (grouped ? thousands + grouped : "");
  return grouped;
}
