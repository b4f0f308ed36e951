import { cellAddress } from "../engine/address";
import { fail, ok, type Result } from "../engine/result";
import type { Bounds } from "../files/xlsx/cellRef";
import { hasValue, type SheetValue } from "../files/xlsx/cellValues";
import { readRegionRows } from "../files/xlsx/regionRows";
import { scanSheet } from "../files/xlsx/sheetScanner";
import type { ByteSink } from "../files/zip/zipWriter";
import type { WorkbookError } from "../workbook/errors";
import type {
  Block,
  ColumnsWrite,
  OpenRegion,
  PlanSheetReport,
  PlanSheetWrite,
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
import type { XlsxBook } from "./book";
import { freeSheetName, ownedSheets } from "./markers";
import { streamError } from "./problems";
import { saveWorkbook, type RunEdits } from "./saveWorkbook";
import { readSettings } from "./settingsSheet";
import { sheetTables } from "./sheetTables";

/** Rows converted and handed on at a time by `readRegionBlocks`. */
const BLOCK_ROWS = 4_096;
/** Rows of a region kept after a read, to find header texts in (the header is among the first rows). */
const HEAD_ROWS = 64;

export interface XlsxPortOptions {
  /** The sheet to use when a request names none; else the workbook's active tab, else the first sheet. */
  readonly activeSheet?: string;
}

/** The xlsx face: a WorkbookPort over a workbook file, and the output file it makes. */
export interface XlsxPort extends WorkbookPort {
  /**
   * Writes the workbook with this run's changes: every part of the input
   * byte for byte, but the sheet written to, the parts that list sheets, and
   * the product's own sheets.
   */
  save(sink: ByteSink, progress?: ProgressSink): Promise<Result<void, WorkbookError>>;
}

class Cancelled extends Error {}

/**
 * The WorkbookPort over an .xlsx file (command line and browser page). Reads
 * stream the sheet's XML into the engine; writes are kept until `save`, which
 * streams the output file.
 *
 * @example
 * const book = await XlsxBook.open(bytes, { fileName: "ledger.xlsx" });
 * const port = createXlsxPort(book.value);
 * await segmentWorkbook(port, request);
 * await port.save(sink);
 */
export function createXlsxPort(book: XlsxBook, options: XlsxPortOptions = {}): XlsxPort {
  const pkg = book.pkg;
  const owned = ownedSheets(pkg);
  const hidden = new Set([owned.settings, owned.pivotData].filter((s): s is string => s !== undefined));
  const edits: RunEdits = { settings: new Map() };
  const heads = new Map<string, { place: RegionPlace; rows: SheetValue[][] }>();
  let settings: Map<string, unknown> | undefined;

  const sheetNames = (): string[] => pkg.sheets.filter((s) => !hidden.has(s.name)).map((s) => s.name);
  const activeName = (): string | undefined => {
    const names = sheetNames();
    if (options.activeSheet && names.includes(options.activeSheet)) return options.activeSheet;
    const tab = pkg.sheets[pkg.activeTab];
    if (tab && !hidden.has(tab.name) && tab.state === "visible") return tab.name;
    return names[0];
  };
  const sheetEntry = (name: string): Result<{ name: string; part: string | undefined }, WorkbookError> => {
    const entry = hidden.has(name) ? undefined : pkg.sheets.find((s) => s.name === name);
    return entry ? ok({ name, part: entry.part }) : fail({ kind: "sheetNotFound", sheet: name, sheets: sheetNames() });
  };

  const locate = async (request: RegionRequest): Promise<Result<{ part: string; bounds: Bounds; place: RegionPlace }, WorkbookError>> => {
    const name = request.sheet ?? activeName();
    if (name === undefined) return fail({ kind: "emptySheet", sheet: book.fileName });
    const found = sheetEntry(name);
    if (!found.ok) return found;
    const part = found.value.part;
    if (!part || !pkg.archive.byName.has(part)) return fail({ kind: "emptySheet", sheet: name });
    const layout = await book.layout(name, part, () => {
      if (request.signal?.aborted) throw new Cancelled();
    });
    if (!layout.ok) return layout;
    const tables = await sheetTables(book, part);
    if (!tables.ok) return tables;
    // A file has no selection: `useSelection` reads the table or used range like any request.
    const table = tables.value[0];
    const bounds = table ? table.bounds : layout.value.used;
    if (!bounds) return fail({ kind: "emptySheet", sheet: name });
    const place: RegionPlace = {
      sheet: name,
      source: table ? { kind: "table", name: table.name } : { kind: "range" },
      top: bounds.top,
      left: bounds.left,
      date1904: pkg.date1904,
      rowCount: bounds.bottom - bounds.top + 1,
    };
    return ok({ part, bounds, place });
  };

  const readRegionBlocks = async (
    request: RegionRequest,
    open: OpenRegion,
    progress?: ProgressSink,
  ): Promise<Result<RegionPlace, WorkbookError>> => {
    try {
      const located = await locate(request);
      if (!located.ok) return located;
      const { part, bounds, place } = located.value;
      const context = await book.cellContext();
      if (!context.ok) return context;
      const layout = await book.layout(place.sheet, part);
      if (!layout.ok) return layout;
      const take = open(place);
      const head: SheetValue[][] = [];
      progress?.({ phase: "reading", done: 0, total: place.rowCount });
      try {
        await readRegionRows(book.pieces(part), context.value, {
          bounds,
          merges: layout.value.merges,
          blockRows: BLOCK_ROWS,
          take: (rows) => {
            for (let i = 0; i < rows.length && head.length < HEAD_ROWS; i++) head.push(rows[i]);
            take(rows);
          },
          onPiece: (done) => {
            if (request.signal?.aborted) throw new Cancelled();
            progress?.({ phase: "reading", done, total: place.rowCount });
          },
        });
      } catch (error) {
        if (error instanceof Cancelled) throw error;
        return fail(streamError(error, book.fileName, part, place.sheet));
      }
      progress?.({ phase: "reading", done: place.rowCount, total: place.rowCount });
      heads.set(place.sheet, { place, rows: head });
      return ok(place);
    } catch (error) {
      if (error instanceof Cancelled) return fail({ kind: "cancelled" });
      throw error;
    }
  };

  const loadSettings = async (): Promise<Result<Map<string, unknown>, WorkbookError>> => {
    if (settings) return ok(settings);
    const sheet = owned.settings === undefined ? undefined : pkg.sheets.find((s) => s.name === owned.settings);
    const read = sheet?.part ? await readSettings(book, sheet.name, sheet.part) : ok(new Map<string, unknown>());
    if (!read.ok) return read;
    settings = read.value;
    return ok(settings);
  };

  return {
    face: "xlsx",

    async listSheets(): Promise<Result<SheetList, WorkbookError>> {
      const active = activeName();
      if (active === undefined) return fail({ kind: "emptySheet", sheet: book.fileName });
      return ok({ sheets: sheetNames(), active });
    },

    async readRegion(request: RegionRequest, progress?: ProgressSink): Promise<Result<SheetRegion, WorkbookError>> {
      const keeper = regionKeeper();
      const read = await readRegionBlocks(request, () => keeper.take, progress);
      return read.ok ? ok(keeper.region(read.value)) : read;
    },

    readRegionBlocks,

    async findOccupied(sheetName: string, block: Block, limit: number): Promise<Result<readonly string[], WorkbookError>> {
      const found = sheetEntry(sheetName);
      if (!found.ok) return found;
      const part = found.value.part;
      if (!part) return ok([]);
      const layout = await book.layout(sheetName, part);
      if (!layout.ok) return layout;
      const { rightmost } = layout.value;
      let any = false;
      for (let r = block.top; r < Math.min(block.top + block.rows, rightmost.length) && !any; r++) any = rightmost[r] >= block.left;
      if (!any) return ok([]);
      const context = await book.cellContext();
      if (!context.ok) return context;
      const cells: string[] = [];
      const reading = { ...context.value, prefix: "" };
      try {
        await scanSheet(book.pieces(part), {
          head: (_t, prefix) => {
            reading.prefix = prefix;
          },
          row: (row) => {
            if (cells.length >= limit || row.row < block.top || row.row >= block.top + block.rows) return;
            for (let k = 0; k < row.count && cells.length < limit; k++) {
              const c = row.column[k];
              if (c >= block.left && c < block.left + block.columns && hasValue(row, k, reading)) cells.push(cellAddress(row.row, c));
            }
          },
          tail: () => undefined,
        });
      } catch (error) {
        return fail(streamError(error, book.fileName, part, sheetName));
      }
      return ok(cells);
    },

    async writeColumns(write: ColumnsWrite, progress?: ProgressSink): Promise<Result<void, WorkbookError>> {
      const found = sheetEntry(write.sheet);
      if (!found.ok) return found;
      // The cells are written when the file is saved (see `save`), which reports that progress.
      edits.columns = { write };
      progress?.({ phase: "writing", done: 0, total: write.rowCount });
      return ok(undefined);
    },

    async writeSummary(write: SummaryWrite): Promise<Result<SummaryReport, WorkbookError>> {
      if (hidden.has(write.dataSheet)) return fail({ kind: "sheetNotFound", sheet: write.dataSheet, sheets: sheetNames() });
      const head = heads.get(write.dataSheet);
      edits.summary = { write, headRows: head?.rows ?? [], headTop: head?.place.top ?? 0, headLeft: head?.place.left ?? 0 };
      return ok(write.pivot.rowCount > 0 ? { kind: "pivot" } : { kind: "formulas" });
    },

    async writePlanSheet(write: PlanSheetWrite): Promise<Result<PlanSheetReport, WorkbookError>> {
      // Over the sheet the marker points at, unless that is a sheet this run reads (then a fresh one, under a free name).
      const earlier = owned[write.kind];
      const fresh = earlier === undefined || heads.has(earlier);
      const plans = (edits.plans ??= new Map());
      const taken = [...pkg.sheets.map((s) => s.name), ...[...plans.values()].map((p) => p.write.sheetName)];
      const sheetName = fresh ? freeSheetName(write.sheetName, taken) : earlier;
      plans.set(write.kind, { write: { ...write, sheetName }, fresh });
      return ok({ sheet: sheetName });
    },

    async loadSetting(key: string): Promise<Result<unknown, WorkbookError>> {
      const all = await loadSettings();
      if (!all.ok) return all;
      return ok(edits.settings.has(key) ? edits.settings.get(key) : all.value.get(key));
    },

    async saveSetting(key: string, value: unknown): Promise<Result<void, WorkbookError>> {
      const all = await loadSettings();
      if (!all.ok) return all;
      edits.settings.set(key, value);
      return ok(undefined);
    },

    async save(sink: ByteSink, progress?: ProgressSink): Promise<Result<void, WorkbookError>> {
      const all = await loadSettings();
      if (!all.ok) return all;
      const settings = new Map([...all.value, ...edits.settings]);
      return saveWorkbook(book, { ...edits, settings, settingsChanged: edits.settings.size > 0 }, owned, sink, progress);
    },
  };
}
