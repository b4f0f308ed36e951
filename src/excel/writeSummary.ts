/**
 * The "Segment Summary" sheet through Office.js. The sheet is deleted (its
 * PivotTables first) and created again on every run, since a PivotTable's
 * source cannot be changed. With ExcelApi 1.8: a real PivotTable (Segment
 * rows × Aging Bucket columns; count of rows and sum of balance, each
 * `summarizeBy` set explicitly because Excel can fall back to Count), the KPI
 * block, and a clustered bar chart of balance by segment drawn from a small
 * plain table (the API cannot chart a PivotTable). Without 1.8: the same
 * figures as a plain table, and a note saying why.
 */
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import type { SummaryReport, SummaryWrite } from "../workbook/port";
import type { Capabilities } from "./capabilities";
import { cellInput } from "./cellText";
import { toWorkbookError } from "./officeErrors";
import type { ExcelRun } from "./run";
import { blockRows, kpiBlock, plainSummaryBlock, readingBlock, segmentBalanceBlock, type CellBlock } from "./summaryLayout";

export const PIVOT_NAME = "ARSegPivot";
export const NO_PIVOT_NOTE =
  "This version of Excel does not let add-ins create PivotTables (ExcelApi 1.8), so the summary is a plain table with the same figures.";

/** Column of the chart's source table (D) and the chart's place beside it. */
const CHART_TABLE_COLUMN = 3;
const CHART_POSITION = { start: "G3", end: "N20" } as const;

export async function writeSummary(run: ExcelRun, caps: Capabilities, write: SummaryWrite): Promise<Result<SummaryReport, WorkbookError>> {
  try {
    return await run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const existing = worksheets.getItemOrNullObject(write.sheetName);
      await context.sync();
      if (!existing.isNullObject) {
        if (caps.pivotTables) {
          const pivots = existing.pivotTables.load("items/name");
          await context.sync();
          for (const pivot of pivots.items) pivot.delete();
        }
        existing.delete();
      }
      const sheet = worksheets.add(write.sheetName);
      const kpis = kpiBlock(write.summary, 0, 0);
      const chartTable = segmentBalanceBlock(write.summary, 2, CHART_TABLE_COLUMN);
      const reading = readingBlock(write.reading, Math.max(blockRows(kpis), chartTable.row + blockRows(chartTable), 20) + 1, 0);
      put(sheet, kpis);
      put(sheet, chartTable);
      put(sheet, reading);
      if (write.summary.segments.length > 0) {
        const source = sheet.getRangeByIndexes(chartTable.row, chartTable.column, blockRows(chartTable), 2);
        const chart = sheet.charts.add("BarClustered", source, "Columns");
        chart.title.text = "Open balance by segment";
        chart.setPosition(CHART_POSITION.start, CHART_POSITION.end);
      }
      sheet.getRangeByIndexes(0, 0, 1, CHART_TABLE_COLUMN + 2).format.autofitColumns();
      await context.sync();

      const tableRow = reading.row + blockRows(reading) + 1;
      if (!caps.pivotTables) {
        put(sheet, plainSummaryBlock(write.summary, tableRow, 0));
        await context.sync();
        return ok({ kind: "table", note: NO_PIVOT_NOTE });
      }

      const dataSheet = worksheets.getItem(write.dataSheet);
      const b = write.dataBlock;
      const source =
        write.dataSource.kind === "table"
          ? dataSheet.tables.getItem(write.dataSource.name)
          : dataSheet.getRangeByIndexes(b.top, b.left, b.rows, b.columns);
      const pivot = sheet.pivotTables.add(PIVOT_NAME, source, sheet.getRangeByIndexes(tableRow, 0, 1, 1));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem(write.segmentHeader));
      pivot.columnHierarchies.add(pivot.hierarchies.getItem(write.bucketHeader));
      // Two data hierarchies at most: some builds crash with more than three.
      const count = pivot.dataHierarchies.add(pivot.hierarchies.getItem(write.countHeader));
      count.summarizeBy = "Count";
      count.name = "Rows";
      const sum = pivot.dataHierarchies.add(pivot.hierarchies.getItem(write.balanceHeader));
      sum.summarizeBy = "Sum";
      await context.sync();
      return ok({ kind: "pivot" });
    });
  } catch (error) {
    return fail(toWorkbookError(error, write.sheetName, { missingMeansDeleted: false }));
  }
}

function put(sheet: Excel.Worksheet, b: CellBlock): void {
  if (b.values.length === 0) return;
  const range = sheet.getRangeByIndexes(b.row, b.column, b.values.length, b.values[0].length);
  range.values = b.values.map((row) => row.map(cellInput));
  range.numberFormat = b.formats.map((row) => [...row]);
}
