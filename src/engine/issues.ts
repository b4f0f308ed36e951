import type { ConfigMessage } from "./config/problems";
import type { ExpressionError } from "./expression/messages";
import type { Field, FieldType } from "./fields";
import type { Language } from "./language";
import type { ByLanguage, Coded } from "./messages/coded";
import { issuesEn } from "./messages/issuesEn";
import { issuesEs } from "./messages/issuesEs";
import { issuesPt } from "./messages/issuesPt";

/**
 * Every problem a user can cause in the engine, as a value with a kind and a
 * location. `describeIssue` is the one place their messages are written; the
 * CLI, the task pane and the ribbon all render these same texts.
 */
export type EngineIssue =
  | { readonly kind: "noData"; readonly sheet: string }
  | {
      readonly kind: "noHeader";
      readonly sheet: string;
      readonly scannedRows: number;
      /** Sheet row (1-based) of the first row looked at. */
      readonly firstRow?: number;
      /** The row that came nearest to a header (sheet row, 1-based) and the columns it names. */
      readonly nearest?: {
        readonly row: number;
        readonly named: readonly { readonly header: string; readonly field: Field | "agingBucket" }[];
      };
    }
  | {
      readonly kind: "missingColumn";
      readonly sheet: string;
      readonly field: Field;
      readonly tried: readonly string[];
      /** A column whose header names the field but that was not taken, and why. */
      readonly rejected?: RejectedColumn;
      /** The sheet has a "Current" column but no buckets the engine reads: it looks like an aging summary. */
      readonly looksLikeAgingSummary?: boolean;
    }
  | { readonly kind: "ambiguousColumns"; readonly sheet: string; readonly field: Field; readonly columns: readonly ColumnRef[] }
  | { readonly kind: "fieldNotInLayout"; readonly sheet: string; readonly field: string; readonly layout: "agingSummary" }
  | { readonly kind: "mappedColumnNotFound"; readonly sheet: string; readonly field: Field; readonly header: string }
  | {
      readonly kind: "badCell";
      readonly sheet: string;
      readonly cell: string;
      readonly column: string;
      readonly text: string;
      readonly expected: FieldType;
    }
  | { readonly kind: "errorValue"; readonly sheet: string; readonly cell: string; readonly column: string; readonly error: string }
  | {
      readonly kind: "amountOutOfRange";
      readonly sheet: string;
      readonly cell: string;
      readonly column: string;
      readonly text: string;
      readonly limit: number;
    }
  | { readonly kind: "unknownPreset"; readonly name: string; readonly known: readonly string[] }
  | { readonly kind: "invalidConfig"; readonly source: string; readonly problems: readonly ConfigProblem[] }
  | { readonly kind: "unknownField"; readonly sheet: string; readonly field: string; readonly where: Where }
  | { readonly kind: "badExpression"; readonly where: Where; readonly text: string; readonly error: ExpressionError }
  /** A test the sheet's values cannot take: `compare` is the field and operator it is about, when it is one comparison. */
  | {
      readonly kind: "badCondition";
      readonly where: Where;
      readonly compare?: { readonly field: string; readonly op: string };
      readonly problem: CompileMessage;
    }
  | { readonly kind: "badAsOf"; readonly text: string }
  /** A backtest reads the ledger's history: it cannot run without this column. */
  | { readonly kind: "backtestNeedsColumn"; readonly sheet: string; readonly field: "invoiceDate" | "dueDate" | "paidDate" }
  /** A snapshot date whose horizon reaches past the latest date in the ledger: what happened next is not in it yet. */
  | {
      readonly kind: "snapshotAfterHistory";
      readonly sheet: string;
      readonly date: string;
      readonly days: number;
      readonly historyEnd: string;
      readonly latestDate?: string;
    }
  | { readonly kind: "tooManySnapshots"; readonly count: number; readonly limit: number }
  | { readonly kind: "noSnapshotDates"; readonly from: string; readonly to: string }
  | ({ readonly kind: "sqlUnsupported"; readonly table: string } & SqlRefusal)
  | { readonly kind: "badValue"; readonly table: string; readonly column: string; readonly text: string; readonly expected: FieldType }
  /** A table's amount past ±limit (as amountOutOfRange, for a column of a table: the query has no cell address). */
  | { readonly kind: "valueOutOfRange"; readonly table: string; readonly column: string; readonly text: string; readonly limit: number };

/** What a configuration or table asks of a SQL query that one query can't do the way the engine does (see src/sql). */
export type SqlRefusal =
  /** Buckets as columns, one row per customer: the query reads ledgers. */
  | { readonly feature: "agingSummary" }
  /** A customer-level rule reads a field of the customer's oldest open invoice, and two invoices of equal age need the row order to choose. */
  | { readonly feature: "rowOrder"; readonly field: string }
  /** The table already has a column named like one the query adds. */
  | { readonly feature: "outputColumn"; readonly column: string }
  /** A column's name is one the query keeps for its own working columns. */
  | { readonly feature: "reservedColumn"; readonly column: string }
  /** The column named to give the row order is not in the table. */
  | { readonly feature: "orderColumn"; readonly column: string }
  /** A text of the configuration holds U+E000 or U+E001, the private-use characters the compiler marks a Reason's values with. */
  | { readonly feature: "markerCharacter"; readonly text: string };

/** The part of a configuration an issue is about, as the messages name it ("Rule 2 ("Overdue")"). */
export type Where =
  | { readonly kind: "rule"; readonly number: number; readonly segment: string; readonly first?: boolean }
  | { readonly kind: "pointsRule"; readonly number: number; readonly name: string }
  | { readonly kind: "scoreFactor"; readonly number: number }
  | { readonly kind: "matrixRisk" | "matrixValue" | "matrix" | "configuration" | "none" };

/** Why a comparison cannot be compiled against the sheet's values, and the matrix model's shape checks. */
export interface CompileParams {
  /** `date`: the field holds dates, so the value must be a date (YYYY-MM-DD); else a number. */
  readonly needsValue: { readonly date: boolean };
  readonly notA: { readonly value: string; readonly date: boolean };
  readonly needsListOf: { readonly date: boolean };
  readonly betweenTwo: Record<string, never>;
  readonly textOpOnNumber: { readonly op: string };
  readonly needsTextValue: Record<string, never>;
  readonly needsValues: Record<string, never>;
  readonly comparesNumbers: Record<string, never>;
  readonly needsYesNo: Record<string, never>;
  readonly notForFlag: { readonly op: string };
  readonly matrixAxes: Record<string, never>;
  readonly matrixShape: { readonly rows: number; readonly columns: number };
}
export type CompileMessage = Coded<CompileParams>;

/** A column named by its header and its letter. */
export interface ColumnRef {
  readonly header: string;
  readonly letter: string;
}

/** A column not taken as a field: a forecast, or cells that contradict it (with the first such cell). */
export type RejectedColumn = ColumnRef &
  ({ readonly why: "forecast" } | { readonly why: "dates" | "words" | "yesNo" | "numbers"; readonly cell: string; readonly text: string });

/** One schema or semantic problem in a configuration, with where it is, as a code (rendered by `describeConfigProblem`). */
export type ConfigProblem = {
  /** JSON path such as `model.rules[2].when`. */
  readonly path: string;
  /** 1-based line in the JSON text, when the configuration came from text. */
  readonly line?: number;
  readonly column?: number;
} & ConfigMessage;

export type EngineIssueKind = EngineIssue["kind"];

export { MAX_PROBLEMS_SHOWN } from "./messages/issueParts";

/** Every issue kind's text in one language: a kind with no text is a compile error. */
export type IssueTexts = { readonly [K in EngineIssueKind]: (issue: Extract<EngineIssue, { kind: K }>) => string };

const ISSUE_TEXTS: ByLanguage<IssueTexts> = { en: issuesEn, es: issuesEs, pt: issuesPt };

/**
 * The message a person reads for an engine issue, in a language (English unless asked).
 *
 * @example describeIssue({ kind: "noData", sheet: "Ledger" }) //=> 'Sheet "Ledger" has no data rows under its header.'
 * @example describeIssue({ kind: "noData", sheet: "Cartera" }, "es") //=> "La hoja «Cartera» no tiene filas de datos debajo del encabezado."
 */
export function describeIssue(issue: EngineIssue, language: Language = "en"): string {
  return (ISSUE_TEXTS[language][issue.kind] as (issue: EngineIssue) => string)(issue);
}
