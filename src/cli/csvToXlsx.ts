import ExcelJS from "exceljs";
import type { CellValue } from "../engine/cell";
import { readSheetHeader } from "../engine/sheetHeader";
import { FIELD_INFO, FIELDS } from "../engine/fields";
import { parseAmountCell } from "../engine/parse";
import type { Result } from "../engine/result";
import type { RunError } from "../workbook/errors";
import { createXlsxPort } from "../xlsx/xlsxWorkbook";
import * as path from "path";
import { defaultConfig } from "./config";
import type { RunContext, RunOutcome } from "./context";
import { streamCsvFile } from "./csvFile";
import { sheetNameFor } from "../files/sheetName";
import { segmentToXlsx } from "./workbookRun";

/**
 * csv → xlsx: the records become a worksheet named after the file, then the
 * workbook run adds the output columns and the summary sheet. Cells stay text,
 * except amounts in the columns detected as amounts, which become numbers so
 * the summary's SUMIFS formulas add them up; an amount that does not parse
 * stays text and the engine reports it with its cell address.
 */
export async function csvToXlsx(ctx: RunContext): Promise<Result<RunOutcome, RunError>> {
  const rows: string[][] = [];
  const read = await streamCsvFile(ctx.input, ctx.inputSize, (cells) => rows.push(cells), ctx.progress);
  if (!read.ok) return read;

  const config = ctx.config ?? defaultConfig();
  // The same reading of the header as the run's: its amount columns (and an aging summary's buckets) are written as numbers.
  const amountColumns = new Set<number>();
  const header = readSheetHeader(rows, config, sheetNameFor(ctx.input), undefined, "report");
  const headerRow = header.ok ? header.value.row : -1;
  if (header.ok) {
    const { columns } = header.value.detection;
    for (const field of FIELDS) {
      const column = columns[field];
      if (column !== undefined && FIELD_INFO[field].type === "amount") amountColumns.add(column);
    }
    if (header.value.layout.kind === "agingSummary") for (const b of header.value.layout.buckets) amountColumns.add(b.column);
  }

  const workbook = new ExcelJS.Workbook();
  const sheetName = sheetNameFor(path.basename(ctx.input));
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((cells, r) => {
    const values: CellValue[] = cells.map((text, c) => {
      if (text === "") return null;
      if (r > headerRow && headerRow >= 0 && amountColumns.has(c)) {
        const amount = parseAmountCell(text);
        if (typeof amount === "number") return amount;
      }
      return text;
    });
    sheet.addRow(values);
  });
  rows.length = 0;
  const port = createXlsxPort(workbook, { fileName: path.basename(ctx.input), activeSheet: sheetName });
  return segmentToXlsx(ctx, workbook, port, sheetName);
}
