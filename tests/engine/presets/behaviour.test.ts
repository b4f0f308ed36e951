import { ledger, outcomes, preset, run } from "../../support/engineFixtures";

// DOMAIN.md's worked example: 140 (7 days late), 85 (55), 214 (10) → 17.8 days → grade A.
const asOf = "2026-11-22";

describe("the behaviour preset", () => {
  it("grades the worked example A from the amount-weighted average", () => {
    const grid = ledger([
      { customer: "Worked", amount: 140, balance: 0, dueDate: "2026-06-01", paidDate: "2026-06-08" },
      { customer: "Worked", amount: 85, balance: 0, dueDate: "2026-06-01", paidDate: "2026-07-26" },
      { customer: "Worked", amount: 214, balance: 0, dueDate: "2026-06-01", paidDate: "2026-06-11" },
    ]);
    const out = outcomes(run(grid, preset("behaviour"), asOf));
    expect(out.map((o) => o.segment)).toEqual(["A", "A", "A"]);
  });

  it("counts open overdue invoices late up to the as-of date, and a paid date after the as-of date as unpaid", () => {
    const grid = ledger([
      // 45 days late, open → W = 45 → B
      { customer: "Open", amount: 100, balance: 100, dueDate: "2026-10-08" },
      // paid after as-of: unpaid at as-of, 61 days late → C
      { customer: "Late", amount: 100, balance: 100, dueDate: "2026-09-22", paidDate: "2026-12-01" },
      // 91 days late and paid → D
      { customer: "Worst", amount: 100, balance: 0, dueDate: "2026-01-01", paidDate: "2026-04-02" },
      // exactly 30 days late → A (boundary); exactly 60 → B
      { customer: "Edge30", amount: 50, balance: 0, dueDate: "2026-01-01", paidDate: "2026-01-31" },
      { customer: "Edge60", amount: 50, balance: 0, dueDate: "2026-01-01", paidDate: "2026-03-02" },
      // not yet due and unpaid: left out → No history
      { customer: "New", amount: 500, balance: 500, dueDate: "2026-12-31" },
    ]);
    const out = outcomes(run(grid, preset("behaviour"), asOf));
    expect(out.map((o) => o.segment)).toEqual(["B", "C", "D", "A", "B", "No history"]);
  });

  it("weights by amount, not by count, and does not round before grading", () => {
    // (1000·31 + 1·0) / 1001 = 30.97 → B, although one of two invoices was on time.
    const grid = ledger([
      { customer: "W", amount: 1000, balance: 0, dueDate: "2026-01-01", paidDate: "2026-02-01" },
      { customer: "W", amount: 1, balance: 0, dueDate: "2026-01-01", paidDate: "2025-12-20" },
    ]);
    expect(outcomes(run(grid, preset("behaviour"), asOf)).map((o) => o.segment)).toEqual(["B", "B"]);
  });

  it("gives every row of a customer the customer's grade", () => {
    const grid = ledger([
      { customer: "Mixed", amount: 100, balance: 0, dueDate: "2026-01-01", paidDate: "2026-01-02" },
      { customer: "Mixed", amount: 100, balance: 100, dueDate: "2026-12-31" },
    ]);
    expect(outcomes(run(grid, preset("behaviour"), asOf)).map((o) => o.segment)).toEqual(["A", "A"]);
  });
});
