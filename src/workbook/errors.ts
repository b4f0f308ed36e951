import type { EngineIssue } from "../engine/issues";
import { describeIssue } from "../engine/issues";
import { assertNever } from "../engine/result";

/**
 * Problems raised by a workbook face (Office.js or a file), as values. Their
 * messages are written here and only here; each names the sheet or file and
 * says what to do.
 */
export type WorkbookError =
  | { readonly kind: "fileNotFound"; readonly file: string }
  | { readonly kind: "unreadableFile"; readonly file: string; readonly detail: string }
  | { readonly kind: "unsupportedFile"; readonly file: string }
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
  | { readonly kind: "outputNotWritable"; readonly file: string; readonly detail: string };

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
  | { readonly kind: "missingInput" }
  | { readonly kind: "extraArgument"; readonly argument: string }
  | { readonly kind: "repeatedOption"; readonly option: string }
  | { readonly kind: "conflictingOptions"; readonly first: string; readonly second: string }
  | { readonly kind: "outputIsInput"; readonly file: string }
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
      return `Name the ledger to segment: arseg <input.xlsx|input.csv> [options].${hint}`;
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
    default:
      return assertNever(error);
  }
}
