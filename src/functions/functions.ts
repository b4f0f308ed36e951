/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator reads `any` / `any[][]` as Excel's "any value" type */
/**
 * The custom functions =ARSEG.SEGMENT(), =ARSEG.PRIORITY() … Their JSDoc blocks
 * are what `custom-functions-metadata-plugin` turns into functions.json (it
 * also appends the `CustomFunctions.associate` calls), so each block is part
 * of the product: its description and parameter texts are what Excel shows.
 * The behaviour lives in ./logic, free of Office; this file only wires it to
 * Excel. The functions only read: they never write cells, sheets or settings.
 */
import { functionConfigSource, functionDate1904 } from "./configCache";
import { createFunctionLogic, type ExcelErrorCode } from "./logic";

// Outside Excel (the page opened in a plain browser) there is no CustomFunctions global,
// and the associate calls appended to this file by the build would throw.
if (typeof CustomFunctions === "undefined") {
  (globalThis as any).CustomFunctions = { associate: () => undefined };
}

const logic = createFunctionLogic({
  config: functionConfigSource,
  date1904: functionDate1904,
  displayLanguage: () => (typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined),
  errors: (code: ExcelErrorCode, message: string) => new CustomFunctions.Error(CustomFunctions.ErrorCode[code], message),
});

/** The address of the `row` argument, when Excel gave one. */
const rowAddressOf = (invocation: CustomFunctions.Invocation | undefined): string | undefined => invocation?.parameterAddresses?.[0];

/**
 * The segment of a ledger row under the workbook's saved segmentation (the collections preset when none is saved). Give many rows to get a column of segments in one call.
 * @customfunction SEGMENT SEGMENT
 * @param {any[][]} row The ledger row(s) to segment, e.g. A2:K2, Table1[@] or A2:K5000.
 * @param {any[][]} headers The header row of the same columns, e.g. $A$1:$K$1 or Table1[#Headers].
 * @param {any} [asOf] Date to age at: a date, a date serial or YYYY-MM-DD text. Default: the saved as-of date, else today.
 * @param invocation Supplied by Excel.
 * @returns One segment per row; empty for blank and total rows.
 * @requiresParameterAddresses
 */
export async function segment(row: any[][], headers: any[][], asOf: any, invocation: CustomFunctions.Invocation): Promise<any[][]> {
  return logic.segment(row, headers, asOf, rowAddressOf(invocation));
}

/**
 * The collection priority of a ledger row (1 = work first) under the workbook's saved segmentation; empty for paid rows.
 * @customfunction PRIORITY PRIORITY
 * @param {any[][]} row The ledger row(s), e.g. A2:K2, Table1[@] or A2:K5000.
 * @param {any[][]} headers The header row of the same columns, e.g. $A$1:$K$1 or Table1[#Headers].
 * @param {any} [asOf] Date to age at: a date, a date serial or YYYY-MM-DD text. Default: the saved as-of date, else today.
 * @param invocation Supplied by Excel.
 * @returns One priority per row; empty for paid, blank and total rows.
 * @requiresParameterAddresses
 */
export async function priority(row: any[][], headers: any[][], asOf: any, invocation: CustomFunctions.Invocation): Promise<any[][]> {
  return logic.priority(row, headers, asOf, rowAddressOf(invocation));
}

/**
 * The collection strategy (channel, action, tone) of a ledger row under the workbook's saved segmentation.
 * @customfunction STRATEGY STRATEGY
 * @param {any[][]} row The ledger row(s), e.g. A2:K2, Table1[@] or A2:K5000.
 * @param {any[][]} headers The header row of the same columns, e.g. $A$1:$K$1 or Table1[#Headers].
 * @param {any} [asOf] Date to age at: a date, a date serial or YYYY-MM-DD text. Default: the saved as-of date, else today.
 * @param invocation Supplied by Excel.
 * @returns One strategy per row; empty for blank and total rows.
 * @requiresParameterAddresses
 */
export async function strategy(row: any[][], headers: any[][], asOf: any, invocation: CustomFunctions.Invocation): Promise<any[][]> {
  return logic.strategy(row, headers, asOf, rowAddressOf(invocation));
}

/**
 * The propensity-to-pay score (0-100, higher = more likely to pay) of a ledger row under the workbook's saved segmentation.
 * @customfunction SCORE SCORE
 * @param {any[][]} row The ledger row(s), e.g. A2:K2, Table1[@] or A2:K5000.
 * @param {any[][]} headers The header row of the same columns, e.g. $A$1:$K$1 or Table1[#Headers].
 * @param {any} [asOf] Date to age at: a date, a date serial or YYYY-MM-DD text. Default: the saved as-of date, else today.
 * @param invocation Supplied by Excel.
 * @returns One score per row; empty for blank and total rows.
 * @requiresParameterAddresses
 */
export async function score(row: any[][], headers: any[][], asOf: any, invocation: CustomFunctions.Invocation): Promise<any[][]> {
  return logic.score(row, headers, asOf, rowAddressOf(invocation));
}

/**
 * Why a ledger row got its segment: the rule or points that decided it, under the workbook's saved segmentation.
 * @customfunction REASON REASON
 * @param {any[][]} row The ledger row(s), e.g. A2:K2, Table1[@] or A2:K5000.
 * @param {any[][]} headers The header row of the same columns, e.g. $A$1:$K$1 or Table1[#Headers].
 * @param {any} [asOf] Date to age at: a date, a date serial or YYYY-MM-DD text. Default: the saved as-of date, else today.
 * @param invocation Supplied by Excel.
 * @returns One reason per row; empty for blank and total rows.
 * @requiresParameterAddresses
 */
export async function reason(row: any[][], headers: any[][], asOf: any, invocation: CustomFunctions.Invocation): Promise<any[][]> {
  return logic.reason(row, headers, asOf, rowAddressOf(invocation));
}

/**
 * Whole days a due date is past due as of a date: negative when not yet due. Give a range to get a range.
 * @customfunction DAYSPASTDUE DAYSPASTDUE
 * @param {any[][]} dueDate Due date(s): date cells, date serials or text dates such as 2026-03-31.
 * @param {any} [asOf] Date to count to. Default: today.
 * @returns Days past due, the same shape as dueDate; empty for blank due dates.
 */
export async function daysPastDue(dueDate: any[][], asOf: any): Promise<any[][]> {
  return logic.daysPastDue(dueDate, asOf);
}

/**
 * The aging bucket of a due date: Current, 1-30, 31-60, 61-90, 90+ by default. Give a range to get a range.
 * @customfunction AGINGBUCKET AGINGBUCKET
 * @param {any[][]} dueDate Due date(s): date cells, date serials or text dates such as 2026-03-31.
 * @param {any} [asOf] Date to age at. Default: today.
 * @param {any[][]} [edges] Upper bucket edges in days past due, first 0, ascending, e.g. {0,30,60,90} (the default).
 * @returns Bucket labels, the same shape as dueDate; empty for blank due dates.
 */
export async function agingBucket(dueDate: any[][], asOf: any, edges: any[][]): Promise<any[][]> {
  return logic.agingBucket(dueDate, asOf, edges);
}

/**
 * The payment grade of an amount-weighted average of days late: A up to 30, B up to 60, C up to 90, D above. Give a range to get a range.
 * @customfunction GRADE GRADE
 * @param {any[][]} avgDaysLate Average days late (a number, or a range of them).
 * @returns Grades A-D, the same shape as avgDaysLate; empty for blanks.
 */
export function grade(avgDaysLate: any[][]): any[][] {
  return logic.grade(avgDaysLate);
}
