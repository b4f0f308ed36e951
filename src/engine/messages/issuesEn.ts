/** The engine's issues in English: the texts as they have always been. */
import { assertNever } from "../result";
import type { SqlRefusal } from "../issues";
import type { FieldType } from "../fields";
import type { CompileParams, IssueTexts, RejectedColumn, Where } from "../issues";
import { renderCoded, type CodeTexts } from "./coded";
import { expressionEn } from "./expressionEn";
import { problemLines } from "./issueParts";
import { readingEn } from "./readingEn";

const fields = readingEn.fields;
const count = (n: number): string => n.toLocaleString("en-US");

const TYPE_WORDS: Readonly<Record<FieldType, string>> = {
  text: "text",
  amount: "an amount",
  date: "a date",
  integer: "a whole number",
  flag: "Yes or No",
  status: "a status (Open, Paid, Disputed, Credit)",
};

function where(w: Where): string {
  switch (w.kind) {
    case "rule":
      return `${w.first ? "First rule" : "Rule"} ${w.number} ("${w.segment}")`;
    case "pointsRule":
      return `Points rule ${w.number} ("${w.name}")`;
    case "scoreFactor":
      return `Score card factor ${w.number}`;
    default:
      return {
        matrixRisk: "Matrix risk axis",
        matrixValue: "Matrix value axis",
        matrix: "Matrix",
        configuration: "The configuration",
        none: "",
      }[w.kind];
  }
}

const need = (date: boolean): string => (date ? "a date (YYYY-MM-DD)" : "a number");

export const compileEn: CodeTexts<CompileParams> = {
  needsValue: ({ date }) => `needs ${need(date)}`,
  notA: ({ value, date }) => `"${value}" is not ${need(date)}`,
  needsListOf: ({ date }) => `needs a list of ${date ? "dates (YYYY-MM-DD)" : "numbers"}`,
  betweenTwo: () => "between needs two values",
  textOpOnNumber: ({ op }) => `${op === "contains" ? "contains" : "starts with"} needs a text field`,
  needsTextValue: () => "needs a text value",
  needsValues: () => "needs a list of values",
  comparesNumbers: () => "compares numbers, but this field holds text",
  needsYesNo: () => "needs yes or no",
  notForFlag: ({ op }) => `${op} does not apply to a yes/no field`,
  matrixAxes: () => "both axes need a number field",
  matrixShape: ({ rows, columns }) => `cells must be ${rows} rows of ${columns}`,
};

/** Why a column that names a field was not taken as it. */
function rejected(r: RejectedColumn, label: string): string {
  const column = `"${r.header}" (column ${r.letter})`;
  if (r.why === "forecast") return `${column} names a forecast, not a fact, so it is not read as the ${label}.`;
  const holds = { dates: "dates", words: "words", yesNo: "yes/no values", numbers: "numbers" }[r.why];
  return `${column} holds ${holds} (e.g. cell ${r.cell}: "${r.text}"), so it is not read as the ${label}.`;
}

const mapHint = (field: string): string => `("mapping", or --map ${field}=<header>)`;

/** Why a SQL query can't be written for a table and configuration, and what to do instead. */
function refusalEn(r: SqlRefusal): string {
  switch (r.feature) {
    case "agingSummary":
      return `its columns are an aging summary report's (aging buckets as columns, one row per customer). The SQL query reads a ledger, one row per invoice; segment the report file with arseg instead.`;
    case "rowOrder":
      return `a customer-level rule reads ${r.field}, a value of the customer's oldest open invoice, and when two open invoices are equally old the engine takes the first in the sheet. A table has no row order: name a column that gives it (--order-by COLUMN), or test a customer figure instead.`;
    case "outputColumn":
      return `it already has a column "${r.column}", a name the query gives one of its own columns (Segment, Priority, Strategy, Score, Reason, Aging Bucket). Rename that column in a view first.`;
    case "reservedColumn":
      return `its column "${r.column}" starts with "arseg_", which the query keeps for its working columns. Rename that column in a view first.`;
    case "orderColumn":
      return `there is no column "${r.column}" to give the row order.`;
    case "markerCharacter":
      return `the configuration's text "${r.text}" holds the private-use character U+E000 or U+E001, which the query uses to place a row's values in a Reason. Remove it from the configuration.`;
    default:
      return assertNever(r);
  }
}

export const issuesEn: IssueTexts = {
  sqlUnsupported: (issue) => `Table "${issue.table}": ${refusalEn(issue)}`,
  badValue: (issue) => `Table "${issue.table}", column "${issue.column}": "${issue.text}" is not ${TYPE_WORDS[issue.expected]}.`,
  valueOutOfRange: (issue) =>
    `Table "${issue.table}", column "${issue.column}": ${issue.text} is beyond ${issue.limit.toLocaleString("en-US")} either way, which no amount here can be. Check the value.`,
  noData: (issue) => `Sheet "${issue.sheet}" has no data rows under its header.`,
  noHeader: (issue) => {
    const rows =
      issue.firstRow !== undefined
        ? `rows ${issue.firstRow}-${issue.firstRow + issue.scannedRows - 1}`
        : `the first ${issue.scannedRows} rows`;
    const near = issue.nearest;
    const seen =
      near && near.named.length > 0
        ? ` Row ${near.row} comes nearest: ${near.named.map((n) => `"${n.header}" (${n.field === "agingBucket" ? "an aging bucket" : fields[n.field]})`).join(", ")}, but a header needs two known columns, one of them an amount, a due date, days past due or aging buckets.`
        : " No row names a known column.";
    return `Sheet "${issue.sheet}": no header row found in ${rows}.${seen} Put column names such as Customer, Amount and Due date above the data, or map the columns by hand.`;
  },
  missingColumn: (issue) => {
    const label = fields[issue.field];
    const why = issue.rejected ? ` ${rejected(issue.rejected, label)}` : "";
    const aging = issue.looksLikeAgingSummary
      ? " The sheet looks like an aging summary (one row per customer, buckets as columns), but its bucket headers were not recognised: name them like Current, 1 - 30, 31 - 60, 61 - 90, 91 and over."
      : "";
    return `Sheet "${issue.sheet}": no ${label} column.${why}${aging} Tried headers such as: ${issue.tried.join(", ")}. Rename the column or map it in the configuration ${mapHint(issue.field)}.`;
  },
  ambiguousColumns: (issue) =>
    `Sheet "${issue.sheet}": ${issue.columns.map((c) => `"${c.header}" (column ${c.letter})`).join(" and ")} could each be the ${fields[issue.field]} column, and their cells differ. Nothing was written. Say which one to use in the configuration ${mapHint(issue.field)}.`,
  fieldNotInLayout: (issue) =>
    `Sheet "${issue.sheet}" is an aging summary (one row per customer, no invoices), so a rule can't test ${issue.field}: it has no such value there. Choose rules that use balances and days past due, or segment the detailed ledger.`,
  mappedColumnNotFound: (issue) =>
    `Sheet "${issue.sheet}": the configuration maps ${fields[issue.field]} to a column "${issue.header}", but the header row has no such column.`,
  badCell: (issue) =>
    `Sheet "${issue.sheet}", cell ${issue.cell} (column "${issue.column}"): "${issue.text}" is not ${TYPE_WORDS[issue.expected]}.`,
  errorValue: (issue) =>
    `Sheet "${issue.sheet}", cell ${issue.cell} (column "${issue.column}"): the cell shows the error ${issue.error}, so the formula there failed. Fix the formula or enter the value, then run again.`,
  amountOutOfRange: (issue) =>
    `Sheet "${issue.sheet}", cell ${issue.cell} (column "${issue.column}"): ${issue.text} is beyond ${count(issue.limit)} either way, which no amount here can be. Check the cell.`,
  unknownPreset: (issue) => `Unknown preset "${issue.name}". Presets: ${issue.known.join(", ")}.`,
  invalidConfig: (issue) => {
    const { lines, more } = problemLines(issue.problems, "en");
    if (more > 0) lines.push(`  … and ${count(more)} more (${count(issue.problems.length)} problems in all).`);
    return `Configuration ${issue.source} is not valid:\n${lines.join("\n")}`;
  },
  unknownField: (issue) => `${where(issue.where)}: "${issue.field}" is neither a built-in field nor a column of sheet "${issue.sheet}".`,
  badExpression: (issue) =>
    `${where(issue.where)}: ${renderCoded(expressionEn, issue.error)} at character ${issue.error.position + 1} of "${issue.text}".`,
  badCondition: (issue) =>
    `${where(issue.where)}: ${issue.compare ? `${issue.compare.field} ${issue.compare.op}: ` : ""}${renderCoded(compileEn, issue.problem)}`,
  badAsOf: (issue) => `As-of date "${issue.text}" is not a date written YYYY-MM-DD.`,
  backtestNeedsColumn: (issue) => {
    const why = {
      invoiceDate: "to know which invoices existed on each snapshot date",
      dueDate: "to know which invoices were overdue by the end of the horizon",
      paidDate: "to know when each invoice was paid: without it the ledger holds no history",
    }[issue.field];
    return `Sheet "${issue.sheet}": a backtest needs the ${fields[issue.field].toLowerCase()} column, ${why}. Map it in the configuration ${mapHint(issue.field)}.`;
  },
  snapshotAfterHistory: (issue) => {
    const latest = issue.latestDate ? ` The latest snapshot date it can test is ${issue.latestDate}.` : "";
    return `Sheet "${issue.sheet}": snapshot date ${issue.date} plus ${issue.days} days goes past the ledger's latest invoice or paid date, ${issue.historyEnd}, so what happened next is not in the ledger yet.${latest}`;
  },
  tooManySnapshots: (issue) =>
    `${issue.count} snapshot dates is more than a backtest takes (at most ${issue.limit}). Choose fewer dates or a longer step.`,
  noSnapshotDates: (issue) => `No snapshot date falls from ${issue.from} to ${issue.to}: the first date must not be after the last.`,
};
