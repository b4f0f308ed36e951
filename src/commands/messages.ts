/** What the ribbon commands tell the user; failures use describeRunError (src/workbook/errors.ts). */
import { describeSummaryNote } from "../workbook/errors";
import type { SummaryReport } from "../workbook/port";

export const ALREADY_RUNNING = "The add-in is already working on this workbook; this click was ignored. Wait for the result below.";

function summaryLine(report: SummaryReport | undefined, sheet: string): string {
  if (!report) return "";
  const what = report.kind === "pivot" ? "a PivotTable and a chart" : "a summary table";
  return ` Sheet "${report.sheet ?? sheet}" has ${what}.${report.note ? ` ${describeSummaryNote(report.note)}` : ""}`;
}

export function segmentedMessage(
  rows: number,
  sheet: string,
  outputColumn: string,
  report: SummaryReport | undefined,
  summarySheet: string,
): string {
  return `Segmented ${rows.toLocaleString("en-US")} rows on sheet "${sheet}" (columns from ${outputColumn}).${summaryLine(report, summarySheet)}`;
}

export function refreshedMessage(report: SummaryReport, summarySheet: string): string {
  return `Summary refreshed.${summaryLine(report, summarySheet)}`;
}

export function unexpectedMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Something went wrong inside the add-in: ${detail}. Nothing more was written; please report this.`;
}
