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
  return `${negative ? "-" : ""}${groupThousands(whole, thousands)}${decimals ? decimal + decimals.replace(/0$/, "") : ""}`;
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
 * A number with thousands grouped and exactly `decimals` decimals, in the
 * given separators: money and shares in a sentence.
 *
 * @example fixedNumber(273868.276, 2, ",", ".") //=> "273,868.28"
 * @example fixedNumber(0.7, 2, ".", ",")        //=> "0,70"
 */
export function fixedNumber(value: number, decimals: number, thousands: string, decimal: string): string {
  if (!Number.isFinite(value)) return "—";
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split(".");
  const negative = value < 0 && /[1-9]/.test(whole + (fraction ?? ""));
  return `${negative ? "-" : ""}${groupThousands(whole, thousands)}${fraction ? decimal + fraction : ""}`;
}

/** Digits with a separator every three from the right: "1234567" → "1,234,567". */
function groupThousands(whole: string, thousands: string): string {
  let grouped = "";
  for (let k = whole.length; k > 0; k -= 3) grouped = whole.slice(Math.max(0, k - 3), k) + (grouped ? thousands + grouped : "");
  return grouped;
}
