/**
 * The words of a ReadingReport (what a run read and every guess it made), per
 * language: the sentences readingText.ts assembles.
 */
import type { LeftRule } from "../columns/detectColumns";
import type { Contradiction } from "../columns/valueCheck";
import type { Field } from "../fields";

export type DateOrderName = "DMY" | "MDY" | "YMD";
export type DateOrderHow = "given" | "detected" | "assumed";

export interface ReadingTexts {
  /** A built-in field as the reading names it ("Due date", "Fecha de vencimiento"). */
  readonly fields: Readonly<Record<Field, string>>;
  /** A column: `"Header" (C)`, or a column with an empty header. */
  column(header: string, letter: string): string;
  noHeader(letter: string): string;
  readonly ledger: string;
  readonly agingSummary: string;
  readonly asGiven: string;
  fromTitle(cell: string, text: string): string;
  readonly today: string;
  /** The headline: sheet, header row, layout, and (unless left out) the as-of date and why. */
  headline(sheet: string, headerRow: number, layout: string, asOf?: { readonly date: string; readonly why: string }): string;
  readonly mapped: string;
  readonly amountAsBalance: string;
  readonly agingBucket: string;
  bucketFrom(column: string, lowerEdge: number): string;
  left(column: string, field: string, used: string, rule: string): string;
  readonly rules: Readonly<Record<LeftRule, string>>;
  notRead(text: string): string;
  forecast(column: string, field: string): string;
  contradicts(column: string, field: string, found: Contradiction, cell: string, text: string): string;
  dateOrder(order: DateOrderName, how: DateOrderHow): string;
  headingRows(count: number): string;
  carriedCustomers(count: number): string;
  note(text: string): string;
  asOfFarAfterData(today: string, latest: string): string;
  unknownStatus(column: string, values: readonly { readonly text: string; readonly rows: number }[]): string;
}
