import { ledger, preset, run } from "../support/engineFixtures";

describe("the summary", () => {
  const grid = ledger([
    { customer: "A", invoice: "1", amount: 1000, dueDate: "2026-11-30" }, // current
    { customer: "A", invoice: "2", amount: 1000, dueDate: "2026-11-12" }, // 10 DPD
    { customer: "B", invoice: "3", amount: 2000, dueDate: "2026-09-23" }, // 60 DPD
    { customer: "C", invoice: "4", amount: -500, dueDate: "2026-11-01" }, // credit note, 21 DPD
    { customer: "D", invoice: "5", amount: 700, dueDate: "2026-01-01", paidDate: "2026-02-01" }, // paid
  ]);
  const { summary } = run(grid, preset("aging"));

  it("computes total AR with credit notes and without paid items", () => {
    expect(summary.kpis.totalAR).toBe(3500);
    expect(summary.kpis.currentAR).toBe(1000);
    expect(summary.kpis.percentCurrent).toBeCloseTo(1000 / 3500);
    expect(summary.kpis.arByBucket).toEqual([1000, 500, 2000, 0, 0]);
  });

  it("weights days past due by positive open balance", () => {
    // (1000·0 + 1000·10 + 2000·60) / 4000
    expect(summary.kpis.weightedAvgDaysPastDue).toBeCloseTo(32.5);
  });

  it("gives the top-10 concentration and counts", () => {
    expect(summary.kpis.top10Share).toBe(1); // four customers: all of the positive balance
    expect(summary.kpis.customers).toBe(4);
    expect(summary.kpis.openInvoices).toBe(4);
  });

  it("shows credits apart", () => {
    expect(summary.kpis.creditItems).toBe(1);
    expect(summary.kpis.creditBalance).toBe(-500);
    expect(summary.kpis.notYetIssued).toBe(0);
  });

  it("orders segments by priority, with no-priority segments last", () => {
    // The credit note is set apart as "Credit", with no priority, like "Paid".
    expect(summary.segments.map((s) => s.segment)).toEqual(["31-60", "1-30", "Current", "Credit", "Paid"]);
    const s3160 = summary.segments[0];
    expect(s3160.byBucket[summary.buckets.indexOf("31-60")]).toEqual({ count: 1, balance: 2000, share: 2000 / 3500 });
  });

  it("breaks AR down by currency when there is more than one", () => {
    const multi = [
      ["Customer", "Balance", "Due Date", "Currency"],
      ["A", 100, "2026-11-01", "usd"],
      ["B", 200, "2026-12-01", "EUR"],
      ["C", 300, "2026-10-01", "USD"],
    ];
    expect(run(multi, preset("aging")).summary.currencies).toEqual([
      { currency: "EUR", totalAR: 200, overdueAR: 0, count: 1 },
      { currency: "USD", totalAR: 400, overdueAR: 400, count: 2 },
    ]);
  });
});
