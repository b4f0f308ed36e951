import { fail, ok } from "../engine/result";
import type { SegmentationConfig } from "../engine/config/schema";
import { ledgerInput, LEDGER_FLAGS, LEDGER_VALUES, overridesOf, SCHEDULE_VALUES, skippedLines } from "./backtestCommand";
import { checkAsOf } from "./config";
import { asRun, readingLines, runCommand, writeJson } from "./commandRun";
import { formatComparison } from "./compareReport";
import type { BacktestResult } from "../engine/backtest/backtest";
import { compareSegmentations } from "../engine/backtest/compare";
import { priorityChanges } from "../engine/backtest/priorityChanges";
import { textsFor } from "../engine/messages";
import { writeCompareSheet } from "../workbook/backtestSheets";
import { CHANGES_SHOWN } from "../workbook/comparePlan";
import { writeOutWorkbook } from "./planOutput";
import type { CliIo } from "./main";
import { policyOf } from "./policy";
import { readSessionInput } from "./sessionInput";
import { scheduleOf } from "./snapshotDates";

const SPEC = {
  command: "compare",
  values: {
    ...LEDGER_VALUES,
    ...SCHEDULE_VALUES,
    "--preset": "preset",
    "--config": "config",
    "--with-preset": "withPreset",
    "--with-config": "withConfig",
    "--as-of": "asOf",
    "--json": "json",
    "--out": "out",
  },
  flags: LEDGER_FLAGS,
} as const;

type Values = (typeof SPEC.values)[keyof typeof SPEC.values];
type Flags = (typeof SPEC.flags)[keyof typeof SPEC.flags];

/**
 * `arseg compare LEDGER …`: two configurations over the same ledger — where
 * each invoice goes from one to the other, whose priority rose or fell, and
 * with snapshot dates both backtests side by side. Returns the exit code.
 *
 * @example await compareCommand(["ledger.csv", "--preset", "aging", "--with-preset", "collections"], io) //=> 0
 */
export async function compareCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand<Values, Flags>(io, argv, SPEC, compareUsage, async (args, outputs) => {
    const v = args.values;
    if (v.withPreset === undefined && v.withConfig === undefined) {
      return fail({ usage: { kind: "requiredOption", command: "compare", options: ["--with-preset NAME", "--with-config FILE"] } });
    }
    if (v.asOf !== undefined) {
      const asOf = checkAsOf(v.asOf);
      if (!asOf.ok) return fail({ run: asOf.error });
    }
    const level = overridesOf(args, v.level);
    if (!level.ok) return level;
    const overrides = { ...level.value, asOf: v.asOf };
    const schedule = scheduleOf(v, "compare", false);
    if (!schedule.ok) return schedule;
    const firstPolicy = await policyOf({ preset: v.preset, config: v.config }, "--preset", "--config", overrides);
    if (!firstPolicy.ok) return firstPolicy;
    const secondPolicy = await policyOf({ preset: v.withPreset, config: v.withConfig }, "--with-preset", "--with-config", overrides);
    if (!secondPolicy.ok) return secondPolicy;
    const second = secondPolicy.value.config as SegmentationConfig;
    const input = args.input!;
    const read = asRun(
      await readSessionInput({
        ...ledgerInput(args, io),
        alsoFor: [second],
        policy: firstPolicy.value,
        overrides: overrides,
      }),
    );
    if (!read.ok) return read;
    const { session, sheet, config: first, name: firstName } = read.value;
    const both = session.segmentBoth(first, second);
    if (!both.ok) return fail({ run: { kind: "engine", issue: both.error } });
    const comparison = compareSegmentations(both.value.first, both.value.second);
    let backtests: { readonly first: BacktestResult; readonly second: BacktestResult } | undefined;
    if (schedule.value) {
      const { dates, horizonDays } = schedule.value;
      const a = session.backtest(first, dates, horizonDays);
      if (!a.ok) return fail({ run: { kind: "engine", issue: a.error } });
      const b = session.backtest(second, dates, horizonDays);
      if (!b.ok) return fail({ run: { kind: "engine", issue: b.error } });
      backtests = { first: a.value, second: b.value };
    }
    const names = { first: firstName, second: secondPolicy.value.name };
    if (v.json !== undefined) {
      const json = await writeJson(outputs, input, v.json, { ...comparison, first: names.first, second: names.second, backtests });
      if (!json.ok) return json;
    }
    let outLine = "";
    if (v.out !== undefined) {
      const texts = textsFor(both.value.first.language).backtest;
      const sheetNames = { first: both.value.first.config.name ?? names.first, second: both.value.second.config.name ?? names.second };
      const out = await writeOutWorkbook(outputs, input, v.out, read.value, (port) =>
        writeCompareSheet(port, {
          comparison: comparison,
          names: sheetNames,
          sheet,
          changes: priorityChanges(both.value.first, both.value.second, CHANGES_SHOWN),
          rowNumber: (row) => read.value.firstRow + row,
          backtests,
          texts,
        }),
      );
      if (!out.ok) return out;
      outLine = `Compare sheet "${out.value}" → ${v.out}\n`;
    }
    const stderr = args.flags.quiet ? [] : readingLines(session.reading(comparison.asOf), true);
    const stdout =
      formatComparison(comparison, names, sheet, backtests) +
      (v.json !== undefined || outLine ? "\n" : "") +
      (v.json !== undefined ? `Comparison JSON → ${v.json}\n` : "") +
      outLine;
    return ok({ stderr: [...stderr, ...skippedLines(session)], stdout });
  });
}

/** The text of `arseg compare --help`. */
export function compareUsage(): string {
  return `Usage: arseg compare <ledger.xlsx|ledger.csv> [--preset A | --config A.json] (--with-preset B | --with-config B.json)
       [--as-of YYYY-MM-DD] [--dates D1,D2,… | --from D --to D [--every month|quarter|Nd]] [--horizon DAYS] [--json FILE]
       [--out FILE.xlsx]

Two configurations over the same ledger, read once: for each pair (segment under A, segment under B)
the invoices and their open balance, and the invoices whose priority rose or fell under B. With
snapshot dates, both backtests side by side (see arseg backtest --help). The input file is never changed.

Options:
  --preset NAME          A: a built-in configuration (default: the one saved in the workbook, else collections)
  --config FILE.json     A: a configuration file; not with --preset
  --with-preset NAME     B: a built-in configuration
  --with-config FILE     B: a configuration file; not with --with-preset
  --as-of YYYY-MM-DD     Compare as of this date (default: A's as-of date, else the report's title date, else today)
  --dates, --from, --to, --every, --horizon
                         Also backtest both, as arseg backtest does
  --json FILE            Also write the moves (and the backtests) as JSON
  --out FILE.xlsx        Also write a copy of the workbook (a csv ledger: a new workbook of it) with a Compare
                         sheet: the moves matrix, whose priority changes, the backtests side by side with
                         their lift chart (replaced on a re-run)
  --sheet NAME           Sheet to read (xlsx input; default: the active sheet)
  --level LEVEL          invoice or customer: overrides both configurations' level
  --map FIELD=HEADER     Read FIELD from the column HEADER (repeatable; both configurations read the sheet this way)
  --skip-bad-rows        Report rows with unreadable cells on stderr and go on without them
  -q, --quiet            Don't print what was read on stderr
  -h, --help             Show this help
`;
}
