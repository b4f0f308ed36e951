import { formatSummary } from "../../src/cli/summaryTable";
import type { Summary } from "../../src/engine/summary/types";

describe("formatSummary", () => {
  const figures = (count: number, balance: number, share: number) => ({ count, balance, share });
  const summary: Summary = {
    buckets: ["Current", "90+"],
    segments: [
      { segment: "Legal", priority: 1, ...figures(2, 1234567.891, 0.8), byBucket: [figures(0, 0, 0), figures(2, 1234567.891, 0.8)] },
      { segment: "Paid", priority: null, ...figures(10, 0, 0), byBucket: [figures(10, 0, 0), figures(0, 0, 0)] },
    ],
    total: { ...figures(12, 1543209.86, 1), byBucket: [figures(10, 0, 0), figures(2, 1234567.891, 0.8)] },
    kpis: {
      totalAR: 1543209.86,
      currentAR: 308641.97,
      percentCurrent: 0.2,
      overdueAR: 1234567.89,
      arByBucket: [308641.97, 1234567.89],
      weightedAvgDaysPastDue: 95.25,
      top10Share: 1,
      customers: 3,
      openInvoices: 2,
      creditItems: 0,
      creditBalance: 0,
      notYetIssued: 0,
    },
    currencies: [],
    asOf: "2025-06-30",
    rowCount: 12,
  };

  it("aligns segments with counts, balances with thousands separators and shares", () => {
    const lines = formatSummary(summary).split("\n");
    expect(lines[0]).toBe("Segment  Priority  Rows  Open balance   Share");
    expect(lines[2]).toBe("Legal           1     2  1,234,567.89   80.0%");
    expect(lines[3]).toBe("Paid            -    10          0.00    0.0%");
    expect(lines[5]).toBe("Total                12  1,543,209.86  100.0%");
  });

  it("lists the KPIs", () => {
    const text = formatSummary(summary);
    expect(text).toMatch(/Total AR\s+1,543,209.86/);
    expect(text).toMatch(/% current\s+20.0%/);
    expect(text).toMatch(/Weighted average days past due\s+95.3/);
    expect(text).toMatch(/As of\s+2025-06-30/);
  });
});
