import ExcelJS from "exceljs";
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";

/**
 * Loads an .xlsx file's bytes into an ExcelJS workbook, in Node (a Buffer) or
 * in a browser (an ArrayBuffer from a dropped file). A file that is not an
 * xlsx workbook comes back as an `unreadableFile` error, not an exception.
 *
 * @example
 * const loaded = await readWorkbookFile(await file.arrayBuffer(), file.name);
 * if (loaded.ok) createXlsxPort(loaded.value, { fileName: file.name });
 */
export async function readWorkbookFile(
  data: ArrayBuffer | Uint8Array,
  fileName = "the workbook",
): Promise<Result<ExcelJS.Workbook, WorkbookError>> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings name Node's Buffer; at run time any ArrayBuffer view or ArrayBuffer will do.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    const detail = typeof error === "object" && error !== null && "message" in error ? String(error.message) : String(error);
    return fail({ kind: "unreadableFile", file: fileName, detail: `it is not an .xlsx workbook (${detail})` });
  }
  return ok(workbook);
}

/** The workbook as .xlsx bytes, ready to save (Node) or download (browser). */
export async function writeWorkbookBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}
