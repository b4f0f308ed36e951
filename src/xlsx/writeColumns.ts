import type ExcelJS from "exceljs";
import { columnLetters } from "../engine/address";
import type { ColumnsWrite, ProgressSink } from "../workbook/port";
import { parseRange, tablesOf, type TableModel } from "./region";

const PROGRESS_EVERY = 5000;

/**
 * Writes the output columns into a sheet: header texts, then one value per
 * data row (text stays text: ExcelJS writes a string as a string cell, never
 * as a formula), the Score as a whole number, and a fill per priority.
 * When the data is an Excel table the table grows to take in the new columns.
 */
export function writeColumnsTo(worksheet: ExcelJS.Worksheet, write: ColumnsWrite, progress?: ProgressSink): void {
  const headerRow = worksheet.getRow(write.headerRow + 1);
  const tableNames = write.source.kind === "table" ? extendTable(worksheet, write.source.name, write) : undefined;
  write.headers.forEach((header, i) => {
    const cell = headerRow.getCell(write.column + i + 1);
    cell.value = tableNames?.[i] ?? header;
    cell.font = { ...cell.font, bold: true };
  });

  const scoreIndex = write.headers.indexOf("Score");
  const total = write.rowCount;
  for (let start = 0; start < total; start += PROGRESS_EVERY) {
    const block = write.rowsAt(start, Math.min(PROGRESS_EVERY, total - start));
    block.forEach((values, k) => {
      const row = worksheet.getRow(write.headerRow + 2 + start + k);
      for (let i = 0; i < write.headers.length; i++) {
        const cell = row.getCell(write.column + i + 1);
        const value = values[i];
        cell.value = value === undefined ? null : value;
        if (i === scoreIndex && typeof value === "number") cell.numFmt = "0";
      }
    });
    if (start + block.length < total) progress?.({ phase: "writing", done: start + block.length, total });
  }
  progress?.({ phase: "writing", done: total, total });

  if (total > 0 && write.priorityIndex >= 0) formatPriorities(worksheet, write);
}

/** Fill colours from "work first" (red) through amber to "no hurry" (green): Excel's Bad / Neutral / Good fills. */
const RED = [0xff, 0xc7, 0xce];
const AMBER = [0xff, 0xeb, 0x9c];
const GREEN = [0xc6, 0xef, 0xce];

export function priorityColour(priority: number, maxPriority: number): string {
  const t = maxPriority <= 1 ? 0 : (priority - 1) / (maxPriority - 1);
  const [from, to, u] = t <= 0.5 ? [RED, AMBER, t * 2] : [AMBER, GREEN, (t - 0.5) * 2];
  const mix = from.map((c, k) => Math.round(c + (to[k] - c) * u));
  return `FF${mix.map((c) => c.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
}

/** Replaces this add-in's earlier priority formats (same column, same first row) with fresh ones on the used rows. */
function formatPriorities(worksheet: ExcelJS.Worksheet, write: ColumnsWrite): void {
  const letters = columnLetters(write.column + write.priorityIndex);
  const first = write.headerRow + 2;
  const ref = `${letters}${first}:${letters}${first + write.rowCount - 1}`;
  const ours = new RegExp(`^\\$?${letters}\\$?${first}:\\$?${letters}\\$?\\d+$`);
  worksheet.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !ours.test(cf.ref));
  const max = Math.max(1, Math.min(write.maxPriority, 50));
  const rules: ExcelJS.ConditionalFormattingRule[] = [];
  for (let p = 1; p <= max; p++) {
    rules.push({
      type: "cellIs",
      operator: "equal",
      formulae: [String(p)],
      priority: p,
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: priorityColour(p, max) } } },
    });
  }
  worksheet.addConditionalFormatting({ ref, rules });
}

/**
 * Grows the table so the output columns become table columns, by editing the
 * model ExcelJS writes back (its `addColumn` only works on tables built in the
 * same session). Returns the column names used, unique within the table, or
 * undefined when the output does not touch the table's right edge (then the
 * columns are plain cells beside it).
 */
function extendTable(worksheet: ExcelJS.Worksheet, name: string, write: ColumnsWrite): (string | undefined)[] | undefined {
  const table = tablesOf(worksheet).find((t) => t.name === name);
  const bounds = table?.tableRef ? parseRange(table.tableRef) : undefined;
  if (!table || !bounds || bounds.top !== write.headerRow) return undefined;
  const lastOutput = write.column + write.headers.length - 1;
  if (write.column > bounds.right + 1 || lastOutput <= bounds.right) {
    return write.column >= bounds.left && lastOutput <= bounds.right ? tableColumnNames(table, bounds.left, write) : undefined;
  }
  const taken = new Set(table.columns.map((c) => c.name.toLowerCase()));
  const filterButton = table.columns[0]?.filterButton ?? true;
  for (let col = bounds.right + 1; col <= lastOutput; col++) {
    let columnName = write.headers[col - write.column];
    for (let n = 2; taken.has(columnName.toLowerCase()); n++) columnName = `${write.headers[col - write.column]} ${n}`;
    taken.add(columnName.toLowerCase());
    table.columns.push({ name: columnName, filterButton });
  }
  const right = columnLetters(lastOutput);
  table.tableRef = `${columnLetters(bounds.left)}${bounds.top + 1}:${right}${bounds.bottom + 1}`;
  if (table.autoFilterRef) {
    const filter = parseRange(table.autoFilterRef);
    if (filter) table.autoFilterRef = `${columnLetters(filter.left)}${filter.top + 1}:${right}${filter.bottom + 1}`;
  }
  return tableColumnNames(table, bounds.left, write);
}

/** The header texts must equal the table's column names, or Excel repairs the file. */
function tableColumnNames(table: TableModel, left: number, write: ColumnsWrite): (string | undefined)[] {
  return write.headers.map((_, i) => table.columns[write.column + i - left]?.name);
}
