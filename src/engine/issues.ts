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
  | { readonly kind: "noHeader"; readonly sheet: string; readonly scannedRows: number }
  | { readonly kind: "missingColumn"; readonly sheet: string; readonly field: Field; readonly tried: readonly string[] }
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
  | { readonly kind: "badAsOf"; readonly text: string };

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
};

function formatProblem(p: ConfigProblem): string {
  const at = p.line !== undefined ? `line ${p.line}${p.column !== undefined ? `:${p.column}` : ""}, ` : "";
  return `${at}${p.path || "(top level)"}: ${p.message}`;
}

/** The message a person reads for an engine issue. */
export function describeIssue(issue: EngineIssue): string {
  switch (issue.kind) {
    case "noData":
      return `Sheet "${issue.sheet}" has no data rows under its header.`;
    case "noHeader":
      return `Sheet "${issue.sheet}": no header row found in the first ${issue.scannedRows} rows. Put column names such as Customer, Amount and Due date above the data, or map the columns by hand.`;
    case "missingColumn":
      return `Sheet "${issue.sheet}": no ${FIELD_INFO[issue.field].label} column. Tried headers: ${issue.tried.join(", ")}. Rename the column or map it in the configuration ("mapping").`;
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
    default:
      return assertNever(issue);
  }
}
