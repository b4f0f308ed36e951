import { readFileSync } from "fs";
import * as path from "path";
import {
  createSessionReader,
  describeIssue,
  serialFromIso,
  type BacktestResult,
  type CellValue,
  type SegmentationSession,
  type SegmentOutcome,
} from "../../../src/engine";
import { referenceBacktest, type HistoryRecord, type ReferenceLine, type ReferenceResult } from "../../support/backtestReference";
import { preset } from "../../support/engineFixtures";
import { generateLedger, HEADERS } from "../../support/generateLedger";

const FIXTURE = path.join(__dirname, "../../fixtures/exports/late-payment-camelcase.csv");

function sessionOf(rows: readonly (readonly CellValue[])[], presetName: string): SegmentationSession {
  const reader = createSessionReader({ config: preset(presetName), sheet: "Ledger", today: "2030-01-01" });
  reader.pushRows(rows);
  const session = reader.finish();
  if (!session.ok) throw new Error(describeIssue(session.error));
  return session.value;
}

function run(session: SegmentationSession, presetName: string, dates: number[], horizon: number): BacktestResult {
  const result = session.backtest(preset(presetName), dates, horizon);
  if (!result.ok) throw new Error(describeIssue(result.error));
  return result.value;
}

const day = (iso: string) => serialFromIso(iso)!;

/** Both sides' per-segment lines, keyed by segment, to the cent. */
function expectSameLines(engine: readonly SegmentOutcome[], reference: readonly ReferenceLine[]): void {
  const bySegment = new Map(reference.map((l) => [l.segment, l]));
  expect(engine.map((l) => l.segment).sort()).toEqual([...bySegment.keys()].sort());
  for (const line of engine) {
    const ref = bySegment.get(line.segment)!;
    expect(line.priority).toBe(ref.priority);
    expect(line.openInvoices).toBe(ref.openInvoices);
    expect(line.collectedInvoices).toBe(ref.collectedInvoices);
    expect(line.neededInvoices).toBe(ref.neededInvoices);
    expect(line.openBalance).toBeCloseTo(ref.openBalance, 2);
    expect(line.collectedBalance).toBeCloseTo(ref.collectedBalance, 2);
    expect(line.neededBalance).toBeCloseTo(ref.neededBalance, 2);
  }
}

function expectSame(engine: BacktestResult, reference: ReferenceResult): void {
  expect(engine.snapshots.map((s) => day(s.asOf))).toEqual(reference.snapshots.map((s) => s.asOf));
  engine.snapshots.forEach((s, k) => expectSameLines(s.segments, reference.snapshots[k].lines));
  expectSameLines(engine.overall.segments, reference.overall);
  if (reference.auc === null) expect(engine.overall.auc).toBeNull();
  else expect(engine.overall.auc).toBeCloseTo(reference.auc, 9);
  engine.overall.lift.forEach((point, k) => {
    if (reference.lift[k] === null) expect(point.neededShare).toBeNull();
    else expect(point.neededShare).toBeCloseTo(reference.lift[k]!, 9);
  });
  if (reference.unneededCalls === null) expect(engine.overall.unneededCalls).toBeNull();
  else expect(engine.overall.unneededCalls).toBeCloseTo(reference.unneededCalls, 9);
}

/** The generated ledger's records as a collector reads them (serial dates, blank = NaN). */
function generatedRecords(rows: readonly (readonly CellValue[])[]): HistoryRecord[] {
  const col = (name: string) => HEADERS.en.indexOf(name);
  const num = (v: CellValue) => (typeof v === "number" ? v : NaN);
  return rows.slice(1).map((r) => ({
    customer: String(r[col("Customer")]),
    invoiceDate: num(r[col("Invoice Date")]),
    dueDate: num(r[col("Due Date")]),
    amount: num(r[col("Amount")]),
    paidDate: num(r[col("Paid Date")]),
  }));
}

const monthEnds = ["2024-11-30", "2024-12-31", "2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31"].map(day);

describe("a backtest equals an independent calculation over the rows", () => {
  describe.each([
    [1, 4000],
    [7, 2500],
    [23, 6000],
  ])("on a generated history (seed %i, %i rows)", (seed, count) => {
    const rows = generateLedger({ rows: count, seed, dates: "serial", asOf: "2025-06-30" }) as CellValue[][];
    const records = generatedRecords(rows);

    it.each([
      ["aging", 30],
      ["aging", 14],
      ["behaviour", 30],
      ["behaviour", 45],
    ] as const)("with the %s preset and a %i-day horizon", (name, horizon) => {
      const session = sessionOf(rows, name);
      const dates = monthEnds.filter((d) => d + Math.max(horizon, 7) <= day("2025-06-30"));
      expectSame(run(session, name, dates, horizon), referenceBacktest(records, name, dates, horizon));
    });
  });

  describe("on the late-payment sample's history (SettledDate)", () => {
    const text = readFileSync(FIXTURE, "utf8").trim().split(/\r?\n/);
    const grid = text.map((line) => line.split(","));
    const header = grid[0];
    const col = (name: string) => header.indexOf(name);
    const mdy = (s: string) => {
      if (s === "") return NaN;
      const [m, d, y] = s.split("/").map(Number);
      return day(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    };
    const records: HistoryRecord[] = grid.slice(1).map((r) => ({
      customer: r[col("customerID")],
      invoiceDate: mdy(r[col("InvoiceDate")]),
      dueDate: mdy(r[col("DueDate")]),
      amount: Number(r[col("InvoiceAmount")]),
      paidDate: mdy(r[col("SettledDate")]),
    }));
    const dates = ["2013-02-28", "2013-03-31", "2013-04-30", "2013-05-31"].map(day);

    it.each(["aging", "behaviour"] as const)("with the %s preset", (name) => {
      const session = sessionOf(grid, name);
      const engine = run(session, name, dates, 30);
      const reference = referenceBacktest(records, name, dates, 30);
      expectSame(engine, reference);
      // The history holds invoices of each kind, so the figures are not all zero.
      expect(engine.overall.segments.reduce((s, l) => s + l.collectedInvoices, 0)).toBeGreaterThan(0);
      expect(engine.overall.segments.reduce((s, l) => s + l.neededInvoices, 0)).toBeGreaterThan(0);
    });
  });
});
