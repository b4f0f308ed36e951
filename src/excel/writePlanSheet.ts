/**
 * One of the product's whole sheets (the Backtest or Compare sheet) through
 * Office.js, from the plan the orchestration laid out (sheetPlan.ts): built
 * under a temporary name — values with their number formats (Text for text,
 * so nothing is read as a formula), bold titles, headings, headers and
 * totals, column widths, a line chart over each lift table — and only then
 * swapped in for the sheet its marker points at. A user's sheet of the same
 * name is never touched: the new sheet takes the next free name.
 */
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import { OWNED_SHEETS } from "../workbook/ownedSheets";
import type { PlanSheetReport, PlanSheetWrite } from "../workbook/port";
import { planWidth, type PlanChart, type SheetPlan } from "../workbook/sheetPlan";
import { cellAddress } from "../engine/address";
import { cellFormat, cellValue } from "./cellText";
import { toWorkbookError } from "./officeErrors";
import { findMarkedSheet, freeSheetName, markSheet } from "./ownedSheets";
import type { ExcelRun } from "./run";

/** Points per character of a column width (Calibri 11), plus the cell's margins. */
const POINTS_PER_CHARACTER = 7;
const WIDTH_MARGIN = 5;

/**
 * Writes a plan sheet and returns the name it stands under.
 *
 * @example
 * await writePlanSheet(excel.run, { kind: "backtest", sheetName: "Backtest", plan }) //=> { ok: true, value: { sheet: "Backtest" } }
 */
export async function writePlanSheet(run: ExcelRun, write: PlanSheetWrite): Promise<Result<PlanSheetReport, WorkbookError>> {
  const marker = OWNED_SHEETS[write.kind].marker;
  try {
    return await run(async (context) => {
      const owned = await findMarkedSheet(context, marker);
      const temp = freeSheetName(`ARSeg ${write.kind} (new)`, owned.sheets);
      const sheet = context.workbook.worksheets.add(temp);
      try {
        fill(sheet, write.plan);
        await context.sync();
      } catch (error) {
        sheet.delete();
        await context.sync().catch(() => undefined);
        throw error;
      }
      if (owned.sheet) context.workbook.worksheets.getItem(owned.sheet).delete();
      await context.sync();
      const name = owned.sheet ?? freeSheetName(write.sheetName, owned.sheets);
      sheet.name = name;
      markSheet(context, marker, sheet, owned.exists);
      await context.sync();
      return ok({ sheet: name });
    });
  } catch (error) {
    return fail(toWorkbookError(error, write.sheetName, { missingMeansDeleted: false }));
  }
}

/** Queues the plan's cells, formats, widths and charts on a new sheet. */
function fill(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const width = planWidth(plan);
  if (width === 0) return;
  const grid = plan.rows.map((row) => Array.from({ length: width }, (_, c) => row.cells[c] ?? null));
  const range = sheet.getRangeByIndexes(0, 0, grid.length, width);
  range.numberFormat = grid.map((row, r) => row.map((v, c) => cellFormat(v, plan.rows[r].formats?.[c] ?? "General")));
  range.values = grid.map((row) => row.map(cellValue));
  plan.rows.forEach((row, r) => {
    if (row.emphasis && row.cells.length > 0) sheet.getRangeByIndexes(r, 0, 1, row.cells.length).format.font.bold = true;
  });
  plan.widths.slice(0, Math.max(width, 1)).forEach((characters, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = characters * POINTS_PER_CHARACTER + WIDTH_MARGIN;
  });
  for (const chart of plan.charts) addChart(sheet, chart);
}

/**
 * A line chart over the category column and the series columns right of it, names in the row above:
 * text categories in the first column are what Excel takes for the category axis.
 */
function addChart(sheet: Excel.Worksheet, chart: PlanChart): void {
  const last = Math.max(...chart.seriesColumns);
  const source = sheet.getRangeByIndexes(chart.firstRow - 1, chart.categoryColumn, chart.count + 1, last - chart.categoryColumn + 1);
  const made = sheet.charts.add("Line", source, "Columns");
  made.title.text = chart.title;
  made.setPosition(cellAddress(chart.place.top, chart.place.left), cellAddress(chart.place.bottom, chart.place.right));
}
