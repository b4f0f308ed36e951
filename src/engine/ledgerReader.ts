import type { CellValue } from "./cell";
import type { SegmentationConfig } from "./config/schema";
import { HEADER_SCAN } from "./columns/headerRow";
import type { EngineIssue } from "./issues";
import type { Ledger, NumberField } from "./ledger/ledger";
import { LedgerBuilder } from "./ledger/ledgerBuilder";
import { fail, ok, type Result } from "./result";
import type { HeaderInfo, SegmentOptions } from "./segmentation";
import { readSheetHeader, SAMPLE_ROWS, type SheetHeader } from "./sheetHeader";
import { dateOrderOf, numbersRead, textsRead, type DateOrderChoice } from "./sheetNeeds";

/** Rows held back before the header is chosen and date order decided. */
const LOOKAHEAD = HEADER_SCAN + SAMPLE_ROWS;

/** Rows parsed together, column by column. */
const CHUNK = 8192;

/** What reading a sheet needs: a run's options, and what else the parsed ledger must hold. */
export interface ReadOptions extends SegmentOptions {
  /**
   * Other configurations the same parsed ledger will be evaluated with (a comparison):
   * the columns they read are parsed too. The sheet is read the way `config` maps it.
   */
  readonly alsoFor?: readonly SegmentationConfig[];
  /** Number and date columns to parse whatever the configurations read (a backtest needs the invoice amount). */
  readonly alsoNumbers?: readonly NumberField[];
}

/** A sheet read and parsed once: the ledger and everything known of how it was read. */
export interface LedgerRead {
  readonly ledger: Ledger;
  readonly builder: LedgerBuilder;
  readonly header: HeaderInfo;
  readonly sheetHeader: SheetHeader;
  readonly dateOrder: DateOrderChoice;
  /** Rows handed in, in total (title and header rows included). */
  readonly pushed: number;
}

/** Takes rows one at a time or a block at a time, then parses what remains. */
export interface LedgerReader {
  push(row: readonly CellValue[]): void;
  pushRows(rows: readonly (readonly CellValue[])[]): void;
  finish(): Result<LedgerRead, EngineIssue>;
}

interface Started {
  readonly builder: LedgerBuilder;
  readonly header: HeaderInfo;
  readonly sheetHeader: SheetHeader;
  readonly dateOrder: DateOrderChoice;
}

/**
 * Reads a sheet fed row by row, so a csv file can be streamed: the first rows
 * are held until the header is found, then rows are parsed in chunks.
 * `expectedRows`, when known, sizes the columns once. The segmenter and a
 * backtest session both stand on it.
 *
 * @example
 * const reader = createLedgerReader({ config, sheet: "AR", today: "2026-01-31" });
 * reader.pushRows(rows);
 * reader.finish().ok && reader.finish().value.ledger.rowCount //=> 399
 */
export function createLedgerReader(options: ReadOptions, expectedRows?: number): LedgerReader {
  let pending: (readonly CellValue[])[] = [];
  let pendingFrom = 0;
  let pushed = 0;
  let builder: LedgerBuilder | undefined;
  let started: Started | undefined;
  let failure: EngineIssue | undefined;

  const flush = (): void => {
    if (pending.length === 0 || failure) return;
    const issue = builder!.addChunk(pending, pendingFrom);
    if (issue) failure = issue;
    pending = [];
    pendingFrom = pushed;
  };
  const start = (): void => {
    const opened = startLedger(pending, options, expectedRows);
    if (!opened.ok) {
      failure = opened.error;
      return;
    }
    started = opened.value;
    builder = started.builder;
    pending = pending.slice(started.header.row + 1);
    pendingFrom = started.header.row + 1;
    flush();
  };

  const push = (row: readonly CellValue[]): void => {
    pushed++;
    if (failure) return;
    pending.push(row);
    if (!builder) {
      if (pending.length >= LOOKAHEAD) start();
    } else if (pending.length >= CHUNK) flush();
  };

  return {
    push,
    pushRows(rows) {
      let k = 0;
      // Row by row while the header is being looked for, or while rows wait for a chunk to fill.
      while (k < rows.length && (!builder || pending.length > 0) && !failure) push(rows[k++]);
      // Then chunks straight from the block, so its rows need not wait (and outlive a collection) in `pending`.
      while (k < rows.length) {
        const end = Math.min(rows.length, k + CHUNK);
        if (!failure) {
          const issue = builder!.addChunk(k === 0 && end === rows.length ? rows : rows.slice(k, end), pushed);
          if (issue) failure = issue;
        }
        pushed += end - k;
        pendingFrom = pushed;
        k = end;
      }
    },
    finish() {
      if (!builder && !failure) start();
      flush();
      if (failure) return fail(failure);
      const ledger = started!.builder.build();
      if (ledger.rowCount === 0) return fail({ kind: "noData", sheet: options.sheet });
      return ok({ ...started!, ledger, pushed });
    },
  };
}

function startLedger(rows: readonly (readonly CellValue[])[], options: ReadOptions, expectedRows?: number): Result<Started, EngineIssue> {
  const { config, sheet } = options;
  const origin = options.origin ?? { top: 0, left: 0 };
  const read = readSheetHeader(rows, config, sheet, origin);
  if (!read.ok) return read;
  const sheetHeader = read.value;
  const { detection, layout } = sheetHeader;
  const columns = detection.columns;
  const header: HeaderInfo = {
    row: sheetHeader.row,
    headers: detection.headers,
    columns,
    dataWidth: sheetHeader.dataWidth,
    ownColumns: sheetHeader.ownColumns,
  };
  const dateOrder = dateOrderOf(config, rows.slice(sheetHeader.row + 1), columns, detection.headers);
  const keepTexts = textsRead(config);
  const keepNumbers = numbersRead(config, columns);
  const extras = new Map(sheetHeader.extras);
  for (const other of options.alsoFor ?? []) {
    // Each other configuration must be able to run on this sheet too: its required columns, the columns its rules test.
    const theirs = readSheetHeader(rows, { ...other, mapping: config.mapping }, sheet, origin);
    if (!theirs.ok) return theirs;
    for (const [name, column] of theirs.value.extras) extras.set(name, column);
    for (const field of textsRead(other)) keepTexts.add(field);
    for (const field of numbersRead(other, columns)) keepNumbers.add(field);
  }
  for (const field of options.alsoNumbers ?? []) keepNumbers.add(field);
  const builder = new LedgerBuilder({
    sheet,
    columns,
    headers: detection.headers,
    dateOrder: dateOrder.order,
    date1904: options.date1904 ?? false,
    origin,
    extraColumns: extras,
    skipBadRows: options.skipBadRows ?? false,
    capacity: expectedRows,
    keepTexts,
    keepNumbers,
    buckets: layout.kind === "agingSummary" ? layout.buckets : undefined,
    statusYes: sheetHeader.statusYes,
  });
  return ok({ builder, header, sheetHeader, dateOrder });
}
