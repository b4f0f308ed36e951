import type { Field } from "../engine/fields";
import { fail, ok, type Result } from "../engine/result";
import type { UsageError } from "../workbook/errors";
import { mapOption } from "./args";

/** The options a sub-command (`arseg backtest …`) takes: option name → key, for options with a value and for flags. */
export interface CommandSpec<V extends string, F extends string> {
  /** The sub-command's name, for messages. */
  readonly command: string;
  readonly values: Readonly<Record<string, V>>;
  readonly flags: Readonly<Record<string, F>>;
}

/** What a sub-command was given: its one input file, option values, flags and --map pairs. */
export interface CommandArgs<V extends string, F extends string> {
  readonly input?: string;
  readonly values: Readonly<Partial<Record<V, string>>>;
  readonly flags: Readonly<Record<F, boolean>>;
  /** --map field=Header, repeatable ("" = the sheet has no such column). */
  readonly mapping: Readonly<Partial<Record<Field, string>>>;
}

/**
 * Reads a sub-command's arguments the way `arseg` reads its own: a value as
 * the next argument or after "=", `--` ending the options, every option at
 * most once except `--map`, exactly one input file (unless --help).
 *
 * @example
 * parseCommandArgs(["ledger.csv", "--horizon=14"], { command: "backtest", values: { "--horizon": "horizon" }, flags: {} })
 * //=> { ok: true, value: { input: "ledger.csv", values: { horizon: "14" }, flags: {}, mapping: {} } }
 */
export function parseCommandArgs<V extends string, F extends string>(
  argv: readonly string[],
  spec: CommandSpec<V, F>,
): Result<CommandArgs<V, F>, UsageError> {
  const values: Partial<Record<V, string>> = {};
  const flags = Object.fromEntries(Object.values<F>(spec.flags).map((f) => [f, false])) as Record<F, boolean>;
  const mapping: Partial<Record<Field, string>> = {};
  let input: string | undefined;
  let optionsEnded = false;
  const isOptionLike = (arg: string) => arg.startsWith("--") || arg in spec.values || arg in spec.flags;

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
    const flag = spec.flags[name];
    if (flag) {
      if (eq > 0) return fail({ kind: "unknownOption", option: arg });
      flags[flag] = true;
      continue;
    }
    const key = spec.values[name];
    if (!key && name !== "--map") return fail({ kind: "unknownOption", option: name });
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !isOptionLike(argv[i + 1])) value = argv[++i];
    if (value === undefined || value === "") return fail({ kind: "missingValue", option: name });
    if (!key) {
      const mapped = mapOption(value);
      if (!mapped.ok) return mapped;
      if (mapping[mapped.value.field] !== undefined) return fail({ kind: "repeatedOption", option: `--map ${mapped.value.field}` });
      mapping[mapped.value.field] = mapped.value.header;
      continue;
    }
    if (values[key] !== undefined) return fail({ kind: "repeatedOption", option: name });
    values[key] = value;
  }
  if (input === undefined && !(flags as Record<string, boolean>).help) return fail({ kind: "missingInput", command: spec.command });
  return ok({ input, values, flags, mapping });
}
