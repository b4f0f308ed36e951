import { backtest, type BacktestResult } from "./backtest/backtest";
import { compareSegmentations, type Comparison } from "./backtest/compare";
import type { SegmentationConfig } from "./config/schema";
import type { EngineIssue } from "./issues";
import { createLedgerReader, type LedgerRead, type LedgerReader, type ReadOptions } from "./ledgerReader";
import type { ReadingReport } from "./reading";
import { readingReport } from "./readingReport";
import { fail, ok, type Result } from "./result";
import { resolveLanguage, type Language } from "./language";
import { inLanguage } from "./presets";
import { segmentationOf } from "./segment";
import type { Segmentation } from "./segmentation";

/**
 * A sheet parsed once, then segmented, backtested or compared as often as
 * asked: each call redoes only what depends on the configuration and the date.
 */
export interface SegmentationSession {
  readonly read: LedgerRead;
  /** A full run with this configuration, the same as `segment()` over the same rows gives. */
  segment(config: SegmentationConfig): Result<Segmentation, EngineIssue>;
  /** The language a run of this configuration writes in (see `resolveLanguage`), and the configuration bound to it. */
  inItsLanguage(config: SegmentationConfig): { readonly language: Language; readonly config: SegmentationConfig };
  /** See `backtest`: dates are day serials. The configuration runs in its language (a preset's segment names translated, as a run's are). */
  backtest(config: SegmentationConfig, dates: readonly number[], horizonDays: number): Result<BacktestResult, EngineIssue>;
  /** What was read and every guess made (see ReadingReport), with the as-of date a face names (a backtest's last snapshot). */
  reading(asOf: string): ReadingReport;
  /** Both configurations at the first one's as-of date (see `compareSegmentations`). */
  compare(first: SegmentationConfig, second: SegmentationConfig): Result<Comparison, EngineIssue>;
  /** The two full runs a comparison is made of: the second as of the first's as-of date. */
  segmentBoth(
    first: SegmentationConfig,
    second: SegmentationConfig,
  ): Result<{ readonly first: Segmentation; readonly second: Segmentation }, EngineIssue>;
}

/** Takes rows like a segmenter, and finishes into a session. */
export interface SessionReader extends Omit<LedgerReader, "finish"> {
  finish(): Result<SegmentationSession, EngineIssue>;
}

/** Columns a backtest reads beyond what a configuration does: what was owed, and the dates of the history. */
const HISTORY_NUMBERS = ["amount", "invoiceDate", "dueDate", "paidDate"] as const;

/**
 * Reads a sheet into a session. `options.config` decides how the sheet is
 * read (its mapping); `options.alsoFor` names the other configurations the
 * session will run, so the columns they read are parsed too.
 *
 * @example
 * const reader = createSessionReader({ config: aging, alsoFor: [collections], sheet: "AR", today: "2013-12-31" });
 * reader.pushRows(rows);
 * const session = reader.finish();
 * session.ok && session.value.compare(aging, collections).value.moves.length //=> 14
 */
export function createSessionReader(options: ReadOptions, expectedRows?: number): SessionReader {
  const reader = createLedgerReader({ ...options, alsoNumbers: [...(options.alsoNumbers ?? []), ...HISTORY_NUMBERS] }, expectedRows);
  return {
    push: reader.push,
    pushRows: reader.pushRows,
    finish() {
      const read = reader.finish();
      return read.ok ? ok(sessionOver(read.value, options)) : read;
    },
  };
}

function sessionOver(read: LedgerRead, options: ReadOptions): SegmentationSession {
  const segment = (config: SegmentationConfig) => segmentationOf(read, { ...options, config });
  const segmentBoth: SegmentationSession["segmentBoth"] = (first, second) => {
    const a = segment(first);
    if (!a.ok) return a;
    const b = segment({ ...second, asOf: a.value.asOf });
    if (!b.ok) return fail(b.error);
    return ok({ first: a.value, second: b.value });
  };
  const inItsLanguage: SegmentationSession["inItsLanguage"] = (config) => {
    const language = resolveLanguage(config.language, read.header.headers, options.displayLanguage);
    return { language, config: inLanguage(config, language) };
  };
  return {
    read,
    segment,
    inItsLanguage,
    backtest: (config, dates, horizonDays) =>
      backtest(read.ledger, inItsLanguage(config).config, dates, { horizonDays, sheet: options.sheet }),
    reading: (asOf) =>
      readingReport({
        sheet: options.sheet,
        origin: options.origin ?? { top: 0, left: 0 },
        sheetHeader: read.sheetHeader,
        dateOrder: read.dateOrder,
        builder: read.builder,
        ledger: read.ledger,
        asOf: { text: asOf, source: { kind: "given" } },
        today: options.today,
      }),
    segmentBoth,
    compare(first, second) {
      const both = segmentBoth(first, second);
      return both.ok ? ok(compareSegmentations(both.value.first, both.value.second)) : both;
    },
  };
}
