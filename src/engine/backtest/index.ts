/**
 * Backtesting a segmentation on the ledger's own history: snapshots of the
 * ledger as known at past dates, what happened next, how well the priority
 * ranked it (AUC, lift, calls not needed), and two configurations compared.
 */
export { backtest, DEFAULT_HORIZON_DAYS, type BacktestResult, type BacktestSnapshot, type BacktestOverall } from "./backtest";
export { ledgerAsKnownAt, type KnownLedger, type LeftOut } from "./asKnown";
export { snapshotAt, type Snapshot } from "./snapshot";
export { whatHappenedNext, PERSON_CHANNELS, CALL_WINDOW_DAYS, type NextFacts } from "./nextFacts";
export { SegmentTally, type SegmentOutcome } from "./segmentTally";
export { RankingPool, type LiftPoint, type PersonCalls } from "./ranking";
export { datesEvery, historyEnd, historyStart, lastMonthEnds, MAX_SNAPSHOTS, type SnapshotStep } from "./dates";
export { compareSegmentations, type Comparison, type Move, type RowsAndBalance } from "./compare";
export { priorityChanges, directionOf, type PriorityChange, type PriorityChanges } from "./priorityChanges";
