/**
 * What a run read and every guess it made: which column is which field, the
 * columns it left and why, the layout, the as-of date and where it came from,
 * the order of day and month. Every face shows it (the command line on stderr
 * and in --summary-json, the summary sheet, the task pane), so no guess is
 * ever silent. Rendered to words by `describeReading`.
 */
import type { LeftRule } from "./columns/detectColumns";
import type { DateOrderChoice } from "./sheetNeeds";
import type { Field } from "./fields";

/** A column of the sheet: its letter and header. */
export interface SheetColumn {
  readonly letter: string;
  readonly header: string;
}

export interface FieldRead extends SheetColumn {
  readonly field: Field;
  /** mapped: the configuration (or --map) named it; detected: its header did; amount: the sheet has no balance column, so the invoice amount is the open balance. */
  readonly how: "mapped" | "detected" | "amount";
}

export interface ColumnLeftRead extends SheetColumn {
  readonly field: Field;
  /** The column used for the field instead. */
  readonly used: SheetColumn;
  readonly rule: LeftRule;
}

export interface ColumnIgnoredRead extends SheetColumn {
  /** The field its header names. */
  readonly field: Field;
  readonly reason:
    | { readonly kind: "forecast" }
    | {
        readonly kind: "contradicts";
        readonly found: "dates" | "words" | "yesNo" | "numbers";
        readonly cell: string;
        readonly text: string;
      };
}

export type AsOfSource =
  /** The configuration's asOf, or --as-of. */
  | { readonly kind: "given" }
  /** The report's own title line. */
  | { readonly kind: "title"; readonly cell: string; readonly text: string }
  | { readonly kind: "today" };

/** Something a person should know about a run, beyond which column is which. */
export type ReadingNote =
  /** The as-of date is today, but every date of the ledger is long before it: everything looks overdue. */
  | { readonly kind: "asOfFarAfterData"; readonly latest: string; readonly today: string }
  /** Texts in the status column that say nothing known (left as if empty). */
  | {
      readonly kind: "unknownStatus";
      readonly column: SheetColumn;
      readonly values: readonly { readonly text: string; readonly rows: number }[];
    };

export interface ReadingReport {
  readonly sheet: string;
  /** Sheet row (1-based) of the header. */
  readonly headerRow: number;
  readonly layout: "ledger" | "agingSummary";
  /** The fields read, in the order the configuration lists fields. */
  readonly fields: readonly FieldRead[];
  readonly left: readonly ColumnLeftRead[];
  readonly ignored: readonly ColumnIgnoredRead[];
  /** An aging summary's bucket columns, each with the days past due its amounts are at least. */
  readonly buckets: readonly (SheetColumn & { readonly lowerEdge: number })[];
  readonly asOf: { readonly date: string; readonly source: AsOfSource };
  /** Only when some date is written as numbers-only text, where the order matters. */
  readonly dateOrder?: Omit<DateOrderChoice, "matters">;
  /** Section headings, footers and notes of a report left out (not items). */
  readonly headingRows: number;
  /** Rows whose customer came from the section heading above them. */
  readonly carriedCustomers: number;
  readonly notes: readonly ReadingNote[];
}
