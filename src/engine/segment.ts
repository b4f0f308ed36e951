import type { CellValue, Grid } from "./cell";
import { cellAddress } from "./address";
import type { Outcome } from "./config/schema";
import { derive } from "./derive/derive";
import { PAID_BUCKET } from "./derive/buckets";
import type { EngineIssue } from "./issues";
import { LedgerBuilder } from "./ledger/ledgerBuilder";
import { compileModel } from "./model/compileModel";
import type { EvalContext } from "./model/accessors";
import type { UnitResults } from "./model/compiledModel";
import { compileScoreCard } from "./model/scoreCard";
import { isoFromSerial, serialFromIso } from "./parse";
import { DEFAULT_SCORE_CARD, strategyText } from "./presets";
import type { AsOfSource } from "./reading";
import { readingReport } from "./readingReport";
import { fail, ok, type Result } from "./result";
import type { HeaderInfo, RowOutcome, Segmentation, Segmenter, SegmentOptions } from "./segmentation";
import { readSheetHeader, SAMPLE_ROWS, type SheetHeader } from "./sheetHeader";
import { HEADER_SCAN } from "./columns/headerRow";
import { summarize } from "./summary/summarize";
import { dateOrderOf, numbersRead, textsRead, type DateOrderChoice } from "./sheetNeeds";

/** Rows held back before the header is chosen and date order decided. */
const LOOKAHEAD = HEADER_SCAN + SAMPLE_ROWS;

/**
 * Segments a block of rows (title rows, header and data) in one call.
 *
 * @example
 * const result = segment([["Customer", "Amount", "Due date"], ["ACME", 1200, 46000]], { config, sheet: "AR", today: "2026-11-22" });
 * result.ok && result.value.outcome(0).segment //=> "Final notice / legal"
 */
export function segment(rows: Grid, options: SegmentOptions): Result<Segmentation, EngineIssue> {
  const segmenter = createSegmenter(options, rows.length);
  segmenter.pushRows(rows);
  return segmenter.finish();
}

/** Rows parsed together, column by column. */
const CHUNK = 8192;

/**
 * A segmenter fed row by row, so a csv file can be streamed: the first rows
 * are held until the header is found, then rows are parsed in chunks.
 * `expectedRows`, when known, sizes the columns once.
 */
export function createSegmenter(options: SegmentOptions, expectedRows?: number): Segmenter {
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
      return finishLedger(started!, pushed, options);
    },
  };
}

interface Started {
  readonly builder: LedgerBuilder;
  readonly header: HeaderInfo;
  readonly sheetHeader: SheetHeader;
  readonly dateOrder: DateOrderChoice;
}

function startLedger(
  rows: readonly (readonly CellValue[])[],
  options: SegmentOptions,
  expectedRows?: number,
): Result<Started, EngineIssue> {
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
  const builder = new LedgerBuilder({
    sheet,
    columns,
    headers: detection.headers,
    dateOrder: dateOrder.order,
    date1904: options.date1904 ?? false,
    origin,
    extraColumns: sheetHeader.extras,
    skipBadRows: options.skipBadRows ?? false,
    capacity: expectedRows,
    keepTexts: textsRead(config),
    keepNumbers: numbersRead(config, columns),
    buckets: layout.kind === "agingSummary" ? layout.buckets : undefined,
    statusYes: sheetHeader.statusYes,
  });
  return ok({ builder, header, sheetHeader, dateOrder });
}

/** The outcome of an invoice dated after the as-of date: it does not exist yet, so it is in no total. */
export const NOT_YET_ISSUED: Outcome = {
  segment: "Not yet issued",
  priority: null,
  strategy: { channel: "None", action: "No action: not issued as of this date", tone: "Neutral", message: "" },
};

/** The as-of date and where it comes from: the configuration (or --as-of), else the report's title, else today. */
function asOfOf(
  config: SegmentOptions["config"],
  title: SheetHeader["title"],
  today: string,
  origin: { top: number; left: number },
): { text: string; source: AsOfSource } {
  if (config.asOf !== undefined) return { text: config.asOf, source: { kind: "given" } };
  if (title)
    return {
      text: isoFromSerial(title.serial),
      source: { kind: "title", cell: cellAddress(origin.top + title.row, origin.left + title.column), text: title.text },
    };
  return { text: today, source: { kind: "today" } };
}

function finishLedger(started: Started, pushed: number, options: SegmentOptions): Result<Segmentation, EngineIssue> {
  const { builder, header, sheetHeader } = started;
  const { config, sheet } = options;
  const origin = options.origin ?? { top: 0, left: 0 };
  const ledger = builder.build();
  if (ledger.rowCount === 0) return fail({ kind: "noData", sheet });
  const chosen = asOfOf(config, sheetHeader.title, options.today, origin);
  const asOf = serialFromIso(chosen.text);
  if (asOf === undefined) return fail({ kind: "badAsOf", text: chosen.text });
  const derived = derive(ledger, config, asOf);
  const customers = derived.customers;
  const customerLevel = config.level === "customer";
  const unitCount = customerLevel ? customers.count : ledger.rowCount;
  const propensity = new Uint8Array(unitCount);
  const ctx: EvalContext = { ledger, derived, level: config.level, score: propensity, newCustomerMonths: config.newCustomerMonths };
  const card = compileScoreCard(config.scoreCard ?? DEFAULT_SCORE_CARD, ctx, sheet);
  if (!card.ok) return card;
  const representative = customerLevel ? customers.representative : undefined;
  const rowOfUnit = representative ? (k: number) => representative[k] : (i: number) => i;
  for (let u = 0; u < unitCount; u++) propensity[u] = card.value.score(rowOfUnit(u));
  const model = compileModel(config.model, ctx, card.value, sheet);
  if (!model.ok) return model;
  const results: UnitResults = {
    outcome: new Uint16Array(unitCount),
    score: model.value.ownScore ? new Uint8Array(unitCount) : propensity,
  };
  for (let u = 0; u < unitCount; u++) model.value.evaluate(rowOfUnit(u), u, results);
  const unitOf = customerLevel ? (i: number) => ledger.customer[i] : (i: number) => i;
  const outcomes = [...model.value.outcomes, NOT_YET_ISSUED];
  const notIssuedOutcome = outcomes.length - 1;
  const notIssued = derived.notIssued;
  const outcomeOf = (i: number): number => (notIssued[i] === 1 ? notIssuedOutcome : results.outcome[unitOf(i)]);
  const summary = summarize(ledger, derived, outcomes, outcomeOf);
  const strategies = outcomes.map((o) => strategyText(o.strategy));
  const labels = [...derived.bucketLabels];
  labels[derived.paidBucket] = PAID_BUCKET;
  const inputRows = pushed - header.row - 1;
  // At customer level every row of a customer shares one reason: build it once.
  const reasons: (string | undefined)[] | undefined = customerLevel ? new Array<string | undefined>(unitCount).fill(undefined) : undefined;
  const reasonOf = (i: number, unit: number): string => {
    if (notIssued[i] === 1) return `Invoice dated after the as-of date ${summary.asOf}: not yet issued then`;
    if (!reasons) return model.value.explain(i, unit, results);
    return (reasons[unit] ??= model.value.explain(rowOfUnit(unit), unit, results));
  };
  const reading = readingReport({
    sheet,
    origin,
    sheetHeader,
    dateOrder: started.dateOrder,
    builder,
    ledger,
    asOf: chosen,
    today: options.today,
  });
  return ok({
    header,
    asOf: summary.asOf,
    rowCount: ledger.rowCount,
    sourceRow: ledger.sourceRow,
    inputRows,
    excluded: builder.excluded,
    skipped: builder.skipped,
    summary,
    reading,
    priority(i: number): number | null {
      return outcomes[outcomeOf(i)].priority;
    },
    tally(i: number) {
      const counted = notIssued[i] === 0;
      return {
        segment: outcomes[outcomeOf(i)].segment,
        bucket: counted ? labels[derived.bucket[i]] : "",
        openBalance: derived.open[i],
        counted,
      };
    },
    outcome(i: number): RowOutcome {
      const unit = unitOf(i);
      const o = outcomeOf(i);
      const outcome = outcomes[o];
      return {
        segment: outcome.segment,
        priority: outcome.priority,
        strategy: strategies[o],
        score: notIssued[i] === 1 ? null : results.score[unit],
        reason: reasonOf(i, unit),
        bucket: notIssued[i] === 1 ? "" : labels[derived.bucket[i]],
        customer: ledger.customerNames[ledger.customer[i]],
        openBalance: derived.open[i],
        daysPastDue: derived.dpd[i] === derived.dpd[i] ? derived.dpd[i] : null,
      };
    },
  });
}
