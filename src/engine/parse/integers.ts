import { INVALID } from "../cell";
import type { CellValue, Parsed } from "../cell";
import { parseAmountCell } from "./amounts";

/** Formula results such as 45.00000000001 still count as whole numbers. */
const WHOLE_TOLERANCE = 1e-9;

/**
 * Reads a whole-number cell (days past due, broken promises) with the amount
 * rules (`1,234`, `(3)`, …); a number with a fraction is INVALID.
 *
 * @example parseIntegerCell("1,234") //=> 1234
 * @example parseIntegerCell(12.5) //=> INVALID
 */
export function parseIntegerCell(value: CellValue): Parsed<number> {
  const parsed = parseAmountCell(value);
  if (typeof parsed !== "number") return parsed;
  if (Number.isInteger(parsed)) return parsed;
  const rounded = Math.round(parsed);
  return Math.abs(parsed - rounded) < WHOLE_TOLERANCE ? rounded : INVALID;
}
