/**
 * Reads a sheet's data region through Office.js: the selection when asked
 * (one area, cut to the used range, so selecting whole columns A:K reads the
 * rows that hold data and not a million blank ones), else the sheet's first
 * Excel Table, else its used range (values only).
 * Cheap placement first (address, indexes, size), the region's size checked
 * before any value is loaded, then `values` in row blocks sized by bytes and
 * by the 5,000,000-cell get cap, with progress and cancellation between blocks.
 * `readRegionBlocks` hands each block on as it arrives; `readRegion` keeps them.
 */
import { isBlankCell, type CellValue } from "../engine/cell";
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import {
  regionKeeper,
  type OpenRegion,
  type ProgressSink,
  type RegionPlace,
  type RegionRequest,
  type RegionSource,
  type SheetRegion,
} from "../workbook/port";
import { forEachBlock, jsonBytes } from "./blocks";
import type { Capabilities } from "./capabilities";
import { readDate1904 } from "./dateSystem";
import { isOfficeError, toWorkbookError } from "./officeErrors";
import { PLACE, placeOf, type ExcelRun, type Placed } from "./run";

/** The largest region read: a full-height sheet of 24 columns. Beyond it, the user selects the columns the rules need. */
export const MAX_REGION_CELLS = 1_048_576 * 24;

/** Rows in the first block; its measured size plans the rest. */
const SAMPLE_ROWS = 200;

interface Located {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly source: RegionSource;
  readonly place: Placed | undefined;
}

export async function readRegion(
  run: ExcelRun,
  caps: Capabilities,
  request: RegionRequest,
  progress?: ProgressSink,
): Promise<Result<SheetRegion, WorkbookError>> {
  const keeper = regionKeeper();
  const read = await readRegionBlocks(run, caps, request, () => keeper.take, progress);
  return read.ok ? ok(keeper.region(read.value)) : read;
}

export async function readRegionBlocks(
  run: ExcelRun,
  caps: Capabilities,
  request: RegionRequest,
  open: OpenRegion,
  progress?: ProgressSink,
): Promise<Result<RegionPlace, WorkbookError>> {
  let sheetName = request.sheet ?? "";
  try {
    return await run(async (context) => {
      const date1904 = await readDate1904(context, caps);
      const located = await locate(context, caps, request);
      if (!located.ok) return located;
      const { sheet, name, source, place } = located.value;
      sheetName = name;
      if (!place) return fail({ kind: "emptySheet", sheet: name });
      // Each block stays under Excel's 5,000,000-cell get cap (see blocks.ts); the whole region only has to fit
      // in the pane's memory, so it is refused, before any value is loaded, only past MAX_REGION_CELLS.
      const cells = place.rows * place.columns;
      if (cells > MAX_REGION_CELLS) return fail({ kind: "sheetTooLarge", sheet: name, cells, limit: MAX_REGION_CELLS });

      const region: RegionPlace = { sheet: name, source, top: place.top, left: place.left, date1904, rowCount: place.rows };
      const take = open(region);
      let anyValue = false;
      progress?.({ phase: "reading", done: 0, total: place.rows });
      const done = await forEachBlock(
        {
          total: place.rows,
          columns: place.columns,
          firstRows: SAMPLE_ROWS,
          signal: request.signal,
          onBlockDone: (n, total) => progress?.({ phase: "reading", done: n, total }),
        },
        async (start, rows) => {
          const block = sheet.getRangeByIndexes(place.top + start, place.left, rows, place.columns).load("values");
          await context.sync();
          const got = block.values as CellValue[][] | null;
          // Above the cell cap Excel may answer null instead of an error: never take that as data.
          if (!got) throw Object.assign(new Error("values came back null"), { code: "ResponsePayloadSizeLimitExceeded" });
          anyValue ||= !got.every((row) => row.every(isBlankCell));
          take(got);
          return jsonBytes(got);
        },
      );
      if (!done.ok) return fail(done.error === "cancelled" ? { kind: "cancelled" } : { kind: "payloadTooLarge", sheet: name });
      if (!anyValue) return fail({ kind: "emptySheet", sheet: name });
      return ok(region);
    });
  } catch (error) {
    return fail(toWorkbookError(error, sheetName || "(active sheet)"));
  }
}

async function locate(context: Excel.RequestContext, caps: Capabilities, request: RegionRequest): Promise<Result<Located, WorkbookError>> {
  if (request.useSelection) return locateSelection(context, caps);
  const worksheets = context.workbook.worksheets.load("items/name");
  const sheet = request.sheet ? worksheets.getItemOrNullObject(request.sheet) : worksheets.getActiveWorksheet();
  // isNullObject needs no load: the sync fills it in for *OrNullObject proxies.
  sheet.load("name");
  await context.sync();
  if (request.sheet && sheet.isNullObject) {
    return fail({ kind: "sheetNotFound", sheet: request.sheet, sheets: worksheets.items.map((s) => s.name) });
  }
  const name = sheet.name;
  const tables = sheet.tables.load("items/name");
  const used = usedRange(sheet, caps);
  await context.sync();
  if (tables.items.length > 0) {
    const table = tables.items[0];
    const range = table.getRange().load(PLACE);
    await context.sync();
    return ok({ sheet, name, source: { kind: "table", name: table.name }, place: placeOf(range) });
  }
  return ok({ sheet, name, source: { kind: "range" }, place: placeOfUsed(used, caps) });
}

/** The cells with values (formatting ignored), loaded at the next sync. */
function usedRange(sheet: Excel.Worksheet, caps: Capabilities): Excel.Range {
  return (caps.settings ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true)).load(PLACE);
}

function placeOfUsed(used: Excel.Range, caps: Capabilities): Placed | undefined {
  return caps.settings && used.isNullObject ? undefined : placeOf(used);
}

/**
 * The selection, which must be one area (getSelectedRange throws on several;
 * getSelectedRanges, ExcelApi 1.9, names them), cut to the sheet's used range:
 * cells outside it hold nothing, and a selection of whole columns would
 * otherwise be read as 1,048,576 rows.
 */
async function locateSelection(context: Excel.RequestContext, caps: Capabilities): Promise<Result<Located, WorkbookError>> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  const areas = caps.suspendScreenUpdating ? context.workbook.getSelectedRanges().load("areaCount,address") : undefined;
  await context.sync();
  const name = sheet.name;
  if (areas && areas.areaCount > 1) return fail({ kind: "multipleAreas", sheet: name, areas: areas.address.split(",").map(shortAddress) });
  const selection = context.workbook.getSelectedRange().load(PLACE);
  const used = usedRange(sheet, caps);
  try {
    await context.sync();
  } catch (error) {
    if (isOfficeError(error) && error.code === "InvalidSelection") return fail({ kind: "multipleAreas", sheet: name, areas: [] });
    throw error;
  }
  const usedPlace = placeOfUsed(used, caps);
  return ok({ sheet, name, source: { kind: "range" }, place: usedPlace && intersect(placeOf(selection), usedPlace) });
}

/** "Sheet1!A1:B3" → "A1:B3": the messages name the sheet once. */
function shortAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).trim();
}

/** The cells two places share, or undefined when they share none. */
function intersect(a: Placed, b: Placed): Placed | undefined {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.columns, b.left + b.columns);
  return bottom > top && right > left ? { top, left, rows: bottom - top, columns: right - left } : undefined;
}
