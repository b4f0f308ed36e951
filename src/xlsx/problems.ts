import { ZipTooLargeError } from "../files/zip/zipWriter";
import type { OpenProblem } from "../files/xlsx/workbookPackage";
import { inflateProblem } from "../files/xlsx/workbookPackage";
import { PastGridError, SheetXmlError } from "../files/xlsx/sheetScanner";
import type { WorkbookError } from "../workbook/errors";

/**
 * The WorkbookError of a file that could not be opened as a workbook.
 *
 * @example
 * openProblemError({ kind: "notAWorkbook", nature: "ods" }, "ledger.xlsx") //=> { kind: "notAWorkbook", file: "ledger.xlsx", nature: "ods" }
 */
export function openProblemError(problem: OpenProblem, file: string): WorkbookError {
  switch (problem.kind) {
    case "notAWorkbook":
      return { kind: "notAWorkbook", file, nature: problem.nature };
    case "encrypted":
      return { kind: "encryptedWorkbook", file };
    case "damaged":
      return { kind: "damagedWorkbook", file, defect: problem.defect, part: problem.part };
    case "tooLarge":
      return { kind: "partTooLarge", file, part: problem.part, limit: problem.limit };
  }
}

/**
 * The WorkbookError a failure while streaming a part stands for (a damaged or
 * oversized part, a sheet past Excel's grid, XML that is not SpreadsheetML);
 * rethrows anything else, which is a bug and not bad input.
 */
export function streamError(error: unknown, file: string, part: string, sheet: string): WorkbookError {
  if (error instanceof PastGridError) return { kind: "pastExcelGrid", file, sheet, row: error.rows, column: error.columns };
  if (error instanceof SheetXmlError) return { kind: "damagedWorkbook", file, defect: "badXml", part };
  if (error instanceof ZipTooLargeError) return { kind: "outputNotWritable", file, detail: error.message };
  return openProblemError(inflateProblem(error, part), file);
}
