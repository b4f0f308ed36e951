import { LEVELS, type Level } from "../engine/config/schema";
import { describeIssue } from "../engine/issues";
import { isoFromSerial, todayIso } from "../engine/parse";
import type { SegmentationSession } from "../engine/session";
import { fail, ok, type Result } from "../engine/result";
import { textsFor } from "../engine/messages";
import { writeBacktestSheet } from "../workbook/backtestSheets";
import { formatBacktest } from "./backtestReport";
import { writeOutWorkbook } from "./planOutput";
import type { CommandArgs } from "./commandArgs";
import { asRun, readingLines, runCommand, writeJson, type CommandProblem } from "./commandRun";
import type { CliIo } from "./main";
import { policyOf, type PolicyOverrides } from "./policy";
import { readSessionInput, type SessionInput } from "./sessionInput";
import { scheduleOf } from "./snapshotDates";

/** Options every sub-command that reads a ledger takes. */
export const LEDGER_VALUES = { "--sheet": "sheet", "--level": "level" } as const;
export const LEDGER_FLAGS = {
  "--skip-bad-rows": "skipBadRows",
  "--quiet": "quiet",
  "-q": "quiet",
  "--help": "help",
  "-h": "help",
} as const;
/** Options that choose snapshot dates and the horizon. */
export const SCHEDULE_VALUES = { "--dates": "dates", "--from": "from", "--to": "to", "--every": "every", "--horizon": "horizon" } as const;

const SPEC = {
  command: "backtest",
  values: { ...LEDGER_VALUES, ...SCHEDULE_VALUES, "--preset": "preset", "--config": "config", "--json": "json", "--out": "out" },
  flags: LEDGER_FLAGS,
} as const;

type Values = (typeof SPEC.values)[keyof typeof SPEC.values];
type Flags = (typeof SPEC.flags)[keyof typeof SPEC.flags];

/** --level and --map, applied over whichever configuration runs. */
export function overridesOf(args: CommandArgs<string, string>, level: string | undefined): Result<PolicyOverrides, CommandProblem> {
  if (level !== undefined && !(LEVELS as readonly string[]).includes(level)) {
    return fail({ usage: { kind: "badValue", option: "--level", value: level, allowed: LEVELS } });
  }
  return ok({ level: level as Level | undefined, mapping: args.mapping });
}

/** Where the ledger of a sub-command is and how to read it, from its arguments. */
export function ledgerInput(
  args: CommandArgs<string, string> & { readonly values: { readonly sheet?: string }; readonly flags: { readonly skipBadRows: boolean } },
  io: CliIo,
): Pick<SessionInput, "file" | "sheet" | "today" | "skipBadRows"> {
  return { file: args.input!, sheet: args.values.sheet, today: io.today ?? todayIso(), skipBadRows: args.flags.skipBadRows };
}

/** Rows left out with --skip-bad-rows, one line each. */
export function skippedLines(session: SegmentationSession): string[] {
  return session.read.builder.skipped.map((issue) => `skipped: ${describeIssue(issue)}`);
}

/**
 * `arseg backtest LEDGER …`: what a configuration would have done on the
 * ledger's own past. Returns the exit code.
 *
 * @example await backtestCommand(["ledger.csv", "--preset", "aging", "--from", "2013-03-31", "--to", "2013-12-31", "--every", "quarter"], io) //=> 0
 */
export async function backtestCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand<Values, Flags>(io, argv, SPEC, backtestUsage, async (args, outputs) => {
    const v = args.values;
    const overrides = overridesOf(args, v.level);
    if (!overrides.ok) return overrides;
    const schedule = scheduleOf(v, "backtest", true);
    if (!schedule.ok) return schedule;
    const { dates, horizonDays } = schedule.value!;
    const policy = await policyOf({ preset: v.preset, config: v.config }, "--preset", "--config", overrides.value);
    if (!policy.ok) return policy;
    const input = args.input!;
    const read = asRun(
      await readSessionInput({
        ...ledgerInput(args, io),
        policy: policy.value,
        overrides: overrides.value,
      }),
    );
    if (!read.ok) return read;
    const { session, sheet, config, name } = read.value;
    const result = session.backtest(config, dates, horizonDays);
    if (!result.ok) return fail({ run: { kind: "engine", issue: result.error } });
    if (v.json !== undefined) {
      const json = await writeJson(outputs, input, v.json, result.value);
      if (!json.ok) return json;
    }
    let outLine = "";
    if (v.out !== undefined) {
      const { language, config: bound } = session.inItsLanguage(config);
      const texts = textsFor(language).backtest;
      const policy = bound.name ?? name;
      const out = await writeOutWorkbook(outputs, input, v.out, read.value, (port) =>
        writeBacktestSheet(port, { result: result.value, policy, sheet, texts }),
      );
      if (!out.ok) return out;
      outLine = `Backtest sheet "${out.value}" → ${v.out}\n`;
    }
    const last = result.value.snapshots[result.value.snapshots.length - 1];
    const stderr = args.flags.quiet ? [] : readingLines(session.reading(last?.asOf ?? isoFromSerial(dates[0])), false);
    const stdout =
      formatBacktest(result.value, name, sheet) +
      (v.json !== undefined || outLine ? "\n" : "") +
      (v.json !== undefined ? `Backtest JSON → ${v.json}\n` : "") +
      outLine;
    return ok({ stderr: [...stderr, ...skippedLines(session)], stdout });
  });
}

/** The text of `arseg backtest --help`. */
export function backtestUsage(): string {
  return `Usage: arseg backtest <ledger.xlsx|ledger.csv> [--preset NAME | --config FILE.json]
       (--dates D1,D2,… | --from D --to D [--every month|quarter|Nd]) [--horizon DAYS] [--json FILE] [--out FILE.xlsx]

What the configuration would have done on the ledger's own past. At each snapshot date the open
invoices get the Segment and Priority the configuration gives them from what was known that day
(rows dated later left out, later payments not yet made); the ledger's paid dates then say what
happened next. Needs invoice dates, due dates and paid dates. The input file is never changed.

Options:
  --preset NAME          Built-in configuration (default: the one saved in the workbook, else collections)
  --config FILE.json     Configuration file (JSON with comments); not with --preset
  --dates D1,D2,…        Snapshot dates, YYYY-MM-DD, separated by commas
  --from D --to D        Snapshot dates from D to D (both included) …
  --every STEP           … every month (default), quarter, or N days (14d); month-ends stay month-ends
  --horizon DAYS         Days after each snapshot in which a payment counts as collected (default 30)
  --json FILE            Also write the figures as JSON
  --out FILE.xlsx        Also write a copy of the workbook (a csv ledger: a new workbook of it) with a Backtest
                         sheet: the tables, the lift chart and what the figures mean (replaced on a re-run)
  --sheet NAME           Sheet to read (xlsx input; default: the active sheet)
  --level LEVEL          invoice or customer: overrides the configuration's level
  --map FIELD=HEADER     Read FIELD from the column HEADER (repeatable)
  --skip-bad-rows        Report rows with unreadable cells on stderr and go on without them
  -q, --quiet            Don't print what was read on stderr
  -h, --help             Show this help
`;
}
