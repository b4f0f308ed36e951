import { readCsvRecords } from "../../files/csv/reader";
import { NewWorkbookWriter } from "../../files/xlsx/newWorkbook";
import { platformCodec } from "../../files/zip/codec";
import { concatBytes } from "../../files/zip/bytes";
import { sheetNameFor } from "../../files/sheetName";

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/**
 * An .xlsx file's bytes with one sheet holding a csv file's records as text
 * cells (the engine reads text amounts and dates itself, in the file's own
 * formats). The delimiter (",", ";" or tab) is detected by the shared csv
 * reader. The workbook is then segmented like any other.
 *
 * @example
 * const bytes = await csvWorkbook("Cliente;Saldo\nAcme;1.234,56", "cartera.csv"); // sheet "cartera", B2 = "1.234,56"
 */
export async function csvWorkbook(text: string, fileName: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const book = await NewWorkbookWriter.start({ write: (bytes) => void chunks.push(bytes) }, platformCodec, sheetNameFor(fileName));
  for await (const record of readCsvRecords(once(text))) await book.row(record.cells);
  await book.finish();
  return concatBytes(chunks);
}
