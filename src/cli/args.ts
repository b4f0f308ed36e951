import { LEVELS, type Level } from "../engine/config/schema";
import { FIELDS, type Field } from "../engine/fields";
import { isLanguage, LANGUAGES, type Language } from "../engine/language";
import { fail, ok, type Result } from "../engine/result";
import type { UsageError } from "../workbook/errors";

/** What the command line asked for, before any file is touched. */
export interface CliOptions {
  readonly input?: string;
  readonly sheet?: string;
  readonly preset?: string;
  readonly config?: string;
  readonly asOf?: string;
  readonly level?: Level;
  readonly out?: string;
  readonly summaryJson?: string;
  /** --language: the language the run writes in (else the configuration's, the headers', the environment's, English). */
  readonly language?: Language;
  /** --map field=Header, over the configuration's mapping ("" = the sheet has no such column). */
  readonly mapping: Readonly<Partial<Record<Field, string>>>;
  readonly skipBadRows: boolean;
  readonly overwrite: boolean;
  /** Print nothing on stderr but problems (no report of what was read). */
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

type ValueKey = "sheet" | "preset" | "config" | "asOf" | "level" | "out" | "summaryJson" | "language";
type FlagKey = "skipBadRows" | "overwrite" | "quiet" | "help" | "version";

const VALUE_OPTIONS: Readonly<Record<string, ValueKey>> = {
  "--sheet": "sheet",
  "--preset": "preset",
  "--config": "config",
  "--as-of": "asOf",
  "--level": "level",
  "--out": "out",
  "-o": "out",
  "--summary-json": "summaryJson",
  "--language": "language",
};

const FLAG_OPTIONS: Readonly<Record<string, FlagKey>> = {
  "--skip-bad-rows": "skipBadRows",
  "--overwrite": "overwrite",
  "--quiet": "quiet",
  "-q": "quiet",
  "--help": "help",
  "-h": "help",
  "--version": "version",
  "-v": "version",
};

/**
 * Reads the arguments after `arseg`. Options take their value as the next
 * argument or after "=" (`--sheet Ledger`, `--sheet=Ledger`); `--` ends the
 * options, so an input file may start with a dash.
 *
 * @example
 * parseArgs(["ledger.xlsx", "--level", "customer"])
 * //=> { ok: true, value: { input: "ledger.xlsx", level: "customer", skipBadRows: false, … } }
 */
export function parseArgs(argv: readonly string[]): Result<CliOptions, UsageError> {
  const values: Partial<Record<ValueKey, string>> = {};
  const flags: Record<FlagKey, boolean> = { skipBadRows: false, overwrite: false, quiet: false, help: false, version: false };
  const mapping: Partial<Record<Field, string>> = {};
  let input: string | undefined;
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!optionsEnded && arg === "--") {
      optionsEnded = true;
      continue;
    }
    if (optionsEnded || !arg.startsWith("-") || arg === "-") {
      if (input !== undefined) return fail({ kind: "extraArgument", argument: arg });
      input = arg;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const flag = FLAG_OPTIONS[name];
    if (flag) {
      if (eq > 0) return fail({ kind: "unknownOption", option: arg });
      flags[flag] = true;
      continue;
    }
    const key = name === "--map" ? "map" : VALUE_OPTIONS[name];
    if (!key) return fail({ kind: "unknownOption", option: name });
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !isOptionLike(argv[i + 1])) value = argv[++i];
    if (value === undefined || value === "") return fail({ kind: "missingValue", option: name });
    if (key === "map") {
      const mapped = mapOption(value);
      if (!mapped.ok) return mapped;
      if (mapping[mapped.value.field] !== undefined) return fail({ kind: "repeatedOption", option: `--map ${mapped.value.field}` });
      mapping[mapped.value.field] = mapped.value.header;
      continue;
    }
    if (values[key] !== undefined) return fail({ kind: "repeatedOption", option: name });
    values[key] = value;
  }

  if (values.preset !== undefined && values.config !== undefined) {
    return fail({ kind: "conflictingOptions", first: "--preset", second: "--config" });
  }
  let level: Level | undefined;
  if (values.level !== undefined) {
    if (!(LEVELS as readonly string[]).includes(values.level)) {
      return fail({ kind: "badValue", option: "--level", value: values.level, allowed: LEVELS });
    }
    level = values.level as Level;
  }
  if (values.language !== undefined && !isLanguage(values.language)) {
    return fail({ kind: "badValue", option: "--language", value: values.language, allowed: LANGUAGES });
  }
  if (input === undefined && !flags.help && !flags.version) return fail({ kind: "missingInput" });

  return ok({
    input,
    sheet: values.sheet,
    preset: values.preset,
    config: values.config,
    asOf: values.asOf,
    level,
    out: values.out,
    summaryJson: values.summaryJson,
    language: values.language as Language | undefined,
    mapping,
    ...flags,
  });
}

/** "dueDate=Vencto", "due date=Vencto", "phone=" (no such column): the field by its key, spaces, case and dashes ignored. */
export function mapOption(value: string): Result<{ field: Field; header: string }, UsageError> {
  const eq = value.indexOf("=");
  const key = (eq < 0 ? value : value.slice(0, eq)).replace(/[\s_-]+/g, "").toLowerCase();
  const field = FIELDS.find((f) => f.toLowerCase() === key);
  if (eq < 0 || !field) return fail({ kind: "badValue", option: "--map", value, allowed: FIELDS.map((f) => `${f}=<header>`) });
  return ok({ field, header: value.slice(eq + 1).trim() });
}

/** A following argument that is an option, so not this option's value (a value such as "-5" is allowed). */
function isOptionLike(arg: string): boolean {
  return arg.startsWith("--") || arg in VALUE_OPTIONS || arg in FLAG_OPTIONS;
}
