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
  readonly sourceSheet: string;
  readonly sourceRect: Rect;
  readonly sourceTable?: string;
  readonly destination: { readonly row: number; readonly column: number };
  readonly fields: readonly string[];
  readonly rowHierarchies: string[];
  readonly columnHierarchies: string[];
  readonly dataHierarchies: DataHierarchyState[];
}

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
  /** Cells written with a leading apostrophe: text with the quote-prefix style. */
  readonly quotePrefix: Set<number>;
  readonly columnWidths: Map<number, number>;
  readonly autofitColumns: Set<number>;
  protected: boolean;
  readonly tables: TableState[];
  readonly conditionalFormats: ConditionalFormatState[];
  readonly pivots: PivotState[];
  readonly charts: ChartState[];
}

export type ApiVersion = "1.7" | "1.8" | "1.16";

export interface BookStats {
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  /** Calls to suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync. */
  suspendCalls: number;
}

export interface BookState {
  readonly sheets: SheetState[];
  active: SheetState;
  selection?: { sheet: SheetState; rect: Rect };
  readonly settings: Map<string, unknown>;
  readonly apiVersion: ApiVersion;
  readonly payloadLimitBytes: number;
  readonly maxCellsPerGet: number;
  readonly date1904: boolean;
  /** True while the user is typing in a cell: every sync fails (InvalidOperationInCellEditMode). */
  cellEditMode: boolean;
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

/** The smallest rectangle holding every non-empty value (Worksheet.getUsedRange(true)), or undefined. */
export function usedRect(sheet: SheetState): Rect | undefined {
  let top = -1;
  let bottom = -1;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
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
    if (top < 0) top = r;
    bottom = r;
    left = Math.min(left, first);
    right = Math.max(right, last);
  }
  for (const t of sheet.tables) {
    // A table's header row always holds text, so its range counts as used.
    if (top < 0 || t.rect.top < top) top = t.rect.top;
    bottom = Math.max(bottom, t.rect.top + t.rect.rows - 1);
    left = Math.min(left, t.rect.left);
    right = Math.max(right, t.rect.left + t.rect.columns - 1);
  }
  if (top < 0) return undefined;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.columns && b.left < a.left + a.columns && a.top < b.top + b.rows && b.top < a.top + a.rows;
}
