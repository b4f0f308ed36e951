import * as path from "path";
import type { SegmentationConfig } from "../engine/config/schema";
import { fail, ok, type Result } from "../engine/result";
import { createSessionReader, type SegmentationSession } from "../engine/session";
import type { RunError } from "../workbook/errors";
import type { XlsxPort } from "../xlsx/xlsxPort";
import { streamCsvFile } from "./csvFile";
import { fileKindOf, statInput } from "./files";
import { resolvePolicy, type Policy, type PolicyOverrides } from "./policy";

/** The ledger a sub-command reads, and how. */
export interface SessionInput {
  readonly file: string;
  /** Sheet of an xlsx input (default: the active sheet). */
  readonly sheet?: string;
  readonly today: string;
  readonly skipBadRows: boolean;
  /** The first configuration as asked for (see `resolvePolicy`: the saved one of an xlsx input when none is named). */
  readonly policy: Policy;
  readonly overrides: PolicyOverrides;
  /** Other configurations the session will run (see `createSessionReader`). */
  readonly alsoFor?: readonly SegmentationConfig[];
}

export interface SessionRead {
  readonly session: SegmentationSession;
  /** The sheet read (the csv file's name for csv). */
  readonly sheet: string;
  readonly config: SegmentationConfig;
  /** The configuration's name for a person ('the "aging" preset'). */
  readonly name: string;
  /** The 1-based sheet row (csv: line) of the first row the session was handed. */
  readonly firstRow: number;
  /** The workbook read, for writing a copy of it (xlsx input only). */
  readonly port?: XlsxPort;
}

/**
 * Reads a csv (streamed) or xlsx ledger once into a session, for `arseg
 * backtest` and `arseg compare`. The input file is only read.
 */
export async function readSessionInput(input: SessionInput): Promise<Result<SessionRead, RunError>> {
  const size = await statInput(input.file);
  if (!size.ok) return size;
  const kind = fileKindOf(input.file);
  if (!kind) return fail({ kind: "unsupportedFile", file: input.file });
  if (kind === "csv") {
    const sheet = path.basename(input.file);
    const { config, name } = resolvePolicy(input.policy, undefined, input.overrides);
    const reader = createSessionReader({ config, alsoFor: input.alsoFor, sheet, today: input.today, skipBadRows: input.skipBadRows });
    const read = await streamCsvFile(input.file, size.value, (cells) => reader.push(cells));
    if (!read.ok) return read;
    const session = reader.finish();
    if (!session.ok) return fail({ kind: "engine", issue: session.error });
    return ok({ session: session.value, sheet, config, name, firstRow: 1 });
  }
  // The workbook modules (ExcelJS) load only when a workbook is read.
  const { openWorkbook } = await import("./workbookRun");
  const { loadConfig } = await import("../workbook/configStore");
  const { readSession } = await import("../workbook/regionReading");
  const opened = await openWorkbook({ input: input.file });
  if (!opened.ok) return opened;
  const saved = await loadConfig(opened.value);
  if (!saved.ok) return saved;
  const { config, name } = resolvePolicy(input.policy, saved.value, input.overrides);
  const read = await readSession(opened.value, {
    config,
    alsoFor: input.alsoFor,
    sheet: input.sheet,
    today: input.today,
    skipBadRows: input.skipBadRows,
  });
  if (!read.ok) return read;
  const { region } = read.value;
  return ok({ session: read.value.session, sheet: region.sheet, config, name, firstRow: region.top + 1, port: opened.value });
}
