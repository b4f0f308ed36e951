import { ledger, outcomes, preset, run } from "../../support/engineFixtures";

// As of 2026-11-22. Due dates chosen so that DPD lands on each bucket edge.
const rows = [
  { invoice: "I1", amount: 100, dueDate: "2026-11-22" }, // DPD 0 → Current
  { invoice: "I2", amount: 100, dueDate: "2026-11-21" }, // 1 → 1-30
  { invoice: "I3", amount: 100, dueDate: "2026-10-23" }, // 30 → 1-30
  { invoice: "I4", amount: 100, dueDate: "2026-10-22" }, // 31 → 31-60
  { invoice: "I5", amount: 100, dueDate: "2026-09-23" }, // 60 → 31-60
  { invoice: "I6", amount: 100, dueDate: "2026-09-22" }, // 61 → 61-90
  { invoice: "I7", amount: 100, dueDate: "2026-08-24" }, // 90 → 61-90
  { invoice: "I8", amount: 100, dueDate: "2026-08-23" }, // 91 → 90+
  { invoice: "I9", amount: 100, dueDate: "2027-01-01" }, // not due → Current
  { invoice: "I10", amount: 100, dueDate: "2026-01-01", paidDate: "2026-11-22" }, // paid on the as-of date → Paid
  { invoice: "I11", amount: 0, dueDate: "2026-01-01" }, // zero balance → Paid
  { invoice: "I12", amount: 100, dueDate: "2026-01-01", paidDate: "2026-11-30" }, // paid after as-of → still 90+
];

describe("the aging preset", () => {
  const result = run(ledger(rows), preset("aging"));
  const out = outcomes(result);

  it("labels each row with its bucket, edges inclusive", () => {
    expect(out.map((o) => o.segment)).toEqual([
      "Current",
      "1-30",
      "1-30",
      "31-60",
      "31-60",
      "61-90",
      "61-90",
      "90+",
      "Current",
      "Paid",
      "Paid",
      "90+",
    ]);
  });

  it("gives priority 1 to 90+ down to 5 for Current, and none to paid rows", () => {
    expect(out.map((o) => o.priority)).toEqual([5, 4, 4, 3, 3, 2, 2, 1, 5, null, null, 1]);
  });

  it("writes the aging bucket, and Paid for paid rows", () => {
    expect(out.map((o) => o.bucket)).toEqual([
      "Current",
      "1-30",
      "1-30",
      "31-60",
      "31-60",
      "61-90",
      "61-90",
      "90+",
      "Current",
      "Paid",
      "Paid",
      "90+",
    ]);
  });

  it("explains the rule and the days past due", () => {
    expect(out[5].reason).toContain("DaysPastDue 61");
    expect(out[5].reason).toContain("61-90");
  });

  it("scores collectability by age alone: 100 current, 80 up to 30 days, 55, 30, and 10 past 90", () => {
    expect(out.slice(0, 9).map((o) => o.score)).toEqual([100, 80, 80, 55, 55, 30, 30, 10, 100]);
    expect(out[5].reason).not.toMatch(/AvgDaysLate|Tenure/);
  });

  it("follows custom bucket edges", () => {
    const custom = outcomes(run(ledger(rows), preset("aging", [0, 30, 60, 90, 120])));
    expect(custom[7].segment).toBe("91-120");
    expect(custom[7].priority).toBe(2);
  });

  it("counts the summary per bucket, with paid rows apart", () => {
    expect(result.summary.buckets).toEqual(["Current", "1-30", "31-60", "61-90", "90+", "Paid"]);
    expect(result.summary.kpis.totalAR).toBe(1000); // I1-I9 and I12 (paid only after the as-of date)
    expect(result.summary.kpis.currentAR).toBe(200);
  });
});
