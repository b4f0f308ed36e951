import { fail, ok, type Result } from "../../engine/result";
import { quoteProblem, type WorkbookError } from "../../workbook/errors";
import { encodingOf } from "../../files/csv/encoding";
import { CsvQuoteError } from "../../files/csv/splitter";
import { sheetNameFor } from "../../files/sheetName";
import { XlsxBook } from "../../xlsx/book";
import { createXlsxPort, type XlsxPort } from "../../xlsx/xlsxPort";
import { csvWorkbook } from "./csvWorkbook";

/** The file types the page opens (the file input's `accept`). */
export const ACCEPTED_FILES = ".xlsx,.xlsm,.csv";

export interface OpenedWorkbook {
  readonly port: XlsxPort;
  readonly fileName: string;
  /** The name of the file to download: "ledger.csv" → "ledger-segmented.xlsx". */
  readonly downloadName: string;
}

/**
 * Opens a chosen file through the xlsx port: .xlsx as it is (its bytes held
 * compressed, its sheet streamed when read), .csv as a one-sheet workbook.
 * Anything else is an `unsupportedFile` error; a file that only claims to be
 * a workbook is an error naming what it is.
 */
export async function openWorkbook(file: Pick<File, "name" | "arrayBuffer">): Promise<Result<OpenedWorkbook, WorkbookError>> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  const downloadName = segmentedName(file.name);
  let bytes: Uint8Array;
  let activeSheet: string | undefined;
  if (extension === "csv") {
    try {
      // A UTF-16 file says so with its byte-order mark; any other is read as UTF-8.
      const raw = new Uint8Array(await file.arrayBuffer());
      bytes = await csvWorkbook(new TextDecoder(encodingOf(raw)).decode(raw), file.name);
      activeSheet = sheetNameFor(file.name);
    } catch (error) {
      if (error instanceof CsvQuoteError) return fail(quoteProblem(file.name, error));
      return fail({ kind: "unreadableFile", file: file.name, detail: error instanceof Error ? error.message : String(error) });
    }
  } else if (extension === "xlsx" || extension === "xlsm") bytes = new Uint8Array(await file.arrayBuffer());
  else return fail({ kind: "unsupportedFile", file: file.name });
  const book = await XlsxBook.open(bytes, { fileName: file.name });
  if (!book.ok) return book;
  return ok({ port: createXlsxPort(book.value, { activeSheet }), fileName: file.name, downloadName });
}

/**
 * @example segmentedName("AR June.xlsx") //=> "AR June-segmented.xlsx"
 * @example segmentedName("Macros.xlsm") //=> "Macros-segmented.xlsm"
 */
export function segmentedName(fileName: string): string {
  const kept = /\.xlsm$/i.test(fileName) ? ".xlsm" : ".xlsx";
  return `${fileName.replace(/\.[^.]*$/, "") || "workbook"}-segmented${kept}`;
}
