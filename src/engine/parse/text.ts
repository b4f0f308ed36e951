import type { CellValue } from "../cell";

/**
 * The text of a cell as a person reads it: trimmed strings; numbers without
 * binary float noise (0.1 + 0.2 gives "0.3"); dates as `YYYY-MM-DD` from their
 * UTC day; booleans as TRUE / FALSE like Excel shows them; "" for empty.
 *
 * @example textOf(1234) //=> "1234"
 * @example textOf(new Date(Date.UTC(2026, 2, 31))) //=> "2026-03-31"
 */
export function textOf(value: CellValue): string {
  if (typeof value === "string") {
    // Most cells need no trimming: hand back the same string rather than a copy (a million copies cost real GC time).
    const n = value.length;
    if (
      n === 0 ||
      (value.charCodeAt(0) > 32 && value.charCodeAt(n - 1) > 32 && value.charCodeAt(0) !== 160 && value.charCodeAt(n - 1) !== 160)
    ) {
      return value;
    }
    return value.trim();
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
    // 15 significant digits is what Excel itself keeps.
    return String(Number(value.toPrecision(15)));
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return "";
}
