import { isoFromSerial } from "../parse";
import type { RunTexts } from "../messages/types";
import type { Accessor } from "./accessors";

/**
 * A number as a collector reads it: thousands separated, at most two decimals.
 *
 * @example
 * formatNumber(12300)   //=> "12,300"
 * formatNumber(17.777)  //=> "17.78"
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "—";
  // Fast path for the common case (days, counts, scores): a small whole number needs no grouping.
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const negative = rounded < 0;
  const [whole, decimals] = Math.abs(rounded)
    .toFixed(Number.isInteger(rounded) ? 0 : 2)
    .split(".");
  let grouped = "";
  for (let k = whole.length; k > 0; k -= 3) grouped = whole.slice(Math.max(0, k - 3), k) + (grouped ? "," + grouped : "");
  return `${negative ? "-" : ""}${grouped}${decimals ? "." + decimals.replace(/0$/, "") : ""}`;
}

/** The value of a field for a row, as text for a Reason, in the run's words. */
export function formatFieldValue(accessor: Accessor, row: number, texts: RunTexts): string {
  switch (accessor.type) {
    case "number": {
      const v = accessor.get(row);
      if (v !== v) return texts.blank;
      return accessor.date ? texts.date(isoFromSerial(v)) : texts.number(v);
    }
    case "text":
      return accessor.get(row) || texts.blank;
    case "flag":
      return accessor.get(row) === 1 ? texts.yes : texts.no;
  }
}
