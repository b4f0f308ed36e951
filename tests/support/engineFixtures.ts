import {
  segment,
  presetConfig,
  describeIssue,
  type CellValue,
  type Segmentation,
  type SegmentationConfig,
  type RowOutcome,
} from "../../src/engine";
import { validateConfig } from "../../src/engine/config";

export const TODAY = "2026-11-22";

/** A preset's configuration, or a test failure naming the issue. */
export function preset(name: string, edges?: number[]): SegmentationConfig {
  const cfg = presetConfig(name, edges);
  if (!cfg.ok) throw new Error(describeIssue(cfg.error));
  return cfg.value;
}

/** A configuration from a literal, validated. */
export function config(input: unknown): SegmentationConfig {
  const cfg = validateConfig(input, "test");
  if (!cfg.ok) throw new Error(describeIssue(cfg.error));
  return cfg.value;
}

/** Runs the engine and fails the test with the issue's message when it fails. */
export function run(grid: readonly (readonly CellValue[])[], cfg: SegmentationConfig, today = TODAY): Segmentation {
  const result = segment(grid, { config: cfg, sheet: "Ledger", today });
  if (!result.ok) throw new Error(describeIssue(result.error));
  return result.value;
}

export function outcomes(s: Segmentation): RowOutcome[] {
  return Array.from({ length: s.rowCount }, (_, i) => s.outcome(i));
}

export function segmentsOf(s: Segmentation): string[] {
  return outcomes(s).map((o) => o.segment);
}

/** A ledger row as a test writes it; absent fields become blank cells. */
export interface Row {
  customer?: CellValue;
  invoice?: CellValue;
  amount?: CellValue;
  balance?: CellValue;
  invoiceDate?: CellValue;
  dueDate?: CellValue;
  paidDate?: CellValue;
  disputed?: CellValue;
  promiseDate?: CellValue;
  brokenPromises?: CellValue;
  phone?: CellValue;
  email?: CellValue;
  creditLimit?: CellValue;
  riskClass?: CellValue;
}

const HEADERS: Record<keyof Row, string> = {
  customer: "Customer",
  invoice: "Invoice",
  amount: "Amount",
  balance: "Open Balance",
  invoiceDate: "Invoice Date",
  dueDate: "Due Date",
  paidDate: "Paid Date",
  disputed: "Disputed",
  promiseDate: "Promise Date",
  brokenPromises: "Broken Promises",
  phone: "Phone",
  email: "E-mail",
  creditLimit: "Credit Limit",
  riskClass: "Risk Class",
};

/** A grid with a header of exactly the fields the rows use (in a fixed order). */
export function ledger(rows: Row[], fields?: (keyof Row)[]): CellValue[][] {
  const used = fields ?? (Object.keys(HEADERS) as (keyof Row)[]).filter((f) => rows.some((r) => r[f] !== undefined));
  return [used.map((f) => HEADERS[f]), ...rows.map((r) => used.map((f) => r[f] ?? null))];
}
