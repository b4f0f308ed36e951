import type { NextFacts } from "./nextFacts";
import type { Snapshot } from "./snapshot";

/** One segment's open invoices at the snapshot dates and what happened to them next. */
export interface SegmentOutcome {
  readonly segment: string;
  /** The segment's most urgent priority (1 = work first); null when it has none. */
  readonly priority: number | null;
  readonly openInvoices: number;
  readonly openBalance: number;
  /** Paid within the horizon. */
  readonly collectedInvoices: number;
  readonly collectedBalance: number;
  /** collectedBalance ÷ openBalance; null when nothing was open. */
  readonly collectionRate: number | null;
  /** Still unpaid at the end of the horizon although due before then. */
  readonly neededInvoices: number;
  readonly neededBalance: number;
}

interface Counts {
  priority: number | null;
  openInvoices: number;
  openBalance: number;
  collectedInvoices: number;
  collectedBalance: number;
  neededInvoices: number;
  neededBalance: number;
}

/**
 * Adds snapshots up per segment name (several outcomes may share a name, as
 * matrix cells do); `lines()` lists them in priority order, segments without
 * a priority last, then in the order first met.
 *
 * @example
 * const tally = new SegmentTally(); tally.add(snapshot, next); tally.lines()[0].segment //=> "90+"
 */
export class SegmentTally {
  private readonly bySegment = new Map<string, Counts>();

  add(snapshot: Snapshot, next: NextFacts): void {
    const { outcomes, outcome, open } = snapshot;
    const lines = outcomes.map((o) => this.line(o.segment, o.priority));
    for (let k = 0; k < outcome.length; k++) {
      const line = lines[outcome[k]];
      const owed = open[k];
      line.openInvoices++;
      line.openBalance += owed;
      if (next.collected[k] === 1) {
        line.collectedInvoices++;
        line.collectedBalance += owed;
      }
      if (next.needed[k] === 1) {
        line.neededInvoices++;
        line.neededBalance += owed;
      }
    }
  }

  /** The segments with at least one open invoice. */
  lines(): SegmentOutcome[] {
    const names = [...this.bySegment.keys()];
    return [...this.bySegment.entries()]
      .filter(([, c]) => c.openInvoices > 0)
      .sort(([a, x], [b, y]) => (x.priority ?? Infinity) - (y.priority ?? Infinity) || names.indexOf(a) - names.indexOf(b))
      .map(([segment, c]) => ({
        segment,
        priority: c.priority,
        openInvoices: c.openInvoices,
        openBalance: c.openBalance,
        collectedInvoices: c.collectedInvoices,
        collectedBalance: c.collectedBalance,
        collectionRate: c.openBalance > 0 ? c.collectedBalance / c.openBalance : null,
        neededInvoices: c.neededInvoices,
        neededBalance: c.neededBalance,
      }));
  }

  private line(segment: string, priority: number | null): Counts {
    let line = this.bySegment.get(segment);
    if (!line) {
      line = { priority, openInvoices: 0, openBalance: 0, collectedInvoices: 0, collectedBalance: 0, neededInvoices: 0, neededBalance: 0 };
      this.bySegment.set(segment, line);
    } else if (priority !== null && (line.priority === null || priority < line.priority)) line.priority = priority;
    return line;
  }
}
