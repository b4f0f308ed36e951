import ExcelJS from "exceljs";
import type { CellValue } from "../../src/engine/cell";
import { XlsxBook } from "../../src/xlsx/book";
import { createXlsxPort, type XlsxPort, type XlsxPortOptions } from "../../src/xlsx/xlsxPort";
import type { PartLimits } from "../../src/files/xlsx/limits";
import { readZip, type ZipArchive } from "../../src/files/zip/zipArchive";
import { inflateWhole } from "../../src/files/zip/inflate";
import { platformCodec } from "../../src/files/zip/codec";
import { concatBytes } from "../../src/files/zip/bytes";

/** A workbook built with ExcelJS (an independent writer) as .xlsx bytes. */
export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A workbook with one sheet holding `rows` from A1 (or from `origin`). */
export function workbookWith(name: string, rows: readonly (readonly unknown[])[], origin = { row: 1, column: 1 }): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) sheet.getCell(origin.row + r, origin.column + c).value = value as ExcelJS.CellValue;
    }),
  );
  return workbook;
}

/** The xlsx port over a file's bytes. */
export async function portOf(
  bytes: Uint8Array,
  options: XlsxPortOptions & { limits?: PartLimits; fileName?: string } = {},
): Promise<XlsxPort> {
  const book = await XlsxBook.open(bytes, { fileName: options.fileName ?? "ledger.xlsx", limits: options.limits });
  if (!book.ok) throw new Error(JSON.stringify(book.error));
  return createXlsxPort(book.value, options);
}

/** What a port saves, as bytes. */
export async function savedBytes(port: XlsxPort): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const saved = await port.save({ write: (b) => void chunks.push(b.slice()) });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return concatBytes(chunks);
}

/** Bytes read back by ExcelJS, the independent reader the tests hold the output to. */
export async function loadExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** An ExcelJS cell's value as the engine would read it: a formula's result, rich text joined, an error's code. */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result as ExcelJS.CellValue | undefined);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : value.hyperlink;
  return null;
}

/** Values of a sheet's block, 1-based inclusive, "" for empty. */
export function valuesOf(sheet: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: CellValue[] = [];
    for (let c = left; c <= right; c++) {
      const v = plainValue(sheet.getCell(r, c).value);
      row.push(v === null ? "" : v);
    }
    out.push(row);
  }
  return out;
}

/** The entries of a zip's bytes. */
export function zipOf(bytes: Uint8Array): ZipArchive {
  const zip = readZip(bytes);
  if (!zip.ok) throw new Error(JSON.stringify(zip.error));
  return zip.value;
}

/** One entry's inflated text. */
export async function partXml(bytes: Uint8Array, part: string): Promise<string> {
  const zip = zipOf(bytes);
  const entry = zip.byName.get(part);
  if (!entry) throw new Error(`no part ${part}`);
  return new TextDecoder().decode(await inflateWhole(zip, entry, { codec: platformCodec, limit: 1 << 30 }));
}
