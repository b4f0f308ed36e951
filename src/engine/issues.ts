import type { Field, FieldType } from "./fields";
import { FIELD_INFO } from "./fields";
import { assertNever } from "./result";

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
  | { readonly kind: "unknownField"; readonly sheet: string; readonly field: string; readonly where: string }
  | { readonly kind: "badExpression"; readonly where: string; readonly text: string; readonly position: number; readonly detail: string }
  | { readonly kind: "badCondition"; readonly where: string; readonly detail: string }
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

/** A column named by its header and its letter. */
export interface ColumnRef {
  readonly header: string;
  readonly letter: string;
}

/** A column not taken as a field: a forecast, or cells that contradict it (with the first such cell). */
export type RejectedColumn = ColumnRef &
  ({ readonly why: "forecast" } | { readonly why: "dates" | "words" | "yesNo" | "numbers"; readonly cell: string; readonly text: string });

/** One schema or semantic problem in a configuration, with where it is. */
export interface ConfigProblem {
  /** JSON path such as `model.rules[2].when`. */
  readonly path: string;
  /** 1-based line in the JSON text, when the configuration came from text. */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export type EngineIssueKind = EngineIssue["kind"];

/** Configuration problems listed in a message; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 50;

const TYPE_WORDS: Record<FieldType, string> = {
  text: "text",
  amount: "an amount",
  date: "a date",
  integer: "a whole number",
  flag: "Yes or No",
  status: "a status (Open, Paid, Disputed, Credit)",
};

function formatProblem(p: ConfigProblem): string {
  const at = p.line !== undefined ? `line ${p.line}${p.column !== undefined ? `:${p.column}` : ""}, ` : "";
  return `${at}${p.path || "(top level)"}: ${p.message}`;
}

/** Why a column that names a field was not taken as it. */
function describeRejected(r: RejectedColumn, label: string): string {
  const column = `"${r.header}" (column ${r.letter})`;
  if (r.why === "forecast") return `${column} names a forecast, not a fact, so it is not read as the ${label}.`;
  const holds = { dates: "dates", words: "words", yesNo: "yes/no values", numbers: "numbers" }[r.why];
  return `${column} holds ${holds} (e.g. cell ${r.cell}: "${r.text}"), so it is not read as the ${label}.`;
}

/** Why a SQL query can't be written for a table and configuration, and what to do instead. */
function describeRefusal(refusal: SqlRefusal): string {
  switch (refusal.feature) {
    case "agingSummary":
      return "its columns are an aging summary report's (aging buckets as columns, one row per customer). The SQL query reads a ledger, one row per invoice; segment the report file with arseg instead.";
    case "rowOrder":
      return `a customer-level rule reads ${refusal.field}, a value of the customer's oldest open invoice, and when two open invoices are equally old the engine takes the first in the sheet. A table has no row order: name a column that gives it (--order-by COLUMN), or test a customer figure instead.`;
    case "outputColumn":
      return `it already has a column "${refusal.column}", a name the query gives one of its own columns (Segment, Priority, Strategy, Score, Reason, Aging Bucket). Rename that column in a view first.`;
    case "reservedColumn":
      return `its column "${refusal.column}" starts with "arseg_", which the query keeps for its working columns. Rename that column in a view first.`;
    case "orderColumn":
      return `there is no column "${refusal.column}" to give the row order.`;
    case "markerCharacter":
      return `the configuration's text "${refusal.text}" holds the private-use character U+E000 or U+E001, which the query uses to place a row's values in a Reason. Remove it from the configuration.`;
    default:
      return assertNever(refusal);
  }
}

/** The message a person reads for an engine issue. */
export function describeIssue(issue: EngineIssue): string {
  switch (issue.kind) {
    case "noData":
      return `Sheet "${issue.sheet}" has no data rows under its header.`;
    case "noHeader": {
      const rows =
        issue.firstRow !== undefined
          ? `rows ${issue.firstRow}-${issue.firstRow + issue.scannedRows - 1}`
          : `the first ${issue.scannedRows} rows`;
      const near = issue.nearest;
      const seen =
        near && near.named.length > 0
          ? ` Row ${near.row} comes nearest: ${near.named.map((n) => `"${n.header}" (${n.field === "agingBucket" ? "an aging bucket" : FIELD_INFO[n.field].label})`).join(", ")}, but a header needs two known columns, one of them an amount, a due date, days past due or aging buckets.`
          : " No row names a known column.";
      return `Sheet "${issue.sheet}": no header row found in ${rows}.${seen} Put column names such as Customer, Amount and Due date above the data, or map the columns by hand.`;
    }
    case "missingColumn": {
      const label = FIELD_INFO[issue.field].label;
      const rejected = issue.rejected ? ` ${describeRejected(issue.rejected, label)}` : "";
      const aging = issue.looksLikeAgingSummary
        ? " The sheet looks like an aging summary (one row per customer, buckets as columns), but its bucket headers were not recognised: name them like Current, 1 - 30, 31 - 60, 61 - 90, 91 and over."
        : "";
      return `Sheet "${issue.sheet}": no ${label} column.${rejected}${aging} Tried headers such as: ${issue.tried.join(", ")}. Rename the column or map it in the configuration ("mapping", or --map ${issue.field}=<header>).`;
    }
    case "ambiguousColumns":
      return `Sheet "${issue.sheet}": ${issue.columns.map((c) => `"${c.header}" (column ${c.letter})`).join(" and ")} could each be the ${FIELD_INFO[issue.field].label} column, and their cells differ. Nothing was written. Say which one to use in the configuration ("mapping", or --map ${issue.field}=<header>).`;
    case "fieldNotInLayout":
      return `Sheet "${issue.sheet}" is an aging summary (one row per customer, no invoices), so a rule can't test ${issue.field}: it has no such value there. Choose rules that use balances and days past due, or segment the detailed ledger.`;
    case "mappedColumnNotFound":
      return `Sheet "${issue.sheet}": the configuration maps ${FIELD_INFO[issue.field].label} to a column "${issue.header}", but the header row has no such column.`;
    case "badCell":
      return `Sheet "${issue.sheet}", cell ${issue.cell} (column "${issue.column}"): "${issue.text}" is not ${TYPE_WORDS[issue.expected]}.`;
    case "errorValue":
      return `Sheet "${issue.sheet}", cell ${issue.cell} (column "${issue.column}"): the cell shows the error ${issue.error}, so the formula there failed. Fix the formula or enter the value, then run again.`;
    case "amountOutOfRange":
      return `Sheet "${issue.sheet}", cell ${issue.cell} (column "${issue.column}"): ${issue.text} is beyond ${issue.limit.toLocaleString("en-US")} either way, which no amount here can be. Check the cell.`;
    case "unknownPreset":
      return `Unknown preset "${issue.name}". Presets: ${issue.known.join(", ")}.`;
    case "invalidConfig": {
      const shown = issue.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  - ${formatProblem(p)}`);
      const more = issue.problems.length - shown.length;
      if (more > 0)
        shown.push(`  … and ${more.toLocaleString("en-US")} more (${issue.problems.length.toLocaleString("en-US")} problems in all).`);
      return `Configuration ${issue.source} is not valid:\n${shown.join("\n")}`;
    }
    case "unknownField":
      return `${issue.where}: "${issue.field}" is neither a built-in field nor a column of sheet "${issue.sheet}".`;
    case "badExpression":
      return `${issue.where}: ${issue.detail} at character ${issue.position + 1} of "${issue.text}".`;
    case "badCondition":
      return `${issue.where}: ${issue.detail}`;
    case "badAsOf":
      return `As-of date "${issue.text}" is not a date written YYYY-MM-DD.`;
    case "sqlUnsupported":
      return `Table "${issue.table}": ${describeRefusal(issue)}`;
    case "badValue":
      return `Table "${issue.table}", column "${issue.column}": "${issue.text}" is not ${TYPE_WORDS[issue.expected]}.`;
    case "valueOutOfRange":
      return `Table "${issue.table}", column "${issue.column}": ${issue.text} is beyond ${issue.limit.toLocaleString("en-US")} either way, which no amount here can be. Check the value.`;
    case "backtestNeedsColumn": {
      const why = {
        invoiceDate: "to know which invoices existed on each snapshot date",
        dueDate: "to know which invoices were overdue by the end of the horizon",
        paidDate: "to know when each invoice was paid: without it the ledger holds no history",
      }[issue.field];
      return `Sheet "${issue.sheet}": a backtest needs the ${FIELD_INFO[issue.field].label.toLowerCase()} column, ${why}. Map it in the configuration ("mapping", or --map ${issue.field}=<header>).`;
    }
    case "snapshotAfterHistory": {
      const latest = issue.latestDate ? ` The latest snapshot date it can test is ${issue.latestDate}.` : "";
      return `Sheet "${issue.sheet}": snapshot date ${issue.date} plus ${issue.days} days goes past the ledger's latest invoice or paid date, ${issue.historyEnd}, so what happened next is not in the ledger yet.${latest}`;
    }
    case "tooManySnapshots":
      return `${issue.count} snapshot dates is more than a backtest takes (at most ${issue.limit}). Choose fewer dates or a longer step.`;
    case "noSnapshotDates":
      return `No snapshot date falls from ${issue.from} to ${issue.to}: the first date must not be after the last.`;
    default:
      return assertNever(issue);
  }
}
