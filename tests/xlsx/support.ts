import ExcelJS from "exceljs";
import { readWorkbookFile, writeWorkbookBuffer } from "../../src/xlsx/files";

/** Writes a workbook to .xlsx bytes and reads it back, as a file would travel. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = await readWorkbookFile(await writeWorkbookBuffer(workbook));
  if (!loaded.ok) throw new Error(`round trip failed: ${JSON.stringify(loaded.error)}`);
  return loaded.value;
}

/** A workbook with one sheet holding `rows` from A1 (or from `origin`). */
export function workbookWith(name: string, rows: readonly (readonly unknown[])[], origin = { row: 1, column: 1 }): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      sheet.getCell(origin.row + r, origin.column + c).value = value as ExcelJS.CellValue;
    }),
  );
  return workbook;
}

/** Values of a sheet's block, 1-based inclusive, as ExcelJS holds them. */
export function valuesOf(sheet: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): unknown[][] {
  const out: unknown[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: unknown[] = [];
    for (let c = left; c <= right; c++) row.push(sheet.getCell(r, c).value);
    out.push(row);
  }
  return out;
}
