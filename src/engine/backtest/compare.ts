import type { Segmentation } from "../segmentation";
import { directionOf } from "./priorityChanges";

/** The invoices that are in segment `from` under the first configuration and in `to` under the second. */
export interface Move {
  readonly from: string;
  readonly to: string;
  readonly invoices: number;
  /** Their open balance as of the date. */
  readonly balance: number;
}

export interface RowsAndBalance {
  readonly invoices: number;
  readonly balance: number;
}

/** Two configurations side by side over the same ledger and date. */
export interface Comparison {
  readonly asOf: string;
  /** Every pair (segment under the first, segment under the second) that holds a row, the first's segment order first. */
  readonly moves: readonly Move[];
  /** Rows the second makes more urgent (a lower priority number, or a priority where the first had none), less urgent, or leaves alone. */
  readonly priority: { readonly rose: RowsAndBalance; readonly fell: RowsAndBalance; readonly same: RowsAndBalance };
}

type Side = Pick<Segmentation, "rowCount" | "tally" | "priority" | "summary" | "asOf">;

/**
 * The moves matrix of two segmentations of the same parsed ledger at the same
 * date: the cross-tab of their segments over the rows a summary counts (not
 * the ones not yet issued), and whose priority rose or fell.
 *
 * @example
 * compareSegmentations(agingRun, collectionsRun).moves[0] //=> { from: "90+", to: "Final notice / legal", invoices: 12, balance: 40210.5 }
 */
export function compareSegmentations(a: Side, b: Side): Comparison {
  const cells = new Map<string, { from: string; to: string; invoices: number; balance: number }>();
  const rose = { invoices: 0, balance: 0 };
  const fell = { invoices: 0, balance: 0 };
  const same = { invoices: 0, balance: 0 };
  for (let i = 0; i < a.rowCount; i++) {
    const first = a.tally(i);
    if (!first.counted) continue;
    const to = b.tally(i).segment;
    const key = JSON.stringify([first.segment, to]);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { from: first.segment, to, invoices: 0, balance: 0 }));
    cell.invoices++;
    cell.balance += first.openBalance;
    const direction = directionOf(a.priority(i), b.priority(i));
    const change = direction === "rose" ? rose : direction === "fell" ? fell : same;
    change.invoices++;
    change.balance += first.openBalance;
  }
  const orderA = a.summary.segments.map((s) => s.segment);
  const orderB = b.summary.segments.map((s) => s.segment);
  const moves = [...cells.values()].sort(
    (x, y) => orderA.indexOf(x.from) - orderA.indexOf(y.from) || orderB.indexOf(x.to) - orderB.indexOf(y.to),
  );
  return { asOf: a.asOf, moves, priority: { rose, fell, same } };
}
