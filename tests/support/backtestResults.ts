/** Small backtest and comparison results, written out, for the sheet layouts and the faces that render them. */
import type { BacktestResult } from "../../src/engine/backtest/backtest";
import type { Comparison } from "../../src/engine/backtest/compare";
import type { PriorityChanges } from "../../src/engine/backtest/priorityChanges";
import type { SegmentOutcome } from "../../src/engine/backtest/segmentTally";

const outcome = (
  segment: string,
  priority: number | null,
  open: number,
  balance: number,
  paid: number,
  paidBalance: number,
  needed: number,
  neededBalance: number,
): SegmentOutcome => ({
  segment,
  priority,
  openInvoices: open,
  openBalance: balance,
  collectedInvoices: paid,
  collectedBalance: paidBalance,
  collectionRate: balance > 0 ? paidBalance / balance : null,
  neededInvoices: needed,
  neededBalance,
});

const noneLeftOut = { undated: 0, paidOnUnknownDay: 0, noAmount: 0 };

/** Two snapshots, two segments (one a formula-looking name, kept as text). */
export const BACKTEST: BacktestResult = {
  horizonDays: 30,
  historyEnd: "2025-06-30",
  snapshots: [
    {
      asOf: "2025-03-31",
      segments: [outcome("Call now", 1, 2, 300, 1, 100, 1, 200), outcome("=Automate", 2, 1, 50, 1, 50, 0, 0)],
      leftOut: noneLeftOut,
    },
    {
      asOf: "2025-04-30",
      segments: [outcome("Call now", 1, 1, 120, 0, 0, 1, 120)],
      leftOut: { undated: 2, paidOnUnknownDay: 1, noAmount: 0 },
    },
  ],
  overall: {
    segments: [outcome("Call now", 1, 3, 420, 1, 100, 2, 320), outcome("=Automate", 2, 1, 50, 1, 50, 0, 0)],
    auc: 0.75,
    lift: Array.from({ length: 10 }, (_, k) => ({
      openShare: (k + 1) / 10,
      neededShare: Math.min(1, (k + 1) / 8),
      lift: Math.min(1, (k + 1) / 8) / ((k + 1) / 10),
    })),
    unneededCalls: 0.25,
    personCalls: { invoices: 4, paidWithinWeek: 1, share: 0.25, windowDays: 7 },
  },
};

export const COMPARISON: Comparison = {
  asOf: "2025-06-30",
  moves: [
    { from: "90+", to: "Final notice", invoices: 2, balance: 500 },
    { from: "90+", to: "Call now", invoices: 1, balance: 80 },
    { from: "Current", to: "Call now", invoices: 3, balance: 300 },
  ],
  priority: { rose: { invoices: 3, balance: 300 }, fell: { invoices: 1, balance: 80 }, same: { invoices: 2, balance: 500 } },
};

export const CHANGES: PriorityChanges = {
  total: 4,
  rows: [
    {
      sourceRow: 4,
      customer: "Globex",
      openBalance: 150,
      daysPastDue: 0,
      first: { segment: "Current", priority: 5 },
      second: { segment: "Call now", priority: 2 },
      change: "rose",
    },
    {
      sourceRow: 2,
      customer: "Acme",
      openBalance: 80,
      daysPastDue: 95,
      first: { segment: "90+", priority: 1 },
      second: { segment: "Call now", priority: 2 },
      change: "fell",
    },
  ],
};
