import type { SegmentationConfig } from "../config/schema";
import type { EngineIssue } from "../issues";
import type { Ledger } from "../ledger/ledger";
import { isoFromSerial } from "../parse/serial";
import { fail, ok, type Result } from "../result";
import type { LeftOut } from "./asKnown";
import { historyEnd, MAX_SNAPSHOTS } from "./dates";
import { CALL_WINDOW_DAYS, whatHappenedNext } from "./nextFacts";
import { RankingPool, type LiftPoint, type PersonCalls } from "./ranking";
import { SegmentTally, type SegmentOutcome } from "./segmentTally";
import { snapshotAt } from "./snapshot";

/** The horizon when none is given: what happened in the 30 days after each snapshot. */
export const DEFAULT_HORIZON_DAYS = 30;

export interface BacktestSnapshot {
  /** YYYY-MM-DD. */
  readonly asOf: string;
  readonly segments: readonly SegmentOutcome[];
  /** Rows of the ledger left out at this date, and why. */
  readonly leftOut: LeftOut;
}

export interface BacktestOverall {
  /** Every snapshot's open invoices added up, per segment. */
  readonly segments: readonly SegmentOutcome[];
  /** See `RankingPool.auc`; null when no invoice (or every invoice) needed a collector. */
  readonly auc: number | null;
  readonly lift: readonly LiftPoint[];
  /** The share of the calls and visits the strategies asked for that were paid within a week anyway. */
  readonly unneededCalls: number | null;
  readonly personCalls: PersonCalls;
}

/** What the configuration would have done on the ledger's own past, and what happened next. */
export interface BacktestResult {
  readonly horizonDays: number;
  /** The latest invoice or paid date: how far the ledger's history reaches. */
  readonly historyEnd: string;
  readonly snapshots: readonly BacktestSnapshot[];
  readonly overall: BacktestOverall;
}

/** The columns a history needs: which invoices existed, when they fell due, when they were paid. */
const HISTORY_FIELDS = ["invoiceDate", "dueDate", "paidDate"] as const;

/**
 * Backtests a configuration on a parsed ledger. At each snapshot date (day
 * serials) the open invoices get the Segment and Priority the configuration
 * gives them from the ledger as known that day; the ledger's later paid dates
 * then say what happened next: collected when paid within `horizonDays`,
 * needed a collector when still unpaid then although due before. The ledger is
 * parsed once by the caller; each date redoes only what depends on the date.
 *
 * @example
 * const result = backtest(ledger, presetConfig("aging").value, [serialFromIso("2013-03-31")!], { horizonDays: 30, sheet: "AR" });
 * result.ok && result.value.overall.auc //=> 0.44
 */
export function backtest(
  ledger: Ledger,
  config: SegmentationConfig,
  dates: readonly number[],
  options: { readonly horizonDays: number; readonly sheet: string },
): Result<BacktestResult, EngineIssue> {
  const { horizonDays, sheet } = options;
  for (const field of HISTORY_FIELDS) if (!ledger.has.has(field)) return fail({ kind: "backtestNeedsColumn", sheet, field });
  const sorted = [...new Set(dates)].sort((a, b) => a - b);
  if (sorted.length > MAX_SNAPSHOTS) return fail({ kind: "tooManySnapshots", count: sorted.length, limit: MAX_SNAPSHOTS });
  const end = historyEnd(ledger);
  // Both the horizon and the week of the calls must be over by the history's end.
  const days = Math.max(horizonDays, CALL_WINDOW_DAYS);
  const late = sorted.find((d) => !(d + days <= end));
  if (late !== undefined) {
    return fail({
      kind: "snapshotAfterHistory",
      sheet,
      date: isoFromSerial(late),
      days,
      historyEnd: end === end ? isoFromSerial(end) : "(none)",
      latestDate: end === end ? isoFromSerial(end - days) : undefined,
    });
  }
  const overall = new SegmentTally();
  const pool = new RankingPool();
  const snapshots: BacktestSnapshot[] = [];
  for (const date of sorted) {
    const snapshot = snapshotAt(ledger, config, date, sheet);
    if (!snapshot.ok) return snapshot;
    const next = whatHappenedNext(ledger, snapshot.value, horizonDays);
    const tally = new SegmentTally();
    tally.add(snapshot.value, next);
    overall.add(snapshot.value, next);
    pool.add(snapshot.value, next);
    snapshots.push({ asOf: isoFromSerial(date), segments: tally.lines(), leftOut: snapshot.value.leftOut });
  }
  const personCalls = pool.personCalls();
  return ok({
    horizonDays,
    historyEnd: isoFromSerial(end),
    snapshots,
    overall: { segments: overall.lines(), auc: pool.auc(), lift: pool.lift(), unneededCalls: personCalls.share, personCalls },
  });
}
