import type { CellValue, Grid } from "../engine/cell";
import type { Summary } from "../engine/summary/types";
import type { ReadingReport } from "../engine/reading";
import type { RunTexts } from "../engine/messages";
import type { Result } from "../engine/result";
import type { SummaryNote, WorkbookError } from "./errors";
import type { SheetPlan } from "./sheetPlan";

/**
 * The one interface every workbook face implements: the Office.js adapter
 * (src/excel) and the xlsx file adapter (src/xlsx). The orchestration in
 * `segmentWorkbook.ts` is written against this and nothing else.
 *
 * Coordinates are 0-based sheet rows and columns; adapters turn them into A1
 * addresses. Expected failures come back as `WorkbookError` values.
 */
export interface WorkbookPort {
  /** Which face this is, for messages ("Excel", "the workbook file"). */
  readonly face: "excel" | "xlsx";

  /** Names of the worksheets, in tab order, and the active one. */
  listSheets(): Promise<Result<SheetList, WorkbookError>>;

  /**
   * Reads the data region of a sheet: its first Excel Table if it has one, else
   * the used range (or the current selection when asked). Values only.
   */
  readRegion(request: RegionRequest, progress?: ProgressSink): Promise<Result<SheetRegion, WorkbookError>>;

  /**
   * Reads the same region as `readRegion` without keeping it: `open` is told
   * where the region stands before any row is read and returns what takes the
   * rows, which it is then handed block by block, in order (as Excel returns
   * them). A large sheet is never held whole.
   */
  readRegionBlocks(request: RegionRequest, open: OpenRegion, progress?: ProgressSink): Promise<Result<RegionPlace, WorkbookError>>;

  /** Addresses (A1) of non-empty cells in a block, at most `limit` of them. */
  findOccupied(sheet: string, block: Block, limit: number): Promise<Result<readonly string[], WorkbookError>>;

  /** Writes the output columns (values first, then formats). */
  writeColumns(write: ColumnsWrite, progress?: ProgressSink): Promise<Result<void, WorkbookError>>;

  /** Creates or replaces the summary sheet. */
  writeSummary(write: SummaryWrite): Promise<Result<SummaryReport, WorkbookError>>;

  /**
   * Creates or replaces one of the product's sheets written whole (the
   * Backtest or Compare sheet) from a plan: over the sheet its marker points
   * at, else under `sheetName` or a free variant of it. Never a user's sheet.
   */
  writePlanSheet(write: PlanSheetWrite): Promise<Result<PlanSheetReport, WorkbookError>>;

  /** The stored configuration document, or undefined when none is saved. */
  loadSetting(key: string): Promise<Result<unknown, WorkbookError>>;
  saveSetting(key: string, value: unknown): Promise<Result<void, WorkbookError>>;
}

export interface SheetList {
  readonly sheets: readonly string[];
  readonly active: string;
}

export interface RegionRequest {
  /** Sheet name; the active sheet when absent. */
  readonly sheet?: string;
  /** Read the current selection instead of the table / used range (Excel only). */
  readonly useSelection?: boolean;
  readonly signal?: AbortSignal;
}

export type RegionSource = { readonly kind: "table"; readonly name: string } | { readonly kind: "range" };

export interface SheetRegion {
  readonly sheet: string;
  readonly source: RegionSource;
  /** Sheet row and column of values[0][0]. */
  readonly top: number;
  readonly left: number;
  readonly values: Grid;
  /** The workbook uses the 1904 date system. */
  readonly date1904: boolean;
}

/** Where a region stands and how many rows it has, without its values. */
export type RegionPlace = Omit<SheetRegion, "values"> & { readonly rowCount: number };

/** Takes a region's place and returns what takes its rows, a block at a time. */
export type OpenRegion = (place: RegionPlace) => (rows: Grid) => void;

/**
 * Keeps the blocks of a `readRegionBlocks` read, to answer as `readRegion`
 * does: hand `take` the blocks, then `region` the place the read returned.
 */
export function regionKeeper(): { readonly take: (rows: Grid) => void; region(place: RegionPlace): SheetRegion } {
  const values: (readonly CellValue[])[] = [];
  return {
    take: (rows) => {
      for (const row of rows) values.push(row);
    },
    region: ({ rowCount: _rows, ...place }) => ({ ...place, values }),
  };
}

export interface Block {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export type OutputCell = string | number | null;

export interface ColumnsWrite {
  readonly sheet: string;
  readonly source: RegionSource;
  /** Sheet row of the header row, and the column of the first output column. */
  readonly headerRow: number;
  readonly column: number;
  readonly headers: readonly string[];
  /** Data rows (sheet rows headerRow+1 …). */
  readonly rowCount: number;
  /** Data rows [start, start + count), each `headers.length` long, built when asked: a run never holds them all. */
  rowsAt(start: number, count: number): (readonly OutputCell[])[];
  /** Index within `headers` of the Priority column, for its conditional formatting. */
  readonly priorityIndex: number;
  /** Highest priority number in use, for the colour scale. */
  readonly maxPriority: number;
}

/**
 * The `rowCount` and `rowsAt` of a `ColumnsWrite` over rows already built.
 *
 * @example
 * ({ ...columnsAt, ...outputRows([["Current", 6, "None", 80, "…", "Current"]]) })
 */
export function outputRows(rows: readonly (readonly OutputCell[])[]): Pick<ColumnsWrite, "rowCount" | "rowsAt"> {
  return { rowCount: rows.length, rowsAt: (start, count) => rows.slice(start, start + count) };
}

export interface SummaryWrite {
  /** The name the summary sheet is given (another, free one when a sheet of the user's has it). */
  readonly sheetName: string;
  /** The data the summary is built over (header row included, output columns included). */
  readonly dataSheet: string;
  readonly dataSource: RegionSource;
  readonly dataBlock: Block;
  /** Header texts of the columns the pivot / formulas use. */
  readonly segmentHeader: string;
  readonly bucketHeader: string;
  readonly balanceHeader: string;
  /**
   * A column filled on every segmented row, which the pivot counts. Never one on an axis:
   * a field in rows and in values at once is not something every Excel build accepts.
   */
  readonly countHeader: string;
  readonly summary: Summary;
  /** The words of the run's language: every label the summary sheet writes (its headings, KPIs, notes, chart and pivot captions). */
  readonly texts: RunTexts;
  /** What the run read, recorded on the summary sheet so the next reader sees every guess. */
  readonly reading: ReadingReport;
  /** The segmented rows the PivotTable is built over (design note D1). */
  readonly pivot: PivotRows;
}

/** The PivotTable's columns, in order, as an English run names them (a run in another language names them in it: `RunTexts.summary.pivotHeaders`). */
export const PIVOT_HEADERS = ["Segment", "Aging Bucket", "Open Balance"] as const;
/** The PivotTable's three column names: segment, aging bucket, open balance. */
export type PivotHeaders = readonly [segment: string, bucket: string, openBalance: string];

/** One row of the PivotTable's source: segment, aging bucket, open balance. */
export type PivotRow = readonly [segment: string, bucket: string, openBalance: number];

/**
 * The source of the summary's PivotTable (design note D1): the segmented rows
 * only (no title, header, blank, total or skipped row), each as its segment,
 * aging bucket and the engine's open balance, handed over a block at a time as
 * `ColumnsWrite.rowsAt` does. A face writes them, under `PIVOT_HEADERS`, from
 * A1 of a hidden sheet it owns, and builds the pivot over that sheet, so the
 * pivot's totals are the KPIs' totals.
 */
export interface PivotRows {
  /** The name the hidden data sheet is given (another, free one when a sheet of the user's has it). */
  readonly sheetName: string;
  readonly headers: PivotHeaders;
  readonly rowCount: number;
  /** Rows [start, start + count), built when asked. */
  rowsAt(start: number, count: number): PivotRow[];
  /** Segment items in the summary's order: by priority, segments without one last. */
  readonly segmentOrder: readonly string[];
  /** Aging bucket items in bucket order: Current, 1-30, …, then Paid. */
  readonly bucketOrder: readonly string[];
}

export interface SummaryReport {
  /** "pivot" when a real PivotTable was created; "table" when a plain table had to do. */
  readonly kind: "pivot" | "table" | "formulas";
  /** Why a plain table was used, as a value (`describeSummaryNote` words it). */
  readonly note?: SummaryNote;
  /** The summary sheet's name, when the face chose it (it differs from `SummaryWrite.sheetName` when that was taken). */
  readonly sheet?: string;
}

/** Which of the product's whole sheets a plan is (each has its own marker, see ownedSheets.ts). */
export type PlanSheetKind = "backtest" | "compare";

export interface PlanSheetWrite {
  readonly kind: PlanSheetKind;
  /** The name the sheet is given when no earlier one of its kind is there (another, free one when a user's sheet has it). */
  readonly sheetName: string;
  readonly plan: SheetPlan;
}

export interface PlanSheetReport {
  /** The name the sheet was written under. */
  readonly sheet: string;
}

export type Phase = "reading" | "segmenting" | "writing" | "summary";

export interface Progress {
  readonly phase: Phase;
  readonly done: number;
  readonly total: number;
}

export type ProgressSink = (progress: Progress) => void;

export type { CellValue };
