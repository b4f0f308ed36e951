/**
 * The workbook the double holds between syncs: plain data, no proxies. The
 * proxies (range.ts, worksheet.ts, …) read and change this only when
 * `context.sync()` runs their queued actions.
 */
import type { CellValue } from "../../src/engine/cell";

/** 0-based rectangle on a sheet. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** The value Excel hands back through `Range.values`: never null or Date. */
export type StoredValue = string | number | boolean;

export interface TableState {
  name: string;
  /** The whole table: header row + data body (no totals row in the double). */
  rect: Rect;
  columnNames: string[];
}

export interface ConditionalFormatState {
  readonly rect: Rect;
  readonly type: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
  fontColor?: string;
}

export interface DataHierarchyState {
  readonly field: string;
  /** "Automatic" until set; Excel then shows Sum for numbers, Count for text. */
  summarizeBy: string;
  name: string;
  nameSetByUser: boolean;
}

export interface PivotState {
  name: string;
  /** The source sheet itself: a pivot follows its source through a rename. */
  readonly sourceSheet: SheetState;
  readonly sourceRect: Rect;
  readonly sourceTable?: string;
  readonly destination: { readonly row: number; readonly column: number };
  readonly fields: readonly string[];
  /** The pivot cache: the source's data rows as they were when the pivot was created or last refreshed. */
  cache: StoredValue[][];
  readonly rowHierarchies: string[];
  readonly columnHierarchies: string[];
  readonly dataHierarchies: DataHierarchyState[];
}

/** A defined name (workbook.names): what it points at, or nothing once its sheet is deleted (#REF!). */
export interface NamedItemState {
  readonly name: string;
  /** Undefined once the sheet it pointed at was deleted: the name then reads "=#REF!…". */
  sheet: SheetState | undefined;
  readonly rect: Rect;
  visible: boolean;
  readonly comment: string;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface ChartState {
  readonly type: string;
  readonly sourceRect: Rect;
  readonly seriesBy: string;
  title?: string;
  position?: { start: string; end?: string };
}

export interface SheetState {
  readonly id: number;
  name: string;
  /** Row-major values; a missing row or cell is empty (""). Seed arrays are adopted, not copied. */
  rows: (StoredValue[] | undefined)[];
  /** Formulas by cell key (row * COLUMN_SPAN + column). */
  readonly formulas: Map<number, string>;
  readonly numberFormats: Map<number, string>;
  /** Number formats given to whole columns (column index → format): a cell without its own format takes its column's. */
  readonly columnFormats: Map<number, string>;
  /** Cells written with a leading apostrophe: text with the quote-prefix style. */
  readonly quotePrefix: Set<number>;
  /** Column widths in points, set by `format.columnWidth` or by autofit (from the content autofit measured). */
  readonly columnWidths: Map<number, number>;
  readonly autofitColumns: Set<number>;
  /** Cells given `format.font.bold = true` (cell keys). */
  readonly boldCells: Set<number>;
  protected: boolean;
  visibility: SheetVisibility;
  readonly tables: TableState[];
  readonly conditionalFormats: ConditionalFormatState[];
  readonly pivots: PivotState[];
  readonly charts: ChartState[];
}

export type ApiVersion = "1.7" | "1.8" | "1.9" | "1.16";

export interface BookStats {
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  /** Calls to suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync. */
  suspendCalls: number;
  /** Of those, calls to suspendScreenUpdatingUntilNextSync: each one is a repaint freeze and thaw (flicker). */
  screenSuspends: number;
  /** Syncs refused for their payload (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). */
  refusedSyncs: number;
  /** application.calculate calls: each recalculates every workbook open in Excel, not only this one. */
  applicationCalculations: number;
  /** worksheet.calculate calls, by sheet name. */
  readonly sheetCalculations: string[];
}

export interface BookState {
  readonly sheets: SheetState[];
  active: SheetState;
  /** The selected cells: one area, or several (Ctrl+click). */
  selection?: { sheet: SheetState; areas: readonly Rect[] };
  readonly names: NamedItemState[];
  readonly settings: Map<string, unknown>;
  readonly apiVersion: ApiVersion;
  readonly payloadLimitBytes: number;
  readonly maxCellsPerGet: number;
  readonly date1904: boolean;
  /** Excel's AutoCorrect option "Include new rows and columns in table" (on unless the user turned it off). */
  readonly tableAutoExpand: boolean;
  /** True while the user is typing in a cell: every sync fails (InvalidOperationInCellEditMode). */
  cellEditMode: boolean;
  /**
   * Sheets whose formulas may be stale: every sheet, once values were written while API
   * calculation was suspended, until each is recalculated (worksheet.calculate) or the
   * application recalculates.
   */
  readonly staleSheets: Set<SheetState>;
  /** True during the sync after suspendApiCalculationUntilNextSync. */
  calculationSuspended: boolean;
  /** Commands made to fail (by location, e.g. "PivotTableCollection.add") with an error code, once each. */
  readonly failures: Map<string, string>;
  readonly stats: BookStats;
  /** Runs at the start of every sync, before the queue is applied (to delete a sheet mid-run, …). */
  beforeSync?: (syncNumber: number) => void;
  nextSheetId: number;
}

/** Columns per row in a cell key; Excel has 16,384 columns. */
export const COLUMN_SPAN = 16384;
export const cellKey = (row: number, column: number): number => row * COLUMN_SPAN + column;

/** Converts a seed value to what Excel would hold: Date → serial, null → "". */
export function storedValue(value: CellValue): StoredValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / 86400000 + 25569;
  return value;
}

export function readCell(sheet: SheetState, row: number, column: number): StoredValue {
  const cells = sheet.rows[row];
  if (!cells) return "";
  const v = cells[column];
  return v === undefined ? "" : v;
}

export function writeCell(sheet: SheetState, row: number, column: number, value: StoredValue): void {
  let cells = sheet.rows[row];
  if (!cells) {
    cells = [];
    sheet.rows[row] = cells;
  }
  while (cells.length < column) cells.push("");
  cells[column] = value;
}

/** Rows and columns of a worksheet (Excel's grid: 1,048,576 × 16,384). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** The number format a cell shows with: its own, else its column's, else General. */
export function numberFormatOf(sheet: SheetState, row: number, column: number): string {
  return sheet.numberFormats.get(cellKey(row, column)) ?? sheet.columnFormats.get(column) ?? "General";
}

/**
 * The used range (Worksheet.getUsedRange, "Excel.Worksheet" reference): "the smallest range that
 * encompasses any cells that have a value or formatting assigned to them"; with `valuesOnly`,
 * "considers only cells with values as used cells (ignoring formatting)". A formula cell counts
 * as a value even when it shows "" (it is not empty). Undefined when nothing is used.
 */
export function usedRect(sheet: SheetState, valuesOnly = true): Rect | undefined {
  let top = -1;
  let bottom = -1;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  const take = (r: number, c: number): void => {
    if (top < 0 || r < top) top = r;
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
  };
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    let first = -1;
    let last = -1;
    for (let c = 0; c < cells.length; c++) {
      if (cells[c] !== "" && cells[c] !== undefined) {
        if (first < 0) first = c;
        last = c;
      }
    }
    if (first < 0) continue;
    // Inline (this loop runs over every row of a million-row sheet).
    if (top < 0) top = r;
    bottom = r;
    if (first < left) left = first;
    if (last > right) right = last;
  }
  for (const key of sheet.formulas.keys()) take(Math.floor(key / COLUMN_SPAN), key % COLUMN_SPAN);
  if (!valuesOnly) {
    for (const key of sheet.numberFormats.keys()) take(Math.floor(key / COLUMN_SPAN), key % COLUMN_SPAN);
    for (const c of sheet.columnFormats.keys()) {
      take(0, c);
      take(SHEET_ROWS - 1, c);
    }
  }
  for (const t of sheet.tables) {
    // A table's header row always holds text, so its range counts as used.
    take(t.rect.top, t.rect.left);
    take(t.rect.top + t.rect.rows - 1, t.rect.left + t.rect.columns - 1);
  }
  if (top < 0) return undefined;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.columns && b.left < a.left + a.columns && a.top < b.top + b.rows && b.top < a.top + a.rows;
}

/** The cells two rectangles share, or undefined when they share none. */
export function intersection(a: Rect, b: Rect): Rect | undefined {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.columns, b.left + b.columns);
  return bottom > top && right > left ? { top, left, rows: bottom - top, columns: right - left } : undefined;
}
