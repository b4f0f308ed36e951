import {
  createSessionReader,
  describeIssue,
  isoFromSerial,
  serialFromIso,
  type BacktestResult,
  type CellValue,
  type EngineIssue,
  type SegmentationConfig,
} from "../../../src/engine";
import { config, preset } from "../../support/engineFixtures";

const D = serialFromIso("2025-03-31")!;
const HEADER = ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Open Balance", "Paid Date"];

interface Line {
  customer?: string;
  invoice?: string;
  issued?: number | "";
  due: number;
  amount: number;
  balance?: number | "";
  paid?: number | "";
}

/** A ledger row; dates are days from D. The balance defaults to 0 when paid, else the amount. */
const row = (l: Line): CellValue[] => [
  l.customer ?? "Acme",
  l.invoice ?? "INV",
  l.issued === "" ? "" : D + (l.issued ?? -40),
  D + l.due,
  l.amount,
  l.balance ?? (l.paid === undefined || l.paid === "" ? l.amount : 0),
  l.paid === undefined || l.paid === "" ? "" : D + l.paid,
];

/** Every ledger below reaches a year past D, so any horizon's outcome is known. */
const LATER = row({ invoice: "later", issued: 365, due: 395, amount: 1 });

/** Phone when overdue, else an e-mail: to count calls. */
const CALLS: SegmentationConfig = config({
  version: 2,
  level: "invoice",
  model: {
    kind: "rules",
    rules: [
      { segment: "Credit", priority: null, when: "Credit", strategy: { channel: "None", action: "Apply", tone: "Neutral" } },
      { segment: "Call", priority: 1, when: "DaysPastDue > 0", strategy: { channel: "Phone", action: "Call", tone: "Firm" } },
      { segment: "Wait", priority: null, when: "DaysPastDue < -20", strategy: { channel: "None", action: "Wait", tone: "Neutral" } },
    ],
    otherwise: { segment: "Remind", priority: 2, strategy: { channel: "E-mail", action: "Mail", tone: "Friendly" } },
  },
});

function attempt(
  lines: readonly CellValue[][],
  cfg: SegmentationConfig,
  horizon = 30,
  dates = [D],
  header = HEADER,
): ReturnType<typeof tryRun> {
  return tryRun([header, ...lines], cfg, horizon, dates);
}

function tryRun(grid: CellValue[][], cfg: SegmentationConfig, horizon: number, dates: number[]) {
  const reader = createSessionReader({ config: cfg, sheet: "Ledger", today: "2030-01-01" });
  reader.pushRows(grid);
  const session = reader.finish();
  if (!session.ok) throw new Error(describeIssue(session.error));
  return session.value.backtest(cfg, dates, horizon);
}

function backtestOf(lines: readonly CellValue[][], cfg: SegmentationConfig = CALLS, horizon = 30, dates = [D]): BacktestResult {
  const result = attempt([...lines, LATER], cfg, horizon, dates);
  if (!result.ok) throw new Error(describeIssue(result.error));
  return result.value;
}

function issueOf(lines: readonly CellValue[][], cfg: SegmentationConfig, horizon = 30, dates = [D], header = HEADER): EngineIssue {
  const result = attempt(lines, cfg, horizon, dates, header);
  if (result.ok) throw new Error("expected the backtest to fail");
  return result.error;
}

const segment = (result: BacktestResult, name: string) => result.overall.segments.find((s) => s.segment === name);

describe("an open invoice at the snapshot date", () => {
  it("is collected when paid on or before the date plus the horizon, not a day later", () => {
    const result = backtestOf([row({ due: -10, amount: 100, paid: 30 }), row({ due: -10, amount: 50, paid: 31 })]);
    expect(segment(result, "Call")).toMatchObject({ openInvoices: 2, openBalance: 150, collectedInvoices: 1, collectedBalance: 100 });
    expect(segment(result, "Call")!.collectionRate).toBeCloseTo(100 / 150, 12);
  });

  it("needed a collector when still unpaid at the horizon although due before then", () => {
    const result = backtestOf([
      row({ invoice: "due before", due: 29, amount: 10 }),
      row({ invoice: "due on the day", due: 30, amount: 20 }),
      row({ invoice: "paid late", due: 5, amount: 40, paid: 45 }),
      row({ invoice: "paid in time", due: 5, amount: 80, paid: 12 }),
    ]);
    const all = result.overall.segments;
    const sum = (key: "openInvoices" | "neededInvoices" | "neededBalance" | "collectedBalance") => all.reduce((s, l) => s + l[key], 0);
    expect([sum("openInvoices"), sum("neededInvoices"), sum("neededBalance"), sum("collectedBalance")]).toEqual([4, 2, 50, 80]);
    expect(segment(result, "Wait")).toMatchObject({ neededInvoices: 1, neededBalance: 10 });
  });

  it("counts at its invoice amount when the ledger shows it paid later, or part paid on a day it does not give", () => {
    const result = backtestOf([row({ due: -5, amount: 300, balance: 0, paid: 3 }), row({ due: -5, amount: 200, balance: 70 })]);
    expect(segment(result, "Call")).toMatchObject({ openInvoices: 2, openBalance: 500 });
  });

  it("leaves out credits, invoices paid by the date and invoices not issued yet", () => {
    const result = backtestOf([
      row({ invoice: "credit", due: -5, amount: -250 }),
      row({ invoice: "paid", due: -5, amount: 100, paid: -1 }),
      row({ invoice: "not yet", issued: 1, due: 31, amount: 900 }),
      row({ invoice: "open", due: -5, amount: 60 }),
    ]);
    expect(result.overall.segments.map((s) => [s.segment, s.openInvoices, s.openBalance])).toEqual([["Call", 1, 60]]);
  });

  it("says how many rows it could not place in time", () => {
    const result = backtestOf([
      row({ invoice: "undated", issued: "", due: -5, amount: 10 }),
      row({ invoice: "paid, no date", due: -5, amount: 10, balance: 0 }),
      row({ invoice: "no amount", due: -5, amount: 0, balance: "" }),
    ]);
    expect(result.snapshots[0].leftOut).toEqual({ undated: 1, paidOnUnknownDay: 1, noAmount: 1 });
    expect(result.overall.segments).toEqual([]);
  });
});

describe("how well the priority ranks", () => {
  it("AUC: a needed invoice against each other one, ties counting one half, no priority left out", () => {
    // Needed: priority 1 (overdue, never paid). Not needed: priority 1 paid in time, priority 2 paid in time, no priority.
    const result = backtestOf([
      row({ invoice: "needed", due: -5, amount: 10 }),
      row({ invoice: "tie", due: -5, amount: 10, paid: 3 }),
      row({ invoice: "less urgent", due: 10, amount: 10, paid: 3 }),
      row({ invoice: "no priority", due: 25, amount: 10, paid: 3 }),
    ]);
    expect(result.overall.auc).toBeCloseTo((0.5 + 1) / 2, 12);
  });

  it("AUC is null when no invoice needed a collector", () => {
    expect(backtestOf([row({ due: -5, amount: 10, paid: 2 })]).overall.auc).toBeNull();
  });

  it("lift: within one priority the needed balance counts as spread evenly over its open balance", () => {
    const result = backtestOf([
      row({ invoice: "needed", due: -5, amount: 100 }),
      row({ invoice: "paid", due: -5, amount: 300, paid: 3 }),
      row({ invoice: "later", due: 5, amount: 600, paid: 3 }),
    ]);
    // Priority 1 holds 400 of 1,000 open, 100 of it needed: the first 10% (100) finds 25 of the 100 needed.
    expect(result.overall.lift.map((p) => p.neededShare)).toEqual([0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 1, 1]);
    expect(result.overall.lift[0]).toMatchObject({ openShare: 0.1, lift: 2.5 });
  });

  it("calls not needed: the share of Phone and Visit invoices paid within a week anyway", () => {
    const result = backtestOf([
      row({ due: -5, amount: 10, paid: 7 }),
      row({ due: -5, amount: 10, paid: 8 }),
      row({ due: -5, amount: 10 }),
      row({ due: -5, amount: 10, paid: 1 }),
      row({ due: 5, amount: 10, paid: 1 }),
    ]);
    expect(result.overall.personCalls).toEqual({ invoices: 4, paidWithinWeek: 2, share: 0.5, windowDays: 7 });
    expect(result.overall.unneededCalls).toBe(0.5);
  });
});

describe("snapshots", () => {
  it("pool per segment over every date, each date also on its own, dates sorted", () => {
    const lines = [row({ invoice: "a", issued: -100, due: -70, amount: 10 }), row({ invoice: "b", issued: -20, due: 10, amount: 5 })];
    const result = backtestOf(lines, CALLS, 30, [D, D - 50]);
    expect(result.snapshots.map((s) => s.asOf)).toEqual([isoFromSerial(D - 50), isoFromSerial(D)]);
    expect(result.snapshots[0].segments.map((s) => [s.segment, s.openInvoices])).toEqual([["Call", 1]]);
    expect(result.snapshots[1].segments.map((s) => [s.segment, s.openInvoices])).toEqual([
      ["Call", 1],
      ["Remind", 1],
    ]);
    expect(segment(result, "Call")).toMatchObject({ openInvoices: 2, openBalance: 20, neededInvoices: 2 });
  });

  it("are refused when the horizon reaches past the ledger's history, naming the last date that works", () => {
    const issue = issueOf([row({ due: -5, amount: 10, paid: 20 })], CALLS, 30);
    expect(issue).toMatchObject({
      kind: "snapshotAfterHistory",
      date: "2025-03-31",
      days: 30,
      historyEnd: "2025-04-20",
      latestDate: "2025-03-21",
    });
    expect(describeIssue(issue)).toBe(
      `Sheet "Ledger": snapshot date 2025-03-31 plus 30 days goes past the ledger's latest invoice or paid date, 2025-04-20, so what happened next is not in the ledger yet. The latest snapshot date it can test is 2025-03-21.`,
    );
  });

  it("need a paid date column: without it there is no history", () => {
    const header = HEADER.slice(0, 6);
    const issue = issueOf([row({ due: -5, amount: 10 }).slice(0, 6)], preset("aging"), 30, [D], header);
    expect(issue).toEqual({ kind: "backtestNeedsColumn", sheet: "Ledger", field: "paidDate" });
    expect(describeIssue(issue)).toMatch(/a backtest needs the paid date column, to know when each invoice was paid/);
  });

  it("are at most 400", () => {
    const dates = Array.from({ length: 401 }, (_, k) => D - 1000 + k);
    expect(issueOf([row({ due: -5, amount: 10 }), LATER], CALLS, 30, dates)).toEqual({ kind: "tooManySnapshots", count: 401, limit: 400 });
  });
});
