import type { Grid } from "./cell";
import { cellAddress } from "./address";
import { PAID_BUCKET } from "./derive/buckets";
import { resolveLanguage } from "./language";
import { textsFor } from "./messages";
import type { RunTexts } from "./messages/types";
import { inLanguage } from "./presets";
import type { Summary } from "./summary/types";
import { evaluateLedger } from "./evaluate";
import type { EngineIssue } from "./issues";
import { createLedgerReader, type LedgerRead } from "./ledgerReader";
import { isoFromSerial, serialFromIso } from "./parse";
import { strategyText } from "./presets";
import type { AsOfSource } from "./reading";
import { readingReport } from "./readingReport";
import { fail, ok, type Result } from "./result";
import type { RowOutcome, Segmentation, Segmenter, SegmentOptions } from "./segmentation";
import type { SheetHeader } from "./sheetHeader";
import { summarize } from "./summary/summarize";

export { NOT_YET_ISSUED } from "./evaluate";

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

/**
 * A segmenter fed row by row, so a csv file can be streamed: the first rows
 * are held until the header is found, then rows are parsed in chunks.
 * `expectedRows`, when known, sizes the columns once.
 */
export function createSegmenter(options: SegmentOptions, expectedRows?: number): Segmenter {
  const reader = createLedgerReader(options, expectedRows);
  return {
    push: reader.push,
    pushRows: reader.pushRows,
    finish() {
      const read = reader.finish();
      return read.ok ? segmentationOf(read.value, options) : read;
    },
  };
}

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

/**
 * The segmentation of a ledger read once, with `options.config` as of its
 * as-of date (the configuration's, else the report's title date, else today).
 * A session calls it again with other configurations over the same read.
 */
export function segmentationOf(read: LedgerRead, options: SegmentOptions): Result<Segmentation, EngineIssue> {
  const { builder, header, sheetHeader, ledger, pushed } = read;
  const { sheet } = options;
  const origin = options.origin ?? { top: 0, left: 0 };
  // The language the run writes in, and the configuration in its words (an untouched preset's names translated).
  const language = resolveLanguage(options.config.language, header.headers, options.displayLanguage);
  const texts = textsFor(language);
  const config = inLanguage(options.config, language);
  const chosen = asOfOf(config, sheetHeader.title, options.today, origin);
  const asOf = serialFromIso(chosen.text);
  if (asOf === undefined) return fail({ kind: "badAsOf", text: chosen.text });
  const evaluated = evaluateLedger(ledger, config, asOf, sheet, texts);
  if (!evaluated.ok) return evaluated;
  const { derived, model, outcomes, outcomeOf, unitOf, rowOfUnit, results } = evaluated.value;
  const customerLevel = config.level === "customer";
  const unitCount = results.outcome.length;
  const notIssued = derived.notIssued;
  const labels = [...derived.bucketLabels];
  labels[0] = texts.buckets.current;
  labels[derived.paidBucket] = texts.buckets.paid;
  const summary = inBucketWords(summarize(ledger, derived, outcomes, outcomeOf), texts);
  const strategies = outcomes.map((o) => strategyText(o.strategy, texts));
  const inputRows = pushed - header.row - 1;
  // At customer level every row of a customer shares one reason: build it once.
  const reasons: (string | undefined)[] | undefined = customerLevel ? new Array<string | undefined>(unitCount).fill(undefined) : undefined;
  const reasonOf = (i: number, unit: number): string => {
    if (notIssued[i] === 1) return texts.reasons.notYetIssued(texts.date(summary.asOf));
    if (!reasons) return model.explain(i, unit, results);
    return (reasons[unit] ??= model.explain(rowOfUnit(unit), unit, results));
  };
  const reading = readingReport({
    sheet,
    origin,
    sheetHeader,
    dateOrder: read.dateOrder,
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
    language,
    config,
    outputHeaders: texts.outputHeaders,
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

/** A summary whose bucket words ("Current", "Paid") are the run's language's. */
function inBucketWords(summary: Summary, texts: RunTexts): Summary {
  if (texts.language === "en") return summary;
  const word = (label: string) => (label === "Current" ? texts.buckets.current : label === PAID_BUCKET ? texts.buckets.paid : label);
  return { ...summary, buckets: summary.buckets.map(word) };
}
