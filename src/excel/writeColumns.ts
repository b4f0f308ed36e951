/**
 * Writes the output columns through Office.js: protection checked before
 * anything is written, table columns added when the data is a Table, values
 * in row blocks (Score's number format in the same block, after the values),
 * then the Priority colours on the used rows and the column widths.
 */
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import type { ColumnsWrite, ProgressSink } from "../workbook/port";
import { forEachBlock, jsonBytes, rowsForBytes } from "./blocks";
import type { Capabilities } from "./capabilities";
import { cellInput } from "./cellText";
import { toWorkbookError } from "./officeErrors";
import { applyPriorityColours } from "./priorityFormat";
import { PLACE, type ExcelRun } from "./run";

/** Width of the Reason column, in points: long sentences wrap the view otherwise. */
const REASON_WIDTH = 320;

export async function writeColumns(
  run: ExcelRun,
  caps: Capabilities,
  write: ColumnsWrite,
  progress?: ProgressSink,
): Promise<Result<void, WorkbookError>> {
  try {
    return await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(write.sheet);
      if (caps.protection) sheet.protection.load("protected");
      const table = write.source.kind === "table" ? sheet.tables.getItem(write.source.name) : undefined;
      const tableRange = table?.getRange().load(PLACE);
      await context.sync();
      // Fail before the first write: Excel would apply the blocks before the refused one.
      if (caps.protection && sheet.protection.protected) return fail({ kind: "protectedSheet", sheet: write.sheet });

      const width = write.headers.length;
      let headersWritten = false;
      if (table && tableRange) {
        const outside = tableRange.columnIndex + tableRange.columnCount;
        const added = write.headers.filter((_, i) => write.column + i >= outside);
        // New columns join the table only when they start right at its edge.
        if (added.length > 0 && write.column + width - added.length === outside) {
          for (const header of added) table.columns.add(undefined, undefined, header);
          await context.sync();
          headersWritten = true;
        }
      }

      const scoreIndex = write.headers.indexOf("Score");
      const convert = (row: readonly (string | number | null)[]) => row.map(cellInput);
      const sample = write.rowsAt(0, Math.min(200, write.rowCount)).map(convert);
      const perRow = sample.length > 0 ? jsonBytes(sample) / sample.length + (scoreIndex >= 0 ? 6 : 0) : 1;
      progress?.({ phase: "writing", done: 0, total: write.rowCount });
      const firstRow = write.headerRow + 1;

      const done = await forEachBlock(
        {
          total: write.rowCount,
          columns: width,
          firstRows: rowsForBytes(perRow * 1.2, width),
          onBlockDone: (n, total) => progress?.({ phase: "writing", done: n, total }),
        },
        async (start, rows) => {
          suspend(context, caps);
          if (!headersWritten) {
            sheet.getRangeByIndexes(write.headerRow, write.column, 1, width).values = [write.headers.map(cellInput)];
          }
          const values = write.rowsAt(start, rows).map(convert);
          sheet.getRangeByIndexes(firstRow + start, write.column, rows, width).values = values;
          let bytes = jsonBytes(values);
          if (scoreIndex >= 0) {
            const formats = values.map(() => ["0"]);
            sheet.getRangeByIndexes(firstRow + start, write.column + scoreIndex, rows, 1).numberFormat = formats;
            bytes += jsonBytes(formats);
          }
          await context.sync();
          headersWritten = true;
          return bytes;
        },
      );
      if (!done.ok) return fail({ kind: "payloadTooLarge", sheet: write.sheet });
      if (!headersWritten) {
        sheet.getRangeByIndexes(write.headerRow, write.column, 1, width).values = [write.headers.map(cellInput)];
      }

      if (caps.conditionalFormats && write.priorityIndex >= 0) {
        applyPriorityColours(sheet, write.headerRow + 1, write.column + write.priorityIndex, write.rowCount, write.maxPriority);
      }
      sheet.getRangeByIndexes(write.headerRow, write.column, 1, width).format.autofitColumns();
      const reasonIndex = write.headers.indexOf("Reason");
      if (reasonIndex >= 0) sheet.getRangeByIndexes(write.headerRow, write.column + reasonIndex, 1, 1).format.columnWidth = REASON_WIDTH;
      await context.sync();
      return ok(undefined);
    });
  } catch (error) {
    return fail(toWorkbookError(error, write.sheet));
  }
}

/** Big writes go faster without recalculation and repainting until the block's sync. */
function suspend(context: Excel.RequestContext, caps: Capabilities): void {
  if (caps.conditionalFormats) context.application.suspendApiCalculationUntilNextSync();
  if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
}
