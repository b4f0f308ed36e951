import type { ReadingReport } from "../../src/engine/reading";

/** A reading report with nothing guessed: a ledger whose header is row 1, as of the given date. */
export function plainReading(sheet = "Ledger", asOf = "2026-11-22"): ReadingReport {
  return {
    sheet,
    headerRow: 1,
    layout: "ledger",
    fields: [],
    left: [],
    ignored: [],
    buckets: [],
    asOf: { date: asOf, source: { kind: "given" } },
    headingRows: 0,
    carriedCustomers: 0,
    notes: [],
  };
}
