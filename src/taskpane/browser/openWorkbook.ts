import { fail, ok, type Result } from "../../engine/result";
import type { WorkbookError } from "../../workbook/errors";
import { XlsxBook } from "../../xlsx/book";
import { createXlsxPort, type XlsxPort } from "../../xlsx/xlsxPort";
import { csvWorkbook, sheetNameFor } from "./csvWorkbook";

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
export async function openWorkbook(file: Pick<File, "name" | "arrayBuffer" | "text">): Promise<Result<OpenedWorkbook, WorkbookError>> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  const downloadName = segmentedName(file.name);
  let bytes: Uint8Array;
  let activeSheet: string | undefined;
  if (extension === "csv") {
    try {
      bytes = await csvWorkbook(await file.text(), file.name);
      activeSheet = sheetNameFor(file.name);
    } catch (error) {
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
