import type { Segmentation } from "../segmentation";

/** One invoice whose priority differs between two segmentations of the same ledger. */
export interface PriorityChange {
  /** Index (among the rows handed in) of the invoice's row: the face turns it into a sheet row. */
  readonly sourceRow: number;
  readonly customer: string;
  /** Open balance as of the date. */
  readonly openBalance: number;
  /** Days past due as of the date; null when unknown. */
  readonly daysPastDue: number | null;
  readonly first: { readonly segment: string; readonly priority: number | null };
  readonly second: { readonly segment: string; readonly priority: number | null };
  /** "rose": the second makes it more urgent (a lower number, or a priority where the first had none). */
  readonly change: "rose" | "fell";
}

export interface PriorityChanges {
  /** The changed invoices with the largest open balance first, at most the limit asked for. */
  readonly rows: readonly PriorityChange[];
  /** How many invoices changed in all. */
  readonly total: number;
}

type Side = Pick<Segmentation, "rowCount" | "tally" | "priority" | "outcome" | "sourceRow">;

/**
 * The invoices whose priority rose or fell from the first segmentation to
 * the second (the same rows `compareSegmentations` counts as rose or fell),
 * the largest open balances first — the ones a collections manager looks at
 * before adopting the second configuration. Ties keep the sheet's order.
 *
 * @example
 * priorityChanges(agingRun, collectionsRun, 2).rows.map((r) => r.change) //=> ["fell", "rose"]
 */
export function priorityChanges(a: Side, b: Side, limit: number): PriorityChanges {
  const changed: number[] = [];
  for (let i = 0; i < a.rowCount; i++) {
    if (!a.tally(i).counted) continue;
    if (directionOf(a.priority(i), b.priority(i)) !== undefined) changed.push(i);
  }
  const largest = changed
    .map((i) => ({ i, balance: a.tally(i).openBalance }))
    .sort((x, y) => y.balance - x.balance || x.i - y.i)
    .slice(0, Math.max(0, limit));
  const rows = largest.map(({ i }): PriorityChange => {
    const first = a.outcome(i);
    const second = b.outcome(i);
    return {
      sourceRow: a.sourceRow[i],
      customer: first.customer,
      openBalance: first.openBalance,
      daysPastDue: first.daysPastDue,
      first: { segment: first.segment, priority: first.priority },
      second: { segment: second.segment, priority: second.priority },
      change: directionOf(first.priority, second.priority)!,
    };
  });
  return { rows, total: changed.length };
}

/** Whether the second priority is more urgent, less urgent, or (undefined) the same as the first. */
export function directionOf(first: number | null, second: number | null): "rose" | "fell" | undefined {
  if (second !== null && (first === null || second < first)) return "rose";
  if (first !== null && (second === null || second > first)) return "fell";
  return undefined;
}
