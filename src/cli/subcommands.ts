import type { CliIo } from "./main";

/** A sub-command: the arguments after its name, the streams; returns the exit code. */
export type Subcommand = (argv: string[], io: CliIo) => Promise<number>;

/**
 * `arseg NAME …` runs NAME's module instead of a segmentation run. Each is
 * loaded only when named, so a plain run loads none of them. (A ledger file
 * named like a sub-command is given as ./NAME.)
 */
export const SUBCOMMANDS: Readonly<Record<string, () => Promise<Subcommand>>> = {
  sql: async () => (await import("./sqlCommand")).sqlCommand,
};
