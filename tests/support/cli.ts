import { main } from "../../src/cli/main";

/** What one command-line run printed, and its exit code. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `arseg` in this process with captured output, as if on `today`. */
export async function runCli(argv: readonly string[], today: string): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const code = await main([...argv], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stderrIsTTY: false,
    today,
  });
  return { code, stdout, stderr };
}
