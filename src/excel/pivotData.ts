/**
 * The PivotTable's source through Office.js (design note D1): the segmented
 * rows — segment, aging bucket, open balance — written from A1 of a sheet of
 * the add-in's own, in row blocks sized by bytes like every other large
 * write, text cells formatted as Text first (cellText.ts), then the sheet is
 * hidden (not very hidden: a user can unhide it to see what the pivot counts).
 */
import { fail, ok, type Result } from "../engine/result";
import type { PivotRows } from "../workbook/port";
import { forEachBlock, jsonBytes, rowsForBytes, type BlockStop } from "./blocks";
import { TEXT_FORMAT } from "./cellText";

const BALANCE_FORMAT = "#,##0.00";
const ROW_FORMAT = [TEXT_FORMAT, TEXT_FORMAT, BALANCE_FORMAT];

/**
 * Writes `pivot`'s header and rows onto `sheet` (a new, empty sheet) and hides
 * it. Returns the range the PivotTable is built over.
 */
export async function writePivotData(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  pivot: PivotRows,
): Promise<Result<Excel.Range, BlockStop>> {
  const width = pivot.headers.length;
  const header = sheet.getRangeByIndexes(0, 0, 1, width);
  header.numberFormat = [pivot.headers.map(() => TEXT_FORMAT)];
  header.values = [[...pivot.headers]];
  const sample = pivot.rowsAt(0, Math.min(200, pivot.rowCount));
  const perRow = sample.length > 0 ? jsonBytes(sample) / sample.length + 24 : 1;
  const done = await forEachBlock(
    { total: pivot.rowCount, columns: width, firstRows: rowsForBytes(perRow * 1.2, width) },
    async (start, rows) => {
      const values = pivot.rowsAt(start, rows).map((row) => [...row]);
      const formats = values.map(() => ROW_FORMAT);
      const range = sheet.getRangeByIndexes(1 + start, 0, rows, width);
      range.numberFormat = formats;
      range.values = values;
      await context.sync();
      return jsonBytes(values) + jsonBytes(formats);
    },
  );
  if (!done.ok) return fail(done.error);
  sheet.getRangeByIndexes(0, 0, pivot.rowCount + 1, width).format.autofitColumns();
  sheet.visibility = "Hidden";
  await context.sync();
  return ok(sheet.getRangeByIndexes(0, 0, pivot.rowCount + 1, width));
}
