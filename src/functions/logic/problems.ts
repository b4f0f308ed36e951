import { describeIssue, type EngineIssue } from "../../engine/issues";
import { assertNever } from "../../engine/result";
import { describeRunError, type RunError } from "../../workbook/errors";

/**
 * Everything a custom function call can go wrong with, as values. Their
 * message texts are written here and only here; the Excel error code each one
 * shows as (#VALUE! or #N/A) is decided here too.
 */
export type FunctionProblem =
  /** The engine could not segment the rows (no header match, a bad cell, a bad rule…). */
  | { readonly kind: "engine"; readonly issue: EngineIssue }
  /** The configuration saved in the workbook could not be read. */
  | { readonly kind: "config"; readonly error: RunError }
  | { readonly kind: "headersShape"; readonly rows: number; readonly columns: number }
  | { readonly kind: "widthMismatch"; readonly headers: number; readonly row: number }
  | { readonly kind: "headersNotRecognised"; readonly headers: readonly string[] }
  /** An argument or a cell holds an Excel error value (#N/A, #DIV/0!…). */
  | { readonly kind: "errorInput"; readonly argument: string; readonly error: string; readonly cell?: string }
  | { readonly kind: "badDate"; readonly argument: string; readonly text: string }
  | { readonly kind: "ambiguousDate"; readonly argument: string; readonly text: string }
  | { readonly kind: "badNumber"; readonly argument: string; readonly text: string }
  | { readonly kind: "badEdges"; readonly text: string; readonly detail: EdgesDetail };

export type EdgesDetail = "notWhole" | "firstNotZero" | "notAscending" | "tooMany";

export type FunctionProblemKind = FunctionProblem["kind"];

/** The Excel errors these functions return: #VALUE! (wrong input) and #N/A (cannot be segmented). */
export type ExcelErrorCode = "invalidValue" | "notAvailable";

/** Builds the host's error value (in Excel: `new CustomFunctions.Error(code, message)`). */
export type ErrorFactory<E> = (code: ExcelErrorCode, message: string) => E;

/** Engine issues that mean "this sheet's columns can't be segmented", shown as #N/A. */
const NOT_AVAILABLE_ISSUES: ReadonlySet<EngineIssue["kind"]> = new Set([
  "noHeader",
  "missingColumn",
  "mappedColumnNotFound",
  "unknownField",
]);

/**
 * The Excel error a problem shows as: #N/A when the row cannot be segmented
 * (its headers match no field the model needs) or the input already was #N/A,
 * #VALUE! for everything the user typed wrong.
 *
 * @example codeOf({ kind: "badNumber", argument: "avgDaysLate", text: "soon" }) //=> "invalidValue"
 */
export function codeOf(problem: FunctionProblem): ExcelErrorCode {
  switch (problem.kind) {
    case "engine":
      return NOT_AVAILABLE_ISSUES.has(problem.issue.kind) ? "notAvailable" : "invalidValue";
    case "headersNotRecognised":
      return "notAvailable";
    case "errorInput":
      return problem.error === "#N/A" ? "notAvailable" : "invalidValue";
    case "config":
    case "headersShape":
    case "widthMismatch":
    case "badDate":
    case "ambiguousDate":
    case "badNumber":
    case "badEdges":
      return "invalidValue";
    default:
      return assertNever(problem);
  }
}

const EDGES_DETAIL: Record<EdgesDetail, string> = {
  notWhole: "every edge must be a whole number of days, 0 or more",
  firstNotZero: "the first edge must be 0 (the Current bucket)",
  notAscending: "each edge must be greater than the one before it",
  tooMany: "give at most 12 edges",
};

/** The message shown in the cell's error flag. */
export function describeProblem(problem: FunctionProblem): string {
  switch (problem.kind) {
    case "engine":
      return describeIssue(problem.issue);
    case "config":
      return `The segmentation settings saved in this workbook could not be used: ${describeRunError(problem.error)}`;
    case "headersShape":
      return `headers must be one row of column names; it has ${problem.rows} rows and ${problem.columns} columns.`;
    case "widthMismatch":
      return `headers has ${problem.headers} columns but row has ${problem.row}: give both ranges the same columns (e.g. A1:K1 and A2:K2).`;
    case "headersNotRecognised":
      return `headers (${
        problem.headers
          .filter((h) => h !== "")
          .slice(0, 6)
          .join(", ") || "empty"
      }) are not recognised as a header row: give the ledger's column names, such as Customer, Amount and Due date.`;
    case "errorInput":
      return `${problem.argument}${problem.cell ? ` (cell ${problem.cell})` : ""} holds the error ${problem.error}; fix that cell first.`;
    case "badDate":
      return `${problem.argument}: "${problem.text}" is not a date. Give a date cell, a date serial number or text such as 2026-03-31.`;
    case "ambiguousDate":
      return `${problem.argument}: "${problem.text}" can be read day-first or month-first. Write it as YYYY-MM-DD or use a date cell.`;
    case "badNumber":
      return `${problem.argument}: "${problem.text}" is not a number.`;
    case "badEdges":
      return `edges (${problem.text}): ${EDGES_DETAIL[problem.detail]}. Example: {0,30,60,90}.`;
    default:
      return assertNever(problem);
  }
}

/** The host error value for a problem. */
export function errorFor<E>(problem: FunctionProblem, errors: ErrorFactory<E>): E {
  return errors(codeOf(problem), describeProblem(problem));
}
