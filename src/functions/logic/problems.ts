import type { EngineIssue } from "../../engine/issues";
import type { Language } from "../../engine/language";
import type { ByLanguage } from "../../engine/messages/coded";
import { assertNever } from "../../engine/result";
import type { RunError } from "../../workbook/errors";
import { functionsEn } from "./messages/en";
import { functionsEs } from "./messages/es";
import { functionsPt } from "./messages/pt";
import type { FunctionTexts } from "./messages/types";

/**
 * Everything a custom function call can go wrong with, as values. Their
 * message texts are in messages/{en,es,pt}.ts, rendered here; the Excel error code each one
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

const TEXTS: ByLanguage<FunctionTexts> = { en: functionsEn, es: functionsEs, pt: functionsPt };

/**
 * The message shown in the cell's error flag, in a language.
 *
 * @example describeProblem({ kind: "badNumber", argument: "avgDaysLate", text: "soon" }) //=> 'avgDaysLate: "soon" is not a number.'
 */
export function describeProblem(problem: FunctionProblem, language: Language = "en"): string {
  return (TEXTS[language].problems[problem.kind] as (problem: FunctionProblem) => string)(problem);
}

/** The host error value for a problem, its message in a language. */
export function errorFor<E>(problem: FunctionProblem, errors: ErrorFactory<E>, language: Language = "en"): E {
  return errors(codeOf(problem), describeProblem(problem, language));
}
