import type ExcelJS from "exceljs";
import type { CellValue } from "../engine/cell";
import type { ProgressSink } from "../workbook/port";
import { cellValueOf } from "./cellValue";

/** A block of a sheet, 0-based, bounds inclusive. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/** 0-based row and column of an A1 address ("C5" → { row: 4, column: 2 }). */
export function parseAddress(address: string): { readonly row: number; readonly column: number } | undefined {
  const match = A1.exec(address.trim().toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Bounds of an A1 range such as "B3:H120" (or a single cell). */
export function parseRange(range: string): Bounds | undefined {
  const [from, to = from] = range.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** The model of an ExcelJS table, whether it was created in this session or loaded from a file. */
export interface TableModel {
  name: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

export function tableModel(table: ExcelJS.Table): TableModel {
  // ExcelJS's typings show Table as its properties; at run time the model sits behind `.model`.
  return (table as unknown as { model: TableModel }).model;
}

/** The sheet's tables in the order ExcelJS keeps them (file order). */
export function tablesOf(worksheet: ExcelJS.Worksheet): TableModel[] {
  return (worksheet.getTables() as unknown as ExcelJS.Table[]).map(tableModel);
}

/**
 * Bounds of the cells that hold a value. Cells holding only a format don't
 * count, unlike `worksheet.dimensions`, so a formatted but empty column does
 * not widen the data region.
 */
export function usedBounds(worksheet: ExcelJS.Worksheet): Bounds | undefined {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let used = false;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (isEmptyValue(cell.value)) return;
      used = true;
      if (columnNumber - 1 < left) left = columnNumber - 1;
      if (columnNumber - 1 > right) right = columnNumber - 1;
    });
    if (used) {
      if (rowNumber - 1 < top) top = rowNumber - 1;
      bottom = rowNumber - 1;
    }
  });
  return bottom < 0 ? undefined : { top, left, bottom, right };
}

export function isEmptyValue(value: ExcelJS.CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

const PROGRESS_EVERY = 5000;

/** Reads a block as engine cell values, row by row. */
export function readBlock(
  worksheet: ExcelJS.Worksheet,
  bounds: Bounds,
  progress?: ProgressSink,
  signal?: AbortSignal,
): CellValue[][] | "cancelled" {
  const rows: CellValue[][] = [];
  const width = bounds.right - bounds.left + 1;
  const total = bounds.bottom - bounds.top + 1;
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const out: CellValue[] = new Array(width).fill(null);
    const row = worksheet.findRow(r + 1);
    if (row) {
      for (let c = 0; c < width; c++) {
        const cell = row.findCell(bounds.left + c + 1);
        if (cell) out[c] = cellValueOf(cell);
      }
    }
    rows.push(out);
    const done = rows.length;
    if (done % PROGRESS_EVERY === 0) {
      if (signal?.aborted) return "cancelled";
      progress?.({ phase: "reading", done, total });
    }
  }
  progress?.({ phase: "reading", done: total, total });
  return rows;
}
