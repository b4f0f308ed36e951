import type { EngineIssue } from "../engine/issues";
import { describeIssue } from "../engine/issues";
import { assertNever } from "../engine/result";
import type { FileNature, PackageDefect as WorkbookDefect } from "../files/fileProblems";

/**
 * Problems raised by a workbook face (Office.js or a file), as values. Their
 * messages are written here and only here; each names the sheet or file and
 * says what to do.
 */
export type WorkbookError =
  | { readonly kind: "fileNotFound"; readonly file: string }
  | { readonly kind: "unreadableFile"; readonly file: string; readonly detail: string }
  | { readonly kind: "unsupportedFile"; readonly file: string }
  | { readonly kind: "unclosedQuote"; readonly file: string; readonly line: number }
  | { readonly kind: "quoteRunsOn"; readonly file: string; readonly line: number; readonly endLine: number }
  | { readonly kind: "sheetNotFound"; readonly sheet: string; readonly sheets: readonly string[] }
  | { readonly kind: "emptySheet"; readonly sheet: string }
  | { readonly kind: "sheetTooLarge"; readonly sheet: string; readonly cells: number; readonly limit: number }
  /** The selection has several areas (Ctrl+click); `areas` are their addresses when Excel could give them. */
  | { readonly kind: "multipleAreas"; readonly sheet: string; readonly areas: readonly string[] }
  /** The output columns would run past the sheet's last column (XFD). */
  | { readonly kind: "noRoomForColumns"; readonly sheet: string; readonly firstColumn: string; readonly columns: number }
  | { readonly kind: "columnsOccupied"; readonly sheet: string; readonly cells: readonly string[] }
  | { readonly kind: "protectedSheet"; readonly sheet: string }
  | { readonly kind: "cellEditMode"; readonly sheet: string }
  | { readonly kind: "sheetDeleted"; readonly sheet: string }
  | { readonly kind: "payloadTooLarge"; readonly sheet: string }
  | { readonly kind: "cancelled" }
  | { readonly kind: "settingsFailed"; readonly detail: string }
  | { readonly kind: "officeError"; readonly sheet: string; readonly code: string; readonly detail: string }
  | { readonly kind: "outputNotWritable"; readonly file: string; readonly detail: string }
  | { readonly kind: "outputIsLink"; readonly file: string; readonly linkTarget: string }
  | { readonly kind: "outputNotAFile"; readonly file: string }
  | { readonly kind: "outputReadOnly"; readonly file: string }
  | { readonly kind: "notAWorkbook"; readonly file: string; readonly nature: FileNature }
  | { readonly kind: "encryptedWorkbook"; readonly file: string }
  | { readonly kind: "damagedWorkbook"; readonly file: string; readonly defect: WorkbookDefect; readonly part?: string }
  | { readonly kind: "partTooLarge"; readonly file: string; readonly part: string; readonly limit: number }
  | { readonly kind: "pastExcelGrid"; readonly file: string; readonly sheet: string; readonly row: number; readonly column: number };

/**
 * The error for a csv quote that would swallow lines (the csv splitter's `CsvQuoteError`).
 *
 * @example quoteProblem("ledger.csv", { line: 7 }) //=> { kind: "unclosedQuote", file: "ledger.csv", line: 7 }
 */
export function quoteProblem(file: string, quote: { readonly line: number; readonly endLine?: number }): WorkbookError {
  return quote.endLine === undefined
    ? { kind: "unclosedQuote", file, line: quote.line }
    : { kind: "quoteRunsOn", file, line: quote.line, endLine: quote.endLine };
}

/**
 * Why the summary has a plain table instead of a PivotTable, as a value the
 * faces render with `describeSummaryNote`.
 */
export type SummaryNote =
  /** This Excel cannot create PivotTables through add-ins (ExcelApi 1.8). */
  | { readonly kind: "pivotUnsupported" }
  /** Excel refused to build the PivotTable: its error code and message. */
  | { readonly kind: "pivotFailed"; readonly code: string; readonly detail: string };

export function describeSummaryNote(note: SummaryNote): string {
  switch (note.kind) {
    case "pivotUnsupported":
      return "This version of Excel does not let add-ins create PivotTables (ExcelApi 1.8), so the summary is a plain table with the same figures.";
    case "pivotFailed":
      return `Excel could not build the PivotTable ("${note.code}": ${note.detail}), so the summary is a plain table with the same figures.`;
    default:
      return assertNever(note);
  }
}

const NATURE: Record<FileNature, string> = {
  xls: "an Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an .xlsx workbook",
  ods: "an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as an .xlsx workbook",
  opendocument: "an OpenDocument file, not a spreadsheet",
  word: "a Word document",
  powerpoint: "a PowerPoint presentation",
  zip: "a zip archive with no workbook in it",
  ole: "an OLE compound file that holds no workbook",
  text: "a text file (if it holds comma-separated values, name it .csv)",
  empty: "empty (0 bytes)",
  unknown: "not a workbook (its bytes are neither a zip archive nor text)",
};

const DEFECT: Record<WorkbookDefect, string> = {
  notZip: "it is not a zip archive",
  truncated: "it ends too early (a copy or a download that did not finish?)",
  badDirectory: "its zip directory is damaged",
  badEntry: "a part of it is damaged",
  unsupportedMethod: "a part of it is compressed in a way xlsx files never are",
  encryptedEntry: "a part of it is encrypted with a zip password",
  corrupt: "a part of it does not inflate as its zip entry says",
  missingPart: "a part every workbook has is missing",
  badXml: "a sheet's XML is not SpreadsheetML as Excel writes it",
};
/** Everything a run can end with, short of success. */
export type RunError = { readonly kind: "engine"; readonly issue: EngineIssue } | WorkbookError;

export function describeWorkbookError(error: WorkbookError): string {
  switch (error.kind) {
    case "fileNotFound":
      return `File "${error.file}" does not exist.`;
    case "unreadableFile":
      return `File "${error.file}" could not be read: ${error.detail}`;
    case "unsupportedFile":
      return `File "${error.file}" is neither an .xlsx workbook nor a .csv file.`;
    case "unclosedQuote":
      return `File "${error.file}", line ${error.line}: a quote opens a field there and is never closed, so the rest of the file would be read as one cell. Close the quote (write "" for a quote inside a quoted field) and run again.`;
    case "quoteRunsOn":
      return `File "${error.file}", line ${error.line}: a quote opens a field there that runs on to line ${error.endLine} and ends in the middle of a field, so the lines between would be read as one cell. Close the quote on line ${error.line} (write "" for a quote inside a quoted field) and run again.`;
    case "sheetNotFound":
      return `There is no sheet "${error.sheet}". Sheets: ${error.sheets.join(", ")}.`;
    case "emptySheet":
      return `Sheet "${error.sheet}" is empty.`;
    case "sheetTooLarge":
      return `Sheet "${error.sheet}" has ${error.cells.toLocaleString("en-US")} cells in its data region, more than ${error.limit.toLocaleString("en-US")}. Select the ledger's columns and use "Use selection".`;
    case "multipleAreas":
      return `Sheet "${error.sheet}": the selection has several areas${error.areas.length > 0 ? ` (${error.areas.join(", ")})` : ""}. Select one block of cells (the ledger with its header row) and use "Use selection" again; nothing was read.`;
    case "noRoomForColumns":
      return `Sheet "${error.sheet}": the ${error.columns} output columns would start at column ${error.firstColumn} and run past the last column of the sheet (XFD). Nothing was written. Select only the ledger's columns, or move the ledger left.`;
    case "columnsOccupied":
      return `Sheet "${error.sheet}": the columns right of the data are not empty (${error.cells.slice(0, 5).join(", ")}${error.cells.length > 5 ? ", …" : ""}). Nothing was written. Clear or move those cells, or allow the add-in to write there.`;
    case "protectedSheet":
      return `Sheet "${error.sheet}" is protected. Unprotect it (Review › Unprotect Sheet) and run again; nothing was changed.`;
    case "cellEditMode":
      return `Excel is editing a cell on sheet "${error.sheet}". Press Enter or Esc to leave the cell, then run again.`;
    case "sheetDeleted":
      return `Sheet "${error.sheet}" was deleted or renamed while the segmentation ran. Nothing more was written; run again on the sheet you want.`;
    case "payloadTooLarge":
      return `Sheet "${error.sheet}": Excel refused a block of data as too large even in small pieces. Run on a selection of the columns the segmentation needs.`;
    case "cancelled":
      return "Cancelled. Nothing was written.";
    case "settingsFailed":
      return `The configuration could not be saved in the workbook: ${error.detail}`;
    case "officeError":
      return `Excel reported "${error.code}" on sheet "${error.sheet}": ${error.detail}`;
    case "outputNotWritable":
      return `Output file "${error.file}" could not be written: ${error.detail}. The input was not changed.`;
    case "outputIsLink":
      return `Output "${error.file}" is a symbolic link (to "${error.linkTarget}"). Outputs are never written through a link or over one: name the file itself with --out, or remove the link. Nothing was written.`;
    case "outputNotAFile":
      return `Output "${error.file}" is a folder or a device, not a file. Choose a file name. Nothing was written.`;
    case "outputReadOnly":
      return `Output file "${error.file}" is read-only, so it is not replaced. Make it writable or choose another --out. Nothing was written.`;
    case "notAWorkbook":
      return `File "${error.file}" is not an .xlsx workbook: it is ${NATURE[error.nature]}. Nothing was written.`;
    case "encryptedWorkbook":
      return `File "${error.file}" is encrypted with a password. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save it and run again. Nothing was written.`;
    case "damagedWorkbook":
      return `File "${error.file}" is damaged: ${DEFECT[error.defect]}${error.part ? ` (${error.part})` : ""}. Open it in Excel to repair it, or export it again. Nothing was written.`;
    case "partTooLarge":
      return `File "${error.file}": part ${error.part} inflates to more than ${Math.round(error.limit / 1048576).toLocaleString("en-US")} MB, the most arseg reads (a sheet far past Excel's grid, or a zip bomb). Nothing was written.`;
    case "pastExcelGrid":
      return `Sheet "${error.sheet}" of "${error.file}" reaches ${error.row > 1048576 ? `row ${error.row.toLocaleString("en-US")}` : `column ${error.column.toLocaleString("en-US")}`}, past Excel's grid of 1,048,576 rows × 16,384 columns. Nothing was written.`;
    default:
      return assertNever(error);
  }
}

/** The message for any run error, engine or workbook. */
export function describeRunError(error: RunError): string {
  return error.kind === "engine" ? describeIssue(error.issue) : describeWorkbookError(error);
}

/**
 * Mistakes in a command line (the `arseg` CLI), as values. Their messages live
 * here with the other face messages.
 */
export type UsageError =
  | { readonly kind: "unknownOption"; readonly option: string }
  | { readonly kind: "missingValue"; readonly option: string }
  | { readonly kind: "badValue"; readonly option: string; readonly value: string; readonly allowed: readonly string[] }
  /** No input file; `command` names the sub-command (`backtest`) when it was one. */
  | { readonly kind: "missingInput"; readonly command?: string }
  /** A sub-command needs one of these options (or groups of options). */
  | { readonly kind: "requiredOption"; readonly command: string; readonly options: readonly string[] }
  | { readonly kind: "extraArgument"; readonly argument: string }
  | { readonly kind: "repeatedOption"; readonly option: string }
  | { readonly kind: "conflictingOptions"; readonly first: string; readonly second: string }
  | { readonly kind: "outputIsInput"; readonly file: string }
  | { readonly kind: "summaryNotJson"; readonly file: string }
  | { readonly kind: "sameOutput"; readonly file: string }
  /** A sub-command needs this option (or one of `alternatives`). */
  | { readonly kind: "missingOption"; readonly command: string; readonly option: string; readonly alternatives?: readonly string[] };

export function describeUsageError(error: UsageError): string {
  const hint = " Run `arseg --help` for the options.";
  switch (error.kind) {
    case "unknownOption":
      return `Unknown option "${error.option}".${hint}`;
    case "missingValue":
      return `Option ${error.option} needs a value.${hint}`;
    case "badValue":
      return `Option ${error.option} does not accept "${error.value}". Use one of: ${error.allowed.join(", ")}.`;
    case "missingInput":
      if (error.command !== undefined)
        return `Name the ledger: arseg ${error.command} <ledger.xlsx|ledger.csv> [options]. Run \`arseg ${error.command} --help\` for the options.`;
      return `Name the ledger to segment: arseg <input.xlsx|input.csv> [options].${hint}`;
    case "requiredOption":
      return `arseg ${error.command} needs ${error.options.join(", or ")}. Run \`arseg ${error.command} --help\` for the options.`;
    case "extraArgument":
      return `Unexpected argument "${error.argument}": give one input file.${hint}`;
    case "repeatedOption":
      return `Option ${error.option} is given more than once.`;
    case "conflictingOptions":
      return `Options ${error.first} and ${error.second} cannot be used together.`;
    case "outputIsInput":
      return `The output file "${error.file}" is the input file. The input is never overwritten: choose another --out.`;
    case "missingOption": {
      const options = [error.option, ...(error.alternatives ?? [])].join(" or ");
      return `arseg ${error.command} needs ${options}. Run \`arseg ${error.command} --help\` for the options.`;
    }
    case "sameOutput":
      return `Options --out and --summary-json both name "${error.file}": give each output its own file.`;
    case "summaryNotJson":
      return `Option --summary-json writes JSON: name a .json file, not "${error.file}".`;
    default:
      return assertNever(error);
  }
}
