import type { CellValue, Grid } from "./cell";
import { detectColumns, findHeaderRow } from "./columns";
import { derive } from "./derive/derive";
import { PAID_BUCKET } from "./derive/buckets";
import type { EngineIssue } from "./issues";
import { LedgerBuilder } from "./ledger/ledgerBuilder";
import { compileModel } from "./model/compileModel";
import type { EvalContext } from "./model/accessors";
import type { UnitResults } from "./model/compiledModel";
import { compileScoreCard } from "./model/scoreCard";
import { serialFromIso, textOf } from "./parse";
import { DEFAULT_SCORE_CARD, strategyText } from "./presets";
import { fail, ok, type Result } from "./result";
import type { HeaderInfo, RowOutcome, Segmentation, Segmenter, SegmentOptions } from "./segmentation";
import { summarize } from "./summary/summarize";
import { dateOrderOf, extraColumns, hideOwnColumns, missingField, numbersRead, textsRead } from "./sheetNeeds";

/** Rows held back before the header is chosen and date order decided. */
const LOOKAHEAD = 200;
const HEADER_SCAN = 30;

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
  let header: HeaderInfo | undefined;
  let failure: EngineIssue | undefined;

  const flush = (): void => {
    if (pending.length === 0 || failure) return;
    const issue = builder!.addChunk(pending, pendingFrom);
    if (issue) failure = issue;
    pending = [];
    pendingFrom = pushed;
  };
  const start = (): void => {
    const started = startLedger(pending, options, expectedRows);
    if (!started.ok) {
      failure = started.error;
      return;
    }
    ({ builder, header } = started.value);
    pending = pending.slice(header.row + 1);
    pendingFrom = header.row + 1;
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
      return finishLedger(builder!, header!, pushed, options);
    },
  };
}

interface Started {
  readonly builder: LedgerBuilder;
  readonly header: HeaderInfo;
}

function startLedger(
  rows: readonly (readonly CellValue[])[],
  options: SegmentOptions,
  expectedRows?: number,
): Result<Started, EngineIssue> {
  const { config, sheet } = options;
  if (rows.length === 0) return fail({ kind: "noData", sheet });
  const headerRow = findHeaderRow(rows, config.mapping, HEADER_SCAN);
  if (headerRow < 0) return fail({ kind: "noHeader", sheet, scannedRows: Math.min(HEADER_SCAN, rows.length) });
  const cells = rows[headerRow];
  const { visible, at: own } = hideOwnColumns(cells);
  const detection = detectColumns(visible, config.mapping);
  const first = detection.unmatchedMappings[0];
  if (first) return fail({ kind: "mappedColumnNotFound", sheet, field: first.field, header: first.header });
  const columns = detection.columns;
  const missing = missingField(columns, config);
  if (missing) return fail({ kind: "missingColumn", sheet, field: missing.field, tried: missing.tried });
  const extras = extraColumns(config, detection.kept, detection.headers, sheet);
  if (!extras.ok) return extras;
  let dataWidth = visible.length;
  while (dataWidth > 0 && textOf(visible[dataWidth - 1]) === "") dataWidth--;
  if (own !== undefined) dataWidth = Math.min(dataWidth, own);
  const header: HeaderInfo = { row: headerRow, headers: detection.headers, columns, dataWidth, ownColumns: own };
  const builder = new LedgerBuilder({
    sheet,
    columns,
    headers: detection.headers,
    dateOrder: dateOrderOf(config, rows.slice(headerRow + 1), columns, detection.headers),
    date1904: options.date1904 ?? false,
    origin: options.origin ?? { top: 0, left: 0 },
    extraColumns: extras.value,
    skipBadRows: options.skipBadRows ?? false,
    capacity: expectedRows,
    keepTexts: textsRead(config),
    keepNumbers: numbersRead(config, columns),
  });
  return ok({ builder, header });
}

function finishLedger(
  builder: LedgerBuilder,
  header: HeaderInfo,
  pushed: number,
  options: SegmentOptions,
): Result<Segmentation, EngineIssue> {
  const { config, sheet } = options;
  const ledger = builder.build();
  if (ledger.rowCount === 0) return fail({ kind: "noData", sheet });
  const asOfText = config.asOf ?? options.today;
  const asOf = serialFromIso(asOfText);
  if (asOf === undefined) return fail({ kind: "badAsOf", text: asOfText });
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
  const outcomes = model.value.outcomes;
  const summary = summarize(ledger, derived, outcomes, (i) => results.outcome[unitOf(i)]);
  const strategies = outcomes.map((o) => strategyText(o.strategy));
  const labels = [...derived.bucketLabels];
  labels[derived.paidBucket] = PAID_BUCKET;
  const inputRows = pushed - header.row - 1;
  // At customer level every row of a customer shares one reason: build it once.
  const reasons: (string | undefined)[] | undefined = customerLevel ? new Array<string | undefined>(unitCount).fill(undefined) : undefined;
  const reasonOf = (i: number, unit: number): string => {
    if (!reasons) return model.value.explain(i, unit, results);
    return (reasons[unit] ??= model.value.explain(rowOfUnit(unit), unit, results));
  };
  return ok({
    header,
    asOf: summary.asOf,
    rowCount: ledger.rowCount,
    sourceRow: ledger.sourceRow,
    inputRows,
    excluded: builder.excluded,
    skipped: builder.skipped,
    summary,
    priority(i: number): number | null {
      return outcomes[results.outcome[unitOf(i)]].priority;
    },
    tally(i: number) {
      return { segment: outcomes[results.outcome[unitOf(i)]].segment, bucket: labels[derived.bucket[i]], openBalance: derived.open[i] };
    },
    outcome(i: number): RowOutcome {
      const unit = unitOf(i);
      const o = results.outcome[unit];
      const outcome = outcomes[o];
      return {
        segment: outcome.segment,
        priority: outcome.priority,
        strategy: strategies[o],
        score: results.score[unit],
        reason: reasonOf(i, unit),
        bucket: labels[derived.bucket[i]],
      };
    },
  });
}
