/**
 * Writes the output columns through Office.js: protection checked before
 * anything is written; values in row blocks, each block's number formats set
 * before its values (Text for the text columns, so no output string becomes a
 * formula: cellText.ts); then the Priority colours on the used rows, the
 * column widths fitted to the content, and a recalculation of this
 * workbook's sheets, since calculation was suspended while the blocks went in.
 *
 * When the data is an Excel Table, the columns are written just right of it,
 * which makes Excel take them into the table (AutoCorrect's "Include new rows
 * and columns in table"); where that option is off, `Table.resize` (ExcelApi
 * 1.13) takes them in. No table column is inserted: inserting one would shift
 * every cell right of the table in its rows.
 */
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import type { ColumnsWrite, OutputCell, ProgressSink } from "../workbook/port";
import { forEachBlock, jsonBytes, rowsForBytes } from "./blocks";
import type { Capabilities } from "./capabilities";
import { cellFormat, cellValue, TEXT_FORMAT } from "./cellText";
import { toWorkbookError } from "./officeErrors";
import { applyPriorityColours } from "./priorityFormat";
import { recalculateBook } from "./recalculate";
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
      table?.getRange().load(PLACE);
      await context.sync();
      // Fail before the first write: Excel would apply the blocks before the refused one.
      if (caps.protection && sheet.protection.protected) return fail({ kind: "protectedSheet", sheet: write.sheet });

      const width = write.headers.length;
      const formats = columnFormats(write);
      const cellsOf = (rows: readonly (readonly OutputCell[])[]) => ({
        values: rows.map((row) => row.map(cellValue)),
        numberFormat: rows.map((row) => row.map((v, c) => cellFormat(v, formats[c]))),
      });
      const sample = cellsOf(write.rowsAt(0, Math.min(200, write.rowCount)));
      const perRow = sample.values.length > 0 ? (jsonBytes(sample.values) + jsonBytes(sample.numberFormat)) / sample.values.length : 1;
      progress?.({ phase: "writing", done: 0, total: write.rowCount });
      const firstRow = write.headerRow + 1;
      const putHeaders = () => {
        const header = sheet.getRangeByIndexes(write.headerRow, write.column, 1, width);
        header.numberFormat = [write.headers.map(() => TEXT_FORMAT)];
        header.values = [[...write.headers]];
      };
      // Repainting is held back once for the whole write: held and released block by block, Excel flickers.
      if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
      let headersWritten = false;

      const done = await forEachBlock(
        {
          total: write.rowCount,
          columns: width,
          firstRows: rowsForBytes(perRow * 1.2, width),
          onBlockDone: (n, total) => progress?.({ phase: "writing", done: n, total }),
        },
        async (start, rows) => {
          if (caps.conditionalFormats) context.application.suspendApiCalculationUntilNextSync();
          if (!headersWritten) putHeaders();
          const block = cellsOf(write.rowsAt(start, rows));
          const range = sheet.getRangeByIndexes(firstRow + start, write.column, rows, width);
          range.numberFormat = block.numberFormat;
          range.values = block.values;
          await context.sync();
          headersWritten = true;
          return jsonBytes(block.values) + jsonBytes(block.numberFormat);
        },
      );
      if (!done.ok) return fail({ kind: "payloadTooLarge", sheet: write.sheet });
      if (!headersWritten) putHeaders();

      if (caps.conditionalFormats && write.priorityIndex >= 0) {
        applyPriorityColours(sheet, write.headerRow + 1, write.column + write.priorityIndex, write.rowCount, write.maxPriority);
      }
      // Fitted to the header and every row written, not to the header alone.
      sheet.getRangeByIndexes(write.headerRow, write.column, write.rowCount + 1, width).format.autofitColumns();
      const reasonIndex = write.headers.indexOf("Reason");
      if (reasonIndex >= 0) sheet.getRangeByIndexes(write.headerRow, write.column + reasonIndex, 1, 1).format.columnWidth = REASON_WIDTH;
      await context.sync();
      if (table) await takeIntoTable(table, sheet, caps, write.column + width);
      if (caps.conditionalFormats) await recalculateBook(context);
      return ok(undefined);
    });
  } catch (error) {
    return fail(toWorkbookError(error, write.sheet));
  }
}

/** Number format of each output column: Text for text, "0" for Score, General for Priority. */
function columnFormats(write: ColumnsWrite): string[] {
  return write.headers.map((h, i) => (i === write.priorityIndex ? "General" : h === "Score" ? "0" : TEXT_FORMAT));
}

/**
 * Makes sure the table holds the columns written beside it: Excel usually took
 * them in as they were written; if it did not (the AutoCorrect option is off),
 * the table is resized where Excel can (ExcelApi 1.13).
 */
async function takeIntoTable(table: Excel.Table, sheet: Excel.Worksheet, caps: Capabilities, right: number): Promise<void> {
  const range = table.getRange().load(PLACE);
  await table.context.sync();
  const edge = range.columnIndex + range.columnCount;
  if (edge >= right || !caps.tableResize) return;
  table.resize(sheet.getRangeByIndexes(range.rowIndex, range.columnIndex, range.rowCount, right - range.columnIndex));
  await table.context.sync();
}
