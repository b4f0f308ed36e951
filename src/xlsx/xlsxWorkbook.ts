import type ExcelJS from "exceljs";
import { cellAddress } from "../engine/address";
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import type {
  Block,
  ColumnsWrite,
  OpenRegion,
  Progress,
  ProgressSink,
  RegionPlace,
  RegionRequest,
  SheetList,
  SheetRegion,
  SummaryReport,
  SummaryWrite,
  WorkbookPort,
} from "../workbook/port";
import { regionKeeper } from "../workbook/port";
import { isEmptyValue, parseRange, readBlock, tablesOf, usedBounds, type Bounds } from "./region";
import { ownedSheet } from "./ownedSheets";
import { loadSettingFrom, saveSettingTo } from "./settings";
import { writeSummarySheet } from "./summarySheet";
import { writeColumnsTo } from "./writeColumns";

/** Rows converted and handed on at a time by `readRegionBlocks`. */
const BLOCK_ROWS = 20_000;

export interface XlsxPortOptions {
  /** The file's name, for messages. */
  readonly fileName: string;
  /** The sheet to use when a request names none; else the workbook's active tab, else the first sheet. */
  readonly activeSheet?: string;
}

/**
 * The WorkbookPort over an ExcelJS workbook held in memory: used by the CLI
 * and by the browser page. Nothing here touches files; the caller loads the
 * workbook and writes it back (see `readWorkbookFile` / `writeWorkbookBuffer`).
 *
 * @example
 * const workbook = await readWorkbookFile(bytes);
 * const port = createXlsxPort(workbook.value, { fileName: "ledger.xlsx" });
 * await segmentWorkbook(port, request);
 */
export function createXlsxPort(workbook: ExcelJS.Workbook, options: XlsxPortOptions): WorkbookPort {
  keepTableFilterButtons(workbook);

  /** The sheets a user may read: all but the settings sheet (found by its marker, not its name). */
  const userSheets = (): ExcelJS.Worksheet[] => {
    const settings = ownedSheet(workbook, "settings");
    return workbook.worksheets.filter((ws) => ws !== settings);
  };
  const sheetNames = (): string[] => userSheets().map((ws) => ws.name);

  const activeName = (): string | undefined => {
    const sheets = userSheets();
    if (options.activeSheet && sheets.some((ws) => ws.name === options.activeSheet)) return options.activeSheet;
    const tab = workbook.views?.[0]?.activeTab;
    const active = typeof tab === "number" ? workbook.worksheets[tab] : undefined;
    if (active && sheets.includes(active) && active.state === "visible") return active.name;
    return sheets[0]?.name;
  };

  const sheet = (name: string): Result<ExcelJS.Worksheet, WorkbookError> => {
    const ws = userSheets().find((candidate) => candidate.name === name);
    return ws ? ok(ws) : fail({ kind: "sheetNotFound", sheet: name, sheets: sheetNames() });
  };

  /** The sheet a request reads, the bounds of its table or used range, and where that stands. */
  const locate = (request: RegionRequest): Result<{ ws: ExcelJS.Worksheet; bounds: Bounds; place: RegionPlace }, WorkbookError> => {
    const name = request.sheet ?? activeName();
    if (name === undefined) return fail({ kind: "emptySheet", sheet: options.fileName });
    const found = sheet(name);
    if (!found.ok) return found;
    const ws = found.value;
    // A file has no selection: `useSelection` reads the table or used range like any request.
    const table = tablesOf(ws).find((t) => t.tableRef && parseRange(t.tableRef));
    const bounds: Bounds | undefined = table ? parseRange(table.tableRef as string) : usedBounds(ws);
    if (!bounds) return fail({ kind: "emptySheet", sheet: name });
    const place: RegionPlace = {
      sheet: name,
      source: table ? { kind: "table", name: table.name } : { kind: "range" },
      top: bounds.top,
      left: bounds.left,
      date1904: workbook.properties?.date1904 === true,
      rowCount: bounds.bottom - bounds.top + 1,
    };
    return ok({ ws, bounds, place });
  };

  /** The region's rows, BLOCK_ROWS at a time, with progress and cancellation every few thousand rows within a block. */
  const readRegionBlocks = async (
    request: RegionRequest,
    open: OpenRegion,
    progress?: ProgressSink,
  ): Promise<Result<RegionPlace, WorkbookError>> => {
    const located = locate(request);
    if (!located.ok) return located;
    const { ws, bounds, place } = located.value;
    const take = open(place);
    progress?.({ phase: "reading", done: 0, total: place.rowCount });
    for (let top = bounds.top; top <= bounds.bottom; top += BLOCK_ROWS) {
      if (request.signal?.aborted) return fail({ kind: "cancelled" });
      const before = top - bounds.top;
      const inBlock = progress && ((p: Progress) => progress({ ...p, done: before + p.done, total: place.rowCount }));
      const block = readBlock(ws, { ...bounds, top, bottom: Math.min(bounds.bottom, top + BLOCK_ROWS - 1) }, inBlock, request.signal);
      if (block === "cancelled") return fail({ kind: "cancelled" });
      take(block);
    }
    return ok(place);
  };

  return {
    face: "xlsx",

    async listSheets(): Promise<Result<SheetList, WorkbookError>> {
      const active = activeName();
      if (active === undefined) return fail({ kind: "emptySheet", sheet: options.fileName });
      return ok({ sheets: sheetNames(), active });
    },

    async readRegion(request: RegionRequest, progress?: ProgressSink): Promise<Result<SheetRegion, WorkbookError>> {
      const keeper = regionKeeper();
      const read = await readRegionBlocks(request, () => keeper.take, progress);
      return read.ok ? ok(keeper.region(read.value)) : read;
    },

    readRegionBlocks,

    async findOccupied(sheetName: string, block: Block, limit: number): Promise<Result<readonly string[], WorkbookError>> {
      const found = sheet(sheetName);
      if (!found.ok) return found;
      const ws = found.value;
      const cells: string[] = [];
      for (let r = block.top; r < block.top + block.rows && cells.length < limit; r++) {
        const row = ws.findRow(r + 1);
        if (!row) continue;
        for (let c = block.left; c < block.left + block.columns && cells.length < limit; c++) {
          const value = row.findCell(c + 1)?.value;
          if (!isEmptyValue(value)) cells.push(cellAddress(r, c));
        }
      }
      return ok(cells);
    },

    async writeColumns(write: ColumnsWrite, progress?: ProgressSink): Promise<Result<void, WorkbookError>> {
      const found = sheet(write.sheet);
      if (!found.ok) return found;
      writeColumnsTo(found.value, write, progress);
      return ok(undefined);
    },

    async writeSummary(write: SummaryWrite): Promise<Result<SummaryReport, WorkbookError>> {
      return ok(writeSummarySheet(workbook, write));
    },

    async loadSetting(key: string): Promise<Result<unknown, WorkbookError>> {
      return ok(loadSettingFrom(workbook, key));
    },

    async saveSetting(key: string, value: unknown): Promise<Result<void, WorkbookError>> {
      try {
        saveSettingTo(workbook, key, value);
        return ok(undefined);
      } catch (error) {
        return fail({ kind: "settingsFailed", detail: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}

/**
 * ExcelJS reads a table's filter buttons only from explicit filter columns,
 * which Excel doesn't write for a plain table, and then writes every such
 * column with its button hidden. Marking them shown keeps the user's tables
 * looking as they did.
 */
function keepTableFilterButtons(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    for (const table of tablesOf(ws)) {
      if (!table.autoFilterRef) continue;
      for (const column of table.columns) if (column.filterButton === undefined) column.filterButton = true;
    }
  }
}
