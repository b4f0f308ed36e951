import type { EngineIssue } from "../engine/issues";
import { describeIssue } from "../engine/issues";
import type { Language } from "../engine/language";
import type { ByLanguage } from "../engine/messages/coded";
import { facesEn } from "./messages/en";
import { facesEs } from "./messages/es";
import { facesPt } from "./messages/pt";
import type { FaceTexts } from "./messages/types";
import type { FileNature, PackageDefect as WorkbookDefect } from "../files/fileProblems";

const FACE_TEXTS: ByLanguage<FaceTexts> = { en: facesEn, es: facesEs, pt: facesPt };

/**
 * Problems raised by a workbook face (Office.js or a file), as values. Their
 * messages are in messages/{en,es,pt}.ts, rendered here; each names the sheet
 * or file and says what to do.
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

/**
 * Why the summary has no PivotTable, in a language.
 *
 * @example describeSummaryNote({ kind: "pivotUnsupported" }, "es") //=> "Esta versión de Excel no permite …"
 */
export function describeSummaryNote(note: SummaryNote, language: Language = "en"): string {
  return (FACE_TEXTS[language].summaryNotes[note.kind] as (note: SummaryNote) => string)(note);
}

/** Everything a run can end with, short of success. */
export type RunError = { readonly kind: "engine"; readonly issue: EngineIssue } | WorkbookError;

/**
 * The message for a workbook or file error, in a language.
 *
 * @example describeWorkbookError({ kind: "emptySheet", sheet: "Ledger" }) //=> 'Sheet "Ledger" is empty.'
 */
export function describeWorkbookError(error: WorkbookError, language: Language = "en"): string {
  return (FACE_TEXTS[language].errors[error.kind] as (error: WorkbookError) => string)(error);
}

/**
 * The message for any run error, engine or workbook, in a language.
 *
 * @example describeRunError({ kind: "cancelled" }, "pt") //=> "Cancelado. Nada foi gravado."
 */
export function describeRunError(error: RunError, language: Language = "en"): string {
  return error.kind === "engine" ? describeIssue(error.issue, language) : describeWorkbookError(error, language);
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

/**
 * The message for a command-line mistake, in a language.
 *
 * @example describeUsageError({ kind: "repeatedOption", option: "--out" }) //=> "Option --out is given more than once."
 */
export function describeUsageError(error: UsageError, language: Language = "en"): string {
  return (FACE_TEXTS[language].usage[error.kind] as (error: UsageError) => string)(error);
}
