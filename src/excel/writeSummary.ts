/**
 * The summary sheet through Office.js, built then swapped in: the new sheets
 * are made under temporary names first — the hidden sheet of segmented rows
 * (design note D1), the KPI block, a clustered bar chart of balance by segment
 * drawn from a small plain table (the API cannot chart a PivotTable), and,
 * with ExcelApi 1.8, a real PivotTable over those rows (Segment rows × Aging
 * Bucket columns; count and sum of the open balance, each `summarizeBy` set
 * explicitly because Excel can fall back to Count). Only when all of that
 * stands are the previous summary and its data sheet deleted and the new ones
 * renamed into place, so a failure while building never loses the previous
 * summary. When the PivotTable itself cannot be built (or this Excel has no
 * PivotTables), the summary keeps its plain segment × bucket table and chart,
 * with a note saying why.
 *
 * The sheets are recognised by their marker names (ownedSheets.ts), so a
 * user's sheet called "Segment Summary" is left alone and the summary takes
 * the next free name.
 *
 * PivotTable items come in Excel's own order (ascending; Office.js has no call
 * that moves an item), the plain table and the chart in the summary's order.
 */
import { fail, ok, type Result } from "../engine/result";
import type { SummaryNote, WorkbookError } from "../workbook/errors";
import type { SummaryReport, SummaryWrite } from "../workbook/port";
import type { Capabilities } from "./capabilities";
import { cellFormat, cellValue } from "./cellText";
import { isOfficeError, toWorkbookError } from "./officeErrors";
import { findOwnedSheets, freeSheetName, markSheet, PIVOT_DATA_MARKER, SUMMARY_MARKER, type OwnedSheets } from "./ownedSheets";
import { writePivotData } from "./pivotData";
import type { ExcelRun } from "./run";
import { blockRows, kpiBlock, plainSummaryBlock, readingBlock, segmentBalanceBlock, type CellBlock } from "./summaryLayout";

export const PIVOT_NAME = "ARSegPivot";

/** Column of the chart's source table (D) and the chart's place beside it. */
const CHART_TABLE_COLUMN = 3;
const CHART_POSITION = { start: "G3", end: "N20" } as const;
/** Names the new sheets have while they are built, before the swap. */
const BUILDING = { summary: "ARSeg summary (new)", data: "ARSeg pivot data (new)" } as const;

interface Built {
  readonly summary: string;
  /** The data sheet, when the PivotTable stands on it. */
  readonly data?: string;
  readonly note?: SummaryNote;
}

export async function writeSummary(run: ExcelRun, caps: Capabilities, write: SummaryWrite): Promise<Result<SummaryReport, WorkbookError>> {
  try {
    return await run(async (context) => {
      const owned = await findOwnedSheets(context);
      const temp = { summary: freeSheetName(BUILDING.summary, owned.sheets), data: freeSheetName(BUILDING.data, owned.sheets) };
      let built: Result<Built, WorkbookError>;
      try {
        built = await build(context, caps, write, temp);
      } catch (error) {
        await discard(context, [temp.summary, temp.data]);
        throw error;
      }
      if (!built.ok) {
        await discard(context, [temp.summary, temp.data]);
        return built;
      }
      const sheet = await swapIn(context, caps, owned, built.value, write);
      return ok({ kind: built.value.data ? "pivot" : "table", note: built.value.note, sheet });
    });
  } catch (error) {
    return fail(toWorkbookError(error, write.sheetName, { missingMeansDeleted: false }));
  }
}

/** Builds the new summary (and its pivot's data sheet) under the temporary names. */
async function build(
  context: Excel.RequestContext,
  caps: Capabilities,
  write: SummaryWrite,
  temp: { readonly summary: string; readonly data: string },
): Promise<Result<Built, WorkbookError>> {
  const worksheets = context.workbook.worksheets;
  const sheet = worksheets.add(temp.summary);
  const kpis = kpiBlock(write.summary, 0, 0, write.texts);
  const chartTable = segmentBalanceBlock(write.summary, 2, CHART_TABLE_COLUMN, write.texts);
  put(sheet, kpis);
  put(sheet, chartTable);
  if (write.summary.segments.length > 0) {
    const source = sheet.getRangeByIndexes(chartTable.row, chartTable.column, blockRows(chartTable), 2);
    const chart = sheet.charts.add("BarClustered", source, "Columns");
    chart.title.text = write.texts.summary.chartTitle;
    chart.setPosition(CHART_POSITION.start, CHART_POSITION.end);
  }
  // Fitted to every label and figure, not to the first row alone.
  const fitted = Math.max(blockRows(kpis), chartTable.row + blockRows(chartTable));
  sheet.getRangeByIndexes(0, 0, fitted, CHART_TABLE_COLUMN + 2).format.autofitColumns();
  // How the sheet was read, under the KPIs and the chart (after the fit: its long lines would widen column A).
  const reading = readingBlock(write.reading, Math.max(blockRows(kpis), chartTable.row + blockRows(chartTable), 20) + 1, 0, write.texts);
  put(sheet, reading);
  await context.sync();

  const tableRow = reading.row + blockRows(reading) + 1;
  const plain = async (note: SummaryNote): Promise<Result<Built, WorkbookError>> => {
    put(sheet, plainSummaryBlock(write.summary, tableRow, 0, write.texts));
    await context.sync();
    return ok({ summary: temp.summary, note });
  };
  if (!caps.pivotTables) return plain({ kind: "pivotUnsupported" });

  const dataSheet = worksheets.add(temp.data);
  const source = await writePivotData(context, dataSheet, write.pivot);
  if (!source.ok) return fail({ kind: "payloadTooLarge", sheet: temp.data });
  try {
    const [segment, bucket, balance] = write.pivot.headers;
    const pivot = sheet.pivotTables.add(PIVOT_NAME, source.value, sheet.getRangeByIndexes(tableRow, 0, 1, 1));
    pivot.rowHierarchies.add(pivot.hierarchies.getItem(segment));
    pivot.columnHierarchies.add(pivot.hierarchies.getItem(bucket));
    // Two data hierarchies at most: some builds crash with more than three.
    const count = pivot.dataHierarchies.add(pivot.hierarchies.getItem(balance));
    count.summarizeBy = "Count";
    count.name = write.texts.summary.pivotCount;
    const sum = pivot.dataHierarchies.add(pivot.hierarchies.getItem(balance));
    sum.summarizeBy = "Sum";
    // Named in the run's language ("Suma de Saldo pendiente"), as Excel itself names it in English.
    sum.name = write.texts.summary.pivot.sumOf(balance);
    await context.sync();
    return ok({ summary: temp.summary, data: temp.data });
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    // A pivot half made is taken away with its data; the plain table takes its place.
    const pivots = sheet.pivotTables.load("items/name");
    await context.sync();
    for (const p of pivots.items) p.delete();
    dataSheet.delete();
    await context.sync();
    return plain({ kind: "pivotFailed", code: error.code, detail: error.message });
  }
}

/**
 * Deletes the previous summary and data sheets (the ones the markers point at),
 * renames the new ones into place under free names, and points the markers at
 * them. Returns the summary's name.
 */
async function swapIn(
  context: Excel.RequestContext,
  caps: Capabilities,
  owned: OwnedSheets,
  built: Built,
  write: SummaryWrite,
): Promise<string> {
  const worksheets = context.workbook.worksheets;
  if (owned.summary) {
    const old = worksheets.getItem(owned.summary);
    if (caps.pivotTables) {
      const pivots = old.pivotTables.load("items/name");
      await context.sync();
      for (const p of pivots.items) p.delete();
    }
    old.delete();
  }
  if (owned.pivotData) worksheets.getItem(owned.pivotData).delete();
  await context.sync();
  const taken = owned.sheets.filter((s) => s !== owned.summary && s !== owned.pivotData);
  const summaryName = freeSheetName(write.sheetName, taken);
  // One proxy per sheet, used for the rename and the marker: after the rename its old name finds nothing.
  const summary = worksheets.getItem(built.summary);
  summary.name = summaryName;
  markSheet(context, SUMMARY_MARKER, summary, owned.markers.summary);
  if (built.data) {
    const data = worksheets.getItem(built.data);
    data.name = freeSheetName(write.pivot.sheetName, [...taken, summaryName]);
    markSheet(context, PIVOT_DATA_MARKER, data, owned.markers.pivotData);
  } else if (owned.markers.pivotData) {
    context.workbook.names.getItem(PIVOT_DATA_MARKER).delete();
  }
  await context.sync();
  return summaryName;
}

/** Deletes what a failed build left (best effort: the error that stopped it is what the user hears about). */
async function discard(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  try {
    const found = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const sheet of found) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // The workbook is in cell-edit mode or gone: nothing more can be tidied now.
  }
}

/** Writes a block: number formats first (Text for text cells), then the values. */
function put(sheet: Excel.Worksheet, b: CellBlock): void {
  if (b.values.length === 0) return;
  const range = sheet.getRangeByIndexes(b.row, b.column, b.values.length, b.values[0].length);
  range.numberFormat = b.values.map((row, r) => row.map((v, c) => cellFormat(v, b.formats[r][c])));
  range.values = b.values.map((row) => row.map(cellValue));
}
