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
  | { readonly kind: "unknownPreset"; readonly name: string; readonly known: readonly string[] }
  | { readonly kind: "invalidConfig"; readonly source: string; readonly problems: readonly ConfigProblem[] }
  | { readonly kind: "unknownField"; readonly sheet: string; readonly field: string; readonly where: string }
  | { readonly kind: "badExpression"; readonly where: string; readonly text: string; readonly position: number; readonly detail: string }
  | { readonly kind: "badCondition"; readonly where: string; readonly detail: string }
  | { readonly kind: "badAsOf"; readonly text: string }
  | ({ readonly kind: "sqlUnsupported"; readonly table: string } & SqlRefusal)
  | { readonly kind: "badValue"; readonly table: string; readonly column: string; readonly text: string; readonly expected: FieldType };

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
  | { readonly feature: "orderColumn"; readonly column: string };

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
    case "unknownPreset":
      return `Unknown preset "${issue.name}". Presets: ${issue.known.join(", ")}.`;
    case "invalidConfig":
      return `Configuration ${issue.source} is not valid:\n${issue.problems.map((p) => `  - ${formatProblem(p)}`).join("\n")}`;
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
    default:
      return assertNever(issue);
  }
}
