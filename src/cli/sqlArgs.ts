import { LEVELS, type Level } from "../engine/config/schema";
import type { Field } from "../engine/fields";
import { fail, ok, type Result } from "../engine/result";
import { DIALECTS, type DialectName } from "../sql/dialect";
import type { UsageError } from "../workbook/errors";
import { mapOption } from "./args";

/** What `arseg sql` was asked for. */
export interface SqlOptions {
  readonly preset?: string;
  readonly config?: string;
  readonly dialect: DialectName;
  /** The table's name, split at dots: ["analytics", "ar_ledger"]. */
  readonly table: readonly string[];
  /** A csv or xlsx file whose header row gives the column names. */
  readonly like?: string;
  readonly columns?: readonly string[];
  /** A date (YYYY-MM-DD), or "parameter" ($1). */
  readonly asOf?: string;
  readonly level?: Level;
  readonly mapping: Readonly<Partial<Record<Field, string>>>;
  readonly orderBy?: string;
  /** Every column is text (a staging table loaded from csv): dates and amounts are parsed. */
  readonly text: boolean;
  readonly help: boolean;
}

type Key = "preset" | "config" | "dialect" | "table" | "like" | "columns" | "asOf" | "level" | "orderBy";
const VALUES: Readonly<Record<string, Key>> = {
  "--preset": "preset",
  "--config": "config",
  "--dialect": "dialect",
  "--table": "table",
  "--like": "like",
  "--columns": "columns",
  "--as-of": "asOf",
  "--level": "level",
  "--order-by": "orderBy",
};

/**
 * Reads the arguments after `arseg sql`.
 *
 * @example
 * parseSqlArgs(["--dialect", "duckdb", "--table", "ar", "--columns", "Customer,Balance,Due Date"]).ok //=> true
 */
export function parseSqlArgs(argv: readonly string[]): Result<SqlOptions, UsageError> {
  const values: Partial<Record<Key, string>> = {};
  const mapping: Partial<Record<Field, string>> = {};
  let text = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    if (arg === "--text") {
      text = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
    const key = name === "--map" ? "map" : VALUES[name];
    if (!key) return fail(arg.startsWith("-") ? { kind: "unknownOption", option: name } : { kind: "extraArgument", argument: arg });
    const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "") return fail({ kind: "missingValue", option: name });
    if (key === "map") {
      const mapped = mapOption(value);
      if (!mapped.ok) return mapped;
      mapping[mapped.value.field] = mapped.value.header;
      continue;
    }
    if (values[key] !== undefined) return fail({ kind: "repeatedOption", option: name });
    values[key] = value;
  }
  if (help) return ok({ dialect: "duckdb", table: [], mapping, text, help });
  if (values.preset !== undefined && values.config !== undefined)
    return fail({ kind: "conflictingOptions", first: "--preset", second: "--config" });
  if (values.like !== undefined && values.columns !== undefined)
    return fail({ kind: "conflictingOptions", first: "--like", second: "--columns" });
  if (values.dialect === undefined) return fail({ kind: "missingOption", command: "sql", option: "--dialect duckdb|postgres" });
  if (!(DIALECTS as readonly string[]).includes(values.dialect))
    return fail({ kind: "badValue", option: "--dialect", value: values.dialect, allowed: DIALECTS });
  if (values.table === undefined) return fail({ kind: "missingOption", command: "sql", option: "--table NAME" });
  if (values.like === undefined && values.columns === undefined)
    return fail({ kind: "missingOption", command: "sql", option: "--like FILE", alternatives: ['--columns "A,B,C"'] });
  if (values.level !== undefined && !(LEVELS as readonly string[]).includes(values.level))
    return fail({ kind: "badValue", option: "--level", value: values.level, allowed: LEVELS });
  const table = values.table.split(".").map((part) => part.trim());
  if (table.some((part) => part === ""))
    return fail({ kind: "badValue", option: "--table", value: values.table, allowed: ["NAME", "SCHEMA.NAME"] });
  return ok({
    preset: values.preset,
    config: values.config,
    dialect: values.dialect as DialectName,
    table,
    like: values.like,
    columns: values.columns === undefined ? undefined : columnList(values.columns),
    asOf: values.asOf,
    level: values.level as Level | undefined,
    mapping,
    orderBy: values.orderBy,
    text,
    help,
  });
}

/**
 * A comma-separated list of column names; a name with a comma is written in
 * double quotes, with "" for a quote inside.
 *
 * @example columnList('Customer, "Amount, USD", Due Date') //=> ["Customer", "Amount, USD", "Due Date"]
 */
export function columnList(text: string): string[] {
  const names: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"' && current.trim() === "") {
      current = "";
      quoted = true;
    } else if (c === ",") {
      names.push(current.trim());
      current = "";
    } else current += c;
  }
  names.push(current.trim());
  return names;
}

/** The text of `arseg sql --help`. */
export function sqlUsageText(): string {
  return `Usage: arseg sql [--preset NAME | --config FILE] --dialect duckdb|postgres --table NAME
                 (--like FILE | --columns "A,B,C") [options]

Prints one SELECT that returns every column of the table plus Segment, Priority, Strategy,
Score, Reason and Aging Bucket, with the same results as arseg gives for the same ledger, in
the same language: the configuration's, else that of the column names (Spanish, Portuguese),
else English.

Options:
  --dialect NAME        duckdb or postgres
  --table NAME          The table (or view) to read: NAME or SCHEMA.NAME
  --like FILE           A csv or xlsx file with the table's header row (the columns are read from it)
  --columns "A,B,C"     The table's column names, in order ("Amount, USD" in double quotes)
  --preset NAME         Built-in configuration (default: collections)
  --config FILE.json    Configuration file; not with --preset
  --as-of YYYY-MM-DD    Age the ledger at this date (default: the configuration's asOf, else the
                        database's current date); --as-of parameter makes it the query's parameter $1
  --level LEVEL         invoice or customer: overrides the configuration's level
  --map FIELD=HEADER    Read FIELD from the column HEADER (repeatable)
  --order-by COLUMN     A column that gives the ledger's row order (customer-level rules that read the
                        oldest open invoice's own values need it)
  --text                Every column is text (a staging table loaded from csv): dates and amounts are parsed
  -h, --help            Show this help
`;
}
