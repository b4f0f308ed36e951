import { textsFor } from "../engine/messages";
import { promises as fs } from "fs";
import * as path from "path";
import { describeIssue } from "../engine/issues";
import { describeReading } from "../engine/readingText";
import { todayIso } from "../engine/parse";
import { fail, ok, type Result } from "../engine/result";
import { describeRunError, describeUsageError, type RunError } from "../workbook/errors";
import { parseArgs, type CliOptions } from "./args";
import { AtomicOutputs } from "./atomicOutput";
import { checkAsOf, defaultConfig, requestedConfig, withOverrides } from "./config";
import type { RunContext, RunOutcome } from "./context";
import { csvToCsv } from "./csvToCsv";
import { defaultOutput, errorText, fileKindOf, sameFile, statInput, type FileKind } from "./files";
import { checkOutputTarget } from "./outputTarget";
import { progressSink, type TextSink } from "./progressBar";
import { onInterrupt } from "./signals";
import { formatSummary } from "./summaryTable";
import { removeStaleTemps } from "./tempFiles";
import { usageText } from "./usage";

/** Where the command line writes, and what "today" is: replaceable in tests. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly stderrIsTTY: boolean;
  /** Today, YYYY-MM-DD; the local date when absent. */
  readonly today?: string;
  /** The user's language tag; the environment's (LC_ALL, LC_MESSAGES, LANG) when absent. */
  readonly locale?: string;
}

/** The environment's language tag, as POSIX names it ("es_MX.UTF-8"). */
export function environmentLocale(io: CliIo): string | undefined {
  return io.locale ?? (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || undefined);
}

const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, stderrIsTTY: process.stderr.isTTY === true });

/** A sub-command: its arguments after its name, the exit code back. */
export type Subcommand = (argv: readonly string[], io: CliIo) => Promise<number>;

/** `arseg NAME …`: each sub-command in its own module, loaded when used. Add a line to add one. */
const SUBCOMMANDS: Readonly<Record<string, () => Promise<Subcommand>>> = {
  backtest: async () => (await import("./backtestCommand")).backtestCommand,
  compare: async () => (await import("./compareCommand")).compareCommand,
};

/**
 * The `arseg` command line. Returns the exit code: 0 done, 2 a problem the
 * user can fix (one message on stderr, no output file left behind, the input
 * untouched), 1 an internal error.
 *
 * @example
 * await main(["ledger.xlsx", "--preset", "aging", "--as-of", "2025-06-30"]) //=> 0
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const subcommand = Object.hasOwn(SUBCOMMANDS, argv[0] ?? "") ? SUBCOMMANDS[argv[0]] : undefined;
  if (subcommand) return (await subcommand())(argv.slice(1), io);
  const outputs = new AtomicOutputs();
  let endProgress: (() => void) | undefined;
  const stopWatching = onInterrupt(() => outputs.discard());
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) return problem(io, describeUsageError(parsed.error));
    const options = parsed.value;
    if (options.help) {
      io.stdout.write(usageText());
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${await packageVersion()}\n`);
      return 0;
    }
    const prepared = await prepare(options, io, outputs);
    if (!prepared.ok) return "usage" in prepared.error ? problem(io, prepared.error.usage) : problem(io, describeRunError(prepared.error));
    const ctx = prepared.value;
    const bar = progressSink(io.stderr, io.stderrIsTTY, fileKindOf(ctx.input) === "csv" ? "bytes" : "rows");
    endProgress = bar?.end;
    const withBar: RunContext = { ...ctx, progress: bar?.sink };

    const run = await dispatch(withBar);
    bar?.end();
    if (!run.ok) {
      outputs.discard();
      return problem(io, describeRunError(run.error));
    }
    if (options.summaryJson !== undefined) {
      const json = await outputs.writeFile(
        options.summaryJson,
        JSON.stringify({ ...run.value.summary, reading: run.value.reading }, null, 2) + "\n",
      );
      if (!json.ok) {
        outputs.discard();
        return problem(io, describeRunError(json.error));
      }
    }
    const committed = outputs.commit();
    if (!committed.ok) return problem(io, describeRunError(committed.error));
    report(io, ctx, run.value);
    return 0;
  } catch (error) {
    endProgress?.();
    outputs.discard();
    io.stderr.write(`arseg: internal error: ${errorText(error)}\n`);
    return 1;
  } finally {
    stopWatching();
  }
}

function problem(io: CliIo, message: string): number {
  io.stderr.write(`arseg: ${message}\n`);
  return 2;
}

type Prepared = Result<RunContext, RunError | { readonly usage: string }>;

/** Checks everything that can be checked before the input is read. */
async function prepare(options: CliOptions, io: CliIo, outputs: AtomicOutputs): Promise<Prepared> {
  const input = options.input as string;
  if (options.asOf !== undefined) {
    const asOf = checkAsOf(options.asOf);
    if (!asOf.ok) return asOf;
  }
  const size = await statInput(input);
  if (!size.ok) return size;
  if (!fileKindOf(input)) return fail({ kind: "unsupportedFile", file: input });
  const output = options.out ?? defaultOutput(input);
  if (!fileKindOf(output)) return fail({ kind: "unsupportedFile", file: output });
  for (const target of [output, options.summaryJson]) {
    if (target !== undefined && (await sameFile(input, target))) {
      return fail({ usage: describeUsageError({ kind: "outputIsInput", file: target }) });
    }
  }
  if (options.summaryJson !== undefined && (await sameFile(output, options.summaryJson))) {
    return fail({ usage: describeUsageError({ kind: "sameOutput", file: options.summaryJson }) });
  }
  if (options.summaryJson !== undefined && path.extname(options.summaryJson).toLowerCase() !== ".json") {
    // A spreadsheet app would open any other name as csv, and split the JSON's texts into cells it may run as formulas.
    return fail({ usage: describeUsageError({ kind: "summaryNotJson", file: options.summaryJson }) });
  }
  for (const target of [output, options.summaryJson]) {
    if (target === undefined) continue;
    const checked = checkOutputTarget(target);
    if (!checked.ok) return checked;
    await removeStaleTemps(target);
  }
  const requested = await requestedConfig(options);
  if (!requested.ok) return requested;
  return ok({
    options,
    input,
    output,
    inputSize: size.value,
    config: requested.value ? withOverrides(requested.value, options) : undefined,
    today: io.today ?? todayIso(),
    displayLanguage: environmentLocale(io),
    outputs,
  });
}

/** Runs the conversion. The workbook modules are loaded only when a workbook is read or written. */ async function dispatch(
  ctx: RunContext,
): Promise<Result<RunOutcome, RunError>> {
  const from = fileKindOf(ctx.input) as FileKind;
  const to = fileKindOf(ctx.output) as FileKind;
  if (from === "csv" && to === "csv") return csvToCsv(ctx, ctx.config ?? withOverrides(defaultConfig(), ctx.options));
  if (from === "csv") return (await import("./csvToXlsx")).csvToXlsx(ctx);
  const { xlsxToXlsx, xlsxToCsv } = await import("./workbookRun");
  return to === "xlsx" ? xlsxToXlsx(ctx) : xlsxToCsv(ctx);
}

function report(io: CliIo, ctx: RunContext, run: RunOutcome): void {
  // What was read and every guess made, on stderr so stdout stays the summary table.
  // Everything after the run is in the run's language (the headers', or --language).
  const texts = textsFor(run.language);
  if (!ctx.options.quiet)
    io.stderr.write(
      describeReading(run.reading, true, run.language)
        .map((line) => `arseg: ${line}`)
        .join("\n") + "\n",
    );
  for (const issue of run.skipped) io.stderr.write(`arseg: ${texts.cli.skipped(describeIssue(issue))}\n`);
  io.stdout.write(formatSummary(run.summary, run.language));
  io.stdout.write(`\n${texts.cli.segmented(texts.formats.count(run.rows), run.sheet, ctx.output)}\n`);
  if (ctx.options.summaryJson !== undefined) io.stdout.write(`${texts.cli.summaryJson(ctx.options.summaryJson)}\n`);
}

/** The version in package.json, found by walking up from this file (src/cli in tests, dist/node/cli when built). */
async function packageVersion(): Promise<string> {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(await fs.readFile(path.join(dir, "package.json"), "utf8")) as { version?: string };
      if (pkg.version) return pkg.version;
    } catch {
      // Not here: try the folder above.
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}
