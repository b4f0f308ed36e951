import type { Grid } from "../engine/cell";
import type { SegmentationConfig } from "../engine/config/schema";
import type { EngineIssue } from "../engine/issues";
import { fail, ok, type Result } from "../engine/result";
import type { SegmentOptions } from "../engine/segmentation";
import { createSessionReader, type SegmentationSession } from "../engine/session";
import type { RunError } from "./errors";
import type { ProgressSink, RegionPlace, WorkbookPort } from "./port";

/** What takes a region's rows a block at a time and then makes something of them (a segmenter, a session reader). */
export interface RegionSink<T> {
  pushRows(rows: Grid): void;
  finish(): Result<T, EngineIssue>;
}

/** Where and how a region is read. */
export interface RegionReading {
  /** Sheet name; the active sheet when absent. */
  readonly sheet?: string;
  readonly useSelection?: boolean;
  readonly today: string;
  readonly skipBadRows?: boolean;
  readonly onProgress?: ProgressSink;
  readonly signal?: AbortSignal;
}

/**
 * Reads a sheet's data region block by block straight into the sink `open`
 * makes once the region's place is known (with the engine options that place
 * gives). Blocks are not kept unless `keep` takes them too, so a large sheet
 * is never held whole.
 *
 * @example
 * await readRegionInto(port, { today }, (options, rows) => createSegmenter({ ...options, config }, rows))
 * //=> { ok: true, value: { region, value: segmentation } }
 */
export async function readRegionInto<T>(
  port: WorkbookPort,
  request: RegionReading,
  open: (options: Omit<SegmentOptions, "config">, rowCount: number) => RegionSink<T>,
  keep?: (rows: Grid) => void,
): Promise<Result<{ readonly region: RegionPlace; readonly value: T }, RunError>> {
  let sink: RegionSink<T> | undefined;
  const read = await port.readRegionBlocks(
    { sheet: request.sheet, useSelection: request.useSelection, signal: request.signal },
    (place) => {
      const opened = open(
        {
          sheet: place.sheet,
          today: request.today,
          date1904: place.date1904,
          origin: { top: place.top, left: place.left },
          skipBadRows: request.skipBadRows,
        },
        place.rowCount,
      );
      sink = opened;
      return (rows) => {
        keep?.(rows);
        opened.pushRows(rows);
      };
    },
    request.onProgress,
  );
  if (!read.ok) return fail(read.error);
  if (request.signal?.aborted) return fail({ kind: "cancelled" });
  if (!sink) return fail({ kind: "emptySheet", sheet: read.value.sheet });
  const region = read.value;
  const total = region.rowCount;
  request.onProgress?.({ phase: "segmenting", done: 0, total });
  const result = sink.finish();
  if (!result.ok) return fail({ kind: "engine", issue: result.error });
  request.onProgress?.({ phase: "segmenting", done: total, total });
  return ok({ region, value: result.value });
}

export interface SessionRequest extends RegionReading {
  /** How the sheet is read (its mapping), and the first configuration run. */
  readonly config: SegmentationConfig;
  /** Other configurations the session will run (a comparison): the columns they read are parsed too. */
  readonly alsoFor?: readonly SegmentationConfig[];
}

/**
 * Reads a sheet's data region into a session (see `createSessionReader`): the
 * ledger is parsed once, then backtested or compared as often as asked. Writes nothing.
 *
 * @example
 * const read = await readSession(port, { config, today: "2026-01-31" });
 * read.ok && read.value.session.backtest(config, dates, 30)
 */
export async function readSession(
  port: WorkbookPort,
  request: SessionRequest,
): Promise<Result<{ readonly region: RegionPlace; readonly session: SegmentationSession }, RunError>> {
  const read = await readRegionInto(port, request, (options, rows) =>
    createSessionReader({ ...options, config: request.config, alsoFor: request.alsoFor }, rows),
  );
  return read.ok ? ok({ region: read.value.region, session: read.value.value }) : read;
}
