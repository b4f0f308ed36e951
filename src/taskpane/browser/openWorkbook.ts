import type ExcelJS from "exceljs";
import { fail, ok, type Result } from "../../engine/result";
import { quoteProblem, type WorkbookError } from "../../workbook/errors";
import { encodingOf } from "../../files/csv/encoding";
import { CsvQuoteError } from "../../files/csv/splitter";
import { readWorkbookFile } from "../../xlsx/files";
import { csvWorkbook } from "./csvWorkbook";

/** The file types the page opens (the file input's `accept`). */
export const ACCEPTED_FILES = ".xlsx,.csv";

export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly fileName: string;
  /** The name of the file to download: "ledger.csv" → "ledger-segmented.xlsx". */
  readonly downloadName: string;
}

/**
 * Loads a chosen file into an ExcelJS workbook: .xlsx as it is, .csv as one
 * sheet of text cells. Anything else is an `unsupportedFile` error.
 */
export async function openWorkbook(file: Pick<File, "name" | "arrayBuffer">): Promise<Result<OpenedWorkbook, WorkbookError>> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  const downloadName = segmentedName(file.name);
  if (extension === "csv") {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const text = new TextDecoder(encodingOf(bytes)).decode(bytes);
      return ok({ workbook: await csvWorkbook(text, file.name), fileName: file.name, downloadName });
    } catch (error) {
      if (error instanceof CsvQuoteError) return fail(quoteProblem(file.name, error));
      return fail({ kind: "unreadableFile", file: file.name, detail: error instanceof Error ? error.message : String(error) });
    }
  }
  if (extension !== "xlsx") return fail({ kind: "unsupportedFile", file: file.name });
  const loaded = await readWorkbookFile(await file.arrayBuffer(), file.name);
  return loaded.ok ? ok({ workbook: loaded.value, fileName: file.name, downloadName }) : loaded;
}

/**
 * @example segmentedName("AR June.xlsx") //=> "AR June-segmented.xlsx"
 */
export function segmentedName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, "") || "workbook"}-segmented.xlsx`;
}
