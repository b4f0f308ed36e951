import type { CellValue } from "../../engine/cell";
import { SPREADSHEET_ERRORS } from "../../engine/parse/cellWords";

/**
 * What Excel hands a custom function, turned into the engine's cell values.
 *
 * Excel passes numbers (dates are serial numbers), strings, booleans, and for
 * an empty cell 0 (Excel desktop) or null (Excel on the web) — "" only where a
 * formula shows nothing (blanks.ts reads the three alike) — and null/undefined
 * for an omitted optional argument.
 * Error cells normally never reach the function (Excel answers with the error
 * itself unless the metadata sets `allowErrorForDataTypeAny`), but when they do
 * they come as `CustomFunctions.Error`-like objects ({ code: "#N/A" }), as
 * Excel `ErrorCellValue`s ({ type: "Error", errorType: "NotAvailable" }) or as
 * literal text ("#N/A"): all three are recognised.
 */

const ERROR_LITERALS: ReadonlySet<string> = new Set(SPREADSHEET_ERRORS);

/** Excel.ErrorCellValue `errorType` → the literal Excel shows. */
const ERROR_TYPES: Readonly<Record<string, string>> = {
  NotAvailable: "#N/A",
  Value: "#VALUE!",
  Ref: "#REF!",
  Div0: "#DIV/0!",
  Num: "#NUM!",
  Name: "#NAME?",
  Null: "#NULL!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  GettingData: "#GETTING_DATA",
  Busy: "#BUSY!",
  Connect: "#CONNECT!",
  Field: "#FIELD!",
  Blocked: "#BLOCKED!",
  Unknown: "#UNKNOWN!",
};

/**
 * The Excel error literal an input holds, or undefined when it holds a value.
 *
 * @example excelErrorOf("#N/A") //=> "#N/A"
 * @example excelErrorOf({ code: "#DIV/0!", message: "…" }) //=> "#DIV/0!"
 * @example excelErrorOf({ type: "Error", errorType: "Value" }) //=> "#VALUE!"
 * @example excelErrorOf(42) //=> undefined
 */
export function excelErrorOf(value: unknown): string | undefined {
  if (typeof value === "string") {
    if (value.length === 0 || value.charCodeAt(0) !== 35 /* # */) return undefined;
    const literal = value.trim().toUpperCase();
    return ERROR_LITERALS.has(literal) ? literal : undefined;
  }
  if (value === null || typeof value !== "object" || value instanceof Date) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.code === "string") return ERROR_LITERALS.has(record.code) ? record.code : "#VALUE!";
  if (record.type === "Error") return (typeof record.errorType === "string" && ERROR_TYPES[record.errorType]) || "#VALUE!";
  if (value instanceof Error) return "#VALUE!";
  return undefined;
}

/**
 * An input that is not an error, as an engine cell value. Excel data types
 * (with `allowCustomDataForDataTypeAny`) give their `basicValue`.
 *
 * @example cellOf({ type: "Double", basicValue: 12.5 }) //=> 12.5
 */
export function cellOf(value: unknown): CellValue {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "undefined":
      return undefined;
    case "object":
      if (value === null || value instanceof Date) return value;
      if ("basicValue" in value) return cellOf((value as { basicValue: unknown }).basicValue);
      return null;
    default:
      return null;
  }
}

/**
 * True for an optional date argument that is omitted or points at an empty
 * cell, which Excel desktop passes as 0 (serial 0 is no date).
 *
 * @example isBlankArgument([[0]]) //=> true
 */
export function isBlankArgument(value: unknown): boolean {
  const scalar = scalarOf(value);
  return scalar === 0 || isOmitted(scalar);
}

/** True for an omitted optional argument or an empty cell. */
export function isOmitted(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every(isOmitted);
  return false;
}

/**
 * Any argument as a matrix: Excel passes ranges as arrays of rows; a value typed
 * straight into the formula may come as a scalar.
 *
 * @example asMatrix(5) //=> [[5]]
 * @example asMatrix([1, 2]) //=> [[1, 2]]
 */
export function asMatrix(value: unknown): readonly (readonly unknown[])[] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [];
  return value.every(Array.isArray) ? (value as unknown[][]) : [value];
}

/**
 * A scalar argument: the single value of a 1×1 range, or the value itself.
 * A larger range is returned as is, for the caller to refuse.
 */
export function scalarOf(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1) {
    const row: unknown = value[0];
    if (!Array.isArray(row)) return row;
    if (row.length === 1) return row[0];
  }
  return value;
}

/** A short text of an input for a message. */
export function inputText(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.flat().map(inputText).join(", ");
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const cell = cellOf(value);
  return cell === null || cell === undefined ? "(an object)" : String(cell);
}
