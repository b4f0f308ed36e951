import { describeReading } from "../engine/readingText";
import type { ReadingReport } from "../engine/reading";
import { fail, ok, type Result } from "../engine/result";
import { describeRunError, describeUsageError, type RunError, type UsageError } from "../workbook/errors";
import { AtomicOutputs } from "./atomicOutput";
import { parseCommandArgs, type CommandArgs, type CommandSpec } from "./commandArgs";
import { sameFile } from "./files";
import type { CliIo } from "./main";

/** What stops a sub-command: a mistake in its options, or a problem with its input. */
export type CommandProblem = { readonly usage: UsageError } | { readonly run: RunError };

/** What a sub-command's run hands back: what to print on stderr (what was read) and on stdout. */
export interface CommandOutput {
  readonly stderr: readonly string[];
  readonly stdout: string;
}

/**
 * Runs a sub-command with the command line's conventions: its arguments read
 * by `spec` (--help prints `usage`), outputs
 * staged and renamed only when all succeeded, one message on stderr and exit
 * code 2 for a problem the user can fix, 1 for an internal error, 0 done.
 */
export async function runCommand<V extends string, F extends string>(
  io: CliIo,
  argv: readonly string[],
  spec: CommandSpec<V, F | "help">,
  usage: () => string,
  body: (args: CommandArgs<V, F | "help">, outputs: AtomicOutputs) => Promise<Result<CommandOutput, CommandProblem>>,
): Promise<number> {
  const outputs = new AtomicOutputs();
  try {
    const parsed = parseCommandArgs(argv, spec);
    if (!parsed.ok) return problem(io, { usage: parsed.error });
    if (parsed.value.flags.help) {
      io.stdout.write(usage());
      return 0;
    }
    const done = await body(parsed.value, outputs);
    if (!done.ok) {
      await outputs.discard();
      return problem(io, done.error);
    }
    const committed = await outputs.commit();
    if (!committed.ok) return problem(io, { run: committed.error });
    for (const line of done.value.stderr) io.stderr.write(`arseg: ${line}\n`);
    io.stdout.write(done.value.stdout);
    return 0;
  } catch (error) {
    outputs.discard();
    io.stderr.write(`arseg: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function problem(io: CliIo, p: CommandProblem): number {
  io.stderr.write(`arseg: ${"usage" in p ? describeUsageError(p.usage) : describeRunError(p.run)}\n`);
  return 2;
}

/** A Result's failure as a command problem about the input. */
export const asRun = <T>(result: Result<T, RunError>): Result<T, CommandProblem> => (result.ok ? result : fail({ run: result.error }));

/** Writes `value` as JSON to `file` (staged with the other outputs); the input file is never a target. */
export async function writeJson(
  outputs: AtomicOutputs,
  input: string,
  file: string,
  value: unknown,
): Promise<Result<void, CommandProblem>> {
  if (await sameFile(input, file)) return fail({ usage: { kind: "outputIsInput", file } });
  const written = await outputs.writeFile(file, JSON.stringify(value, null, 2) + "\n");
  return written.ok ? ok(undefined) : fail({ run: written.error });
}

/** What was read, for stderr; `withAsOf` false for a backtest, which names its own dates. */
export function readingLines(reading: ReadingReport, withAsOf: boolean): string[] {
  return describeReading(reading, withAsOf);
}
