import type ExcelJS from "exceljs";
import { fail, ok, type Result } from "../../engine/result";
import type { WorkbookError } from "../../workbook/errors";
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
export async function openWorkbook(file: Pick<File, "name" | "arrayBuffer" | "text">): Promise<Result<OpenedWorkbook, WorkbookError>> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  const downloadName = segmentedName(file.name);
  if (extension === "csv") {
    try {
      return ok({ workbook: await csvWorkbook(await file.text(), file.name), fileName: file.name, downloadName });
    } catch (error) {
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
