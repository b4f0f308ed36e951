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
  let grouped = "";
  for (let k = whole.length; k > 0; k -= 3) grouped = whole.slice(Math.max(0, k - 3), k) + (grouped ? thousands + grouped : "");
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
