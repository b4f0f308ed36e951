import type { BacktestResult } from "../engine/backtest/backtest";
import type { Comparison, RowsAndBalance } from "../engine/backtest/compare";
import { segmentOutcomeTable } from "./backtestReport";
import { alignedTable, count, money, percent } from "./textTable";

const both = (r: RowsAndBalance) => `${count(r.invoices)} invoice${r.invoices === 1 ? "" : "s"} (${money(r.balance)})`;

/**
 * What `arseg compare` prints: the moves matrix as one line per pair (segment
 * under the first configuration → under the second), whose priority rose or
 * fell, and with snapshot dates both backtests side by side.
 */
export function formatComparison(
  comparison: Comparison,
  names: { readonly first: string; readonly second: string },
  sheet: string,
  backtests?: { readonly first: BacktestResult; readonly second: BacktestResult },
): string {
  const lines = [`Comparing ${names.first} (A) with ${names.second} (B) on "${sheet}", as of ${comparison.asOf}.`, ""];
  const rows = [["A segment", "B segment", "Invoices", "Open balance"]];
  for (const m of comparison.moves) rows.push([m.from, m.to, count(m.invoices), money(m.balance)]);
  lines.push("Where each invoice goes (A → B):", ...alignedTable(rows, false, 2), "");
  const p = comparison.priority;
  lines.push(`Under B, more urgent: ${both(p.rose)}; less urgent: ${both(p.fell)}; priority unchanged: ${both(p.same)}.`);
  if (backtests) lines.push("", ...sideBySide(backtests, names));
  return lines.join("\n") + "\n";
}

function sideBySide(
  backtests: { readonly first: BacktestResult; readonly second: BacktestResult },
  names: { readonly first: string; readonly second: string },
): string[] {
  const { first, second } = backtests;
  const n = first.snapshots.length;
  const auc = (r: BacktestResult) =>
    r.overall.auc === null ? "-" : `${r.overall.auc.toFixed(2)} (${Math.round(r.overall.auc * 10)} in 10)`;
  const lift = (r: BacktestResult, k: number) => {
    const point = r.overall.lift[k];
    return point?.neededShare === null || point === undefined ? "-" : `${percent(point.neededShare)} (${point.lift!.toFixed(2)}×)`;
  };
  const calls = (r: BacktestResult) => {
    const c = r.overall.personCalls;
    return c.share === null ? "-" : `${percent(c.share)} (${count(c.paidWithinWeek)} of ${count(c.invoices)})`;
  };
  const collected = (r: BacktestResult) => {
    const open = r.overall.segments.reduce((t, s) => t + s.openBalance, 0);
    const paid = r.overall.segments.reduce((t, s) => t + s.collectedBalance, 0);
    return open > 0 ? percent(paid / open) : "-";
  };
  const rows = [
    ["", "A", "B"],
    ["AUC (needed a collector ranked first)", auc(first), auc(second)],
    ["Needed balance in the first 10%", lift(first, 0), lift(second, 0)],
    ["… in the first 20%", lift(first, 1), lift(second, 1)],
    ["… in the first 30%", lift(first, 2), lift(second, 2)],
    ["Calls not needed (paid within 7 days)", calls(first), calls(second)],
    [`Open balance paid within ${first.horizonDays} days`, collected(first), collected(second)],
  ];
  return [
    `Backtests side by side: ${n} snapshot${n === 1 ? "" : "s"} from ${first.snapshots[0]?.asOf} to ${first.snapshots[n - 1]?.asOf}, ${first.horizonDays}-day horizon.`,
    ...alignedTable(rows, false),
    "",
    `A: ${names.first}`,
    ...segmentOutcomeTable(first.overall.segments, first.horizonDays),
    "",
    `B: ${names.second}`,
    ...segmentOutcomeTable(second.overall.segments, second.horizonDays),
  ];
}
