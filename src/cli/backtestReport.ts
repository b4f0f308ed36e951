import type { BacktestOverall, BacktestResult } from "../engine/backtest/backtest";
import type { LiftPoint } from "../engine/backtest/ranking";
import type { SegmentOutcome } from "../engine/backtest/segmentTally";
import { alignedTable, count, money, percent } from "./textTable";

/** The lift table's points printed on stdout (the JSON has all ten). */
const LIFT_SHOWN = [0.1, 0.2, 0.3];

/**
 * The pooled per-segment table of a backtest: open invoices and balance at
 * the snapshot dates, what was collected within the horizon, the collection
 * rate, and what still needed a collector; then a total line.
 *
 * @example
 * segmentOutcomeTable(result.overall.segments, 30)[0]
 * //=> "Segment  Priority  Open  Open balance  Paid in 30 days  Paid balance  Rate  Needed a collector  Needed balance"
 */
export function segmentOutcomeTable(segments: readonly SegmentOutcome[], horizonDays: number): string[] {
  const rows: string[][] = [
    [
      "Segment",
      "Priority",
      "Open",
      "Open balance",
      `Paid in ${horizonDays} days`,
      "Paid balance",
      "Rate",
      "Needed a collector",
      "Needed balance",
    ],
  ];
  const line = (name: string, priority: string, s: Omit<SegmentOutcome, "segment" | "priority">) => [
    name,
    priority,
    count(s.openInvoices),
    money(s.openBalance),
    count(s.collectedInvoices),
    money(s.collectedBalance),
    s.collectionRate === null ? "-" : percent(s.collectionRate),
    count(s.neededInvoices),
    money(s.neededBalance),
  ];
  for (const s of segments) rows.push(line(s.segment, s.priority === null ? "-" : String(s.priority), s));
  const sum = (key: keyof Omit<SegmentOutcome, "segment" | "priority" | "collectionRate">) => segments.reduce((t, s) => t + s[key], 0);
  const openBalance = sum("openBalance");
  const collectedBalance = sum("collectedBalance");
  rows.push(
    line("Total", "", {
      openInvoices: sum("openInvoices"),
      openBalance,
      collectedInvoices: sum("collectedInvoices"),
      collectedBalance,
      collectionRate: openBalance > 0 ? collectedBalance / openBalance : null,
      neededInvoices: sum("neededInvoices"),
      neededBalance: sum("neededBalance"),
    }),
  );
  return alignedTable(rows, true);
}

/**
 * The AUC in words a collections manager reads: how often the priority puts an
 * account that needed a collector ahead of one that did not.
 *
 * @example aucInWords(0.72) //=> "The priority puts the accounts that needed a collector first 7 times in 10 (AUC 0.72; 0.50 is a coin toss)."
 */
export function aucInWords(auc: number | null): string {
  if (auc === null) return "AUC: no open invoice needed a collector, or every one did, so there is no ranking to measure.";
  const tens = Math.round(auc * 10);
  const verdict =
    auc < 0.5 ? " Worse than chance: working in this order finds the ones that need a call later than a random order would." : "";
  return `The priority puts the accounts that needed a collector first ${tens} times in 10 (AUC ${auc.toFixed(2)}; 0.50 is a coin toss).${verdict}`;
}

function liftWords(lift: readonly LiftPoint[]): string {
  const shown = LIFT_SHOWN.map((share) => lift.find((p) => Math.abs(p.openShare - share) < 1e-9)).filter((p): p is LiftPoint => !!p);
  if (shown.length === 0 || shown[0].neededShare === null) return "Lift: no open invoice needed a collector.";
  const share = (p: LiftPoint) => `${Math.round(p.openShare * 100)}%`;
  const [head, ...rest] = shown;
  const more = rest.map((p) => `; the first ${share(p)}, ${percent(p.neededShare!)} (${p.lift!.toFixed(2)}×)`).join("");
  return `Lift, in priority order: the first ${share(head)} of the open balance holds ${percent(head.neededShare!)} of the balance that needed a collector (${head.lift!.toFixed(2)}×)${more}.`;
}

function callWords(overall: BacktestOverall): string {
  const calls = overall.personCalls;
  if (calls.share === null) return "Calls not needed: no strategy sent a person (Phone, Visit) to an open invoice.";
  return `Calls not needed: ${percent(calls.share)} of the invoices a strategy sent a person to (Phone, Visit) were paid within ${calls.windowDays} days anyway (${count(calls.paidWithinWeek)} of ${count(calls.invoices)}).`;
}

/**
 * What `arseg backtest` prints on stdout: a headline, one line per snapshot,
 * the pooled per-segment table, the AUC in words, the lift at 10/20/30% and
 * the calls not needed.
 */
export function formatBacktest(result: BacktestResult, policy: string, sheet: string): string {
  const snaps = result.snapshots;
  const first = snaps[0]?.asOf;
  const last = snaps[snaps.length - 1]?.asOf;
  const lines = [
    `Backtest of ${policy} on "${sheet}": ${snaps.length} snapshot${snaps.length === 1 ? "" : "s"}${first ? ` from ${first} to ${last}` : ""}, what happened in the ${result.horizonDays} days after each (history to ${result.historyEnd}).`,
    "",
  ];
  for (const s of snaps) {
    const open = s.segments.reduce((t, l) => t + l.openInvoices, 0);
    const balance = s.segments.reduce((t, l) => t + l.openBalance, 0);
    const paid = s.segments.reduce((t, l) => t + l.collectedBalance, 0);
    lines.push(
      `  ${s.asOf}: ${count(open)} open invoices, ${money(balance)} open, ${balance > 0 ? percent(paid / balance) : "-"} of it paid within ${result.horizonDays} days`,
    );
  }
  lines.push("", "All snapshots together:", ...segmentOutcomeTable(result.overall.segments, result.horizonDays), "");
  lines.push(aucInWords(result.overall.auc), liftWords(result.overall.lift), callWords(result.overall));
  return lines.join("\n") + "\n";
}
