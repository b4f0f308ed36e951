import type { BacktestResult } from "../../engine/backtest/backtest";
import type { Comparison } from "../../engine/backtest/compare";
import type { PriorityChanges } from "../../engine/backtest/priorityChanges";
import type { SegmentationConfig } from "../../engine/config/schema";
import type { Language } from "../../engine/language";

/** What "Check the rules" asks of the worker that holds the sheet's rows. */
export interface CheckRequest {
  readonly config: SegmentationConfig;
  /** Snapshot dates, YYYY-MM-DD; absent: the last six month-ends the ledger covers. */
  readonly dates?: readonly string[];
  readonly horizonDays: number;
  readonly today: string;
  /** "Compare with…": the other configuration, backtested on the same dates and compared as of the first's date. */
  readonly other?: SegmentationConfig;
  /** The display language (a tag such as "es-MX"), for the run's language when nothing else decides it. */
  readonly displayLanguage?: string;
}

/** The other side of a comparison. */
export interface CheckOther {
  readonly backtest: BacktestResult;
  readonly comparison: Comparison;
  /** The changed invoices with the largest open balances, sheet rows already 1-based. */
  readonly changes: PriorityChanges;
}

/** A check as plain data, so it can cross from a Web Worker. */
export type CheckResult =
  | {
      readonly ok: true;
      /** The dates checked, YYYY-MM-DD (the defaults when none were asked for). */
      readonly dates: readonly string[];
      readonly language: Language;
      readonly sheet: string;
      readonly backtest: BacktestResult;
      readonly other?: CheckOther;
    }
  | { readonly ok: false; readonly message: string };
