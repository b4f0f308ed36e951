import type ExcelJS from "exceljs";
import type { CellValue } from "../engine/cell";

/**
 * Turns what ExcelJS holds in a cell into the plain value the engine reads:
 * a formula gives its cached result, rich text its joined text, a hyperlink
 * its display text, an error its code ("#N/A"). Dates stay `Date` (ExcelJS
 * reads date-formatted cells as UTC midnight); the engine parses them.
 *
 * @example
 * normaliseCell({ formula: "A1*2", result: 42 })            //=> 42
 * normaliseCell({ richText: [{ text: "Ac" }, { text: "me" }] }) //=> "Acme"
 * normaliseCell({ error: "#N/A" })                           //=> "#N/A"
 */
export function normaliseCell(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return richText(value);
  if ("formula" in value || "sharedFormula" in value) {
    // A shared-formula follower has no result of its own until Excel recalculates: treat it as empty.
    return normaliseCell(value.result as ExcelJS.CellValue | undefined);
  }
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text) return richText(text as ExcelJS.CellRichTextValue);
    return value.hyperlink;
  }
  return null;
}

function richText(value: ExcelJS.CellRichTextValue): string {
  let text = "";
  for (const run of value.richText) text += run.text;
  return text;
}

/**
 * The engine value of an ExcelJS cell. Formula cells are read through
 * `cell.result`: ExcelJS's `cell.value` drops a cached result of 0, false or ""
 * (it copies only truthy fields), which would turn a zero balance into a blank.
 * The cells of a merged range other than its top-left one are empty, as in Excel.
 */
export function cellValueOf(cell: ExcelJS.Cell): CellValue {
  // A merged range holds its value in its top-left cell only, as Excel shows it: ExcelJS repeats it in every cell of the range.
  if (cell.isMerged && cell.master !== cell) return null;
  const value = cell.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    return normaliseCell(cell.result as ExcelJS.CellValue | undefined);
  }
  return normaliseCell(value);
}
