import ExcelJS from "exceljs";
import { readCsvRecords } from "../../files/csv/reader";
import { sheetNameFor } from "../../files/sheetName";

export { sheetNameFor };

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/**
 * A workbook with one sheet holding a csv file's records as text cells (the
 * engine reads text amounts and dates itself, in the file's own formats). The
 * delimiter (",", ";" or tab) is detected by the CLI's RFC 4180 reader, which
 * imports nothing from Node.
 *
 * @example
 * const workbook = await csvWorkbook("Cliente;Saldo\nAcme;1.234,56", "cartera.csv");
 * workbook.getWorksheet("cartera")!.getCell("B2").value //=> "1.234,56"
 */
export async function csvWorkbook(text: string, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetNameFor(fileName));
  for await (const record of readCsvRecords(once(text))) sheet.addRow(record.cells);
  return workbook;
}
