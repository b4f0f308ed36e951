import { ledger, outcomes, preset, run } from "../../support/engineFixtures";

const asOf = "2026-11-22";

describe("the collections preset", () => {
  const grid = ledger([
    { customer: "Paid Co", invoice: "P1", amount: 500, dueDate: "2026-10-01", paidDate: "2026-10-05", phone: "1" },
    { customer: "Dispute Co", invoice: "D1", amount: 800, dueDate: "2026-08-01", disputed: "Yes", phone: "1" },
    { customer: "Promise Co", invoice: "PR1", amount: 800, dueDate: "2026-10-01", promiseDate: "2026-11-30", phone: "1" },
    { customer: "Old Co", invoice: "O1", amount: 800, dueDate: "2026-07-01", phone: "1" },
    { customer: "Broken Co", invoice: "B1", amount: 800, dueDate: "2026-11-01", brokenPromises: 2, phone: "1" },
    { customer: "Sixty Co", invoice: "S1", amount: 800, dueDate: "2026-09-10", phone: "1" },
    { customer: "Ghost Co", invoice: "G1", amount: 800, dueDate: "2026-11-10" },
    { customer: "Future Co", invoice: "F1", amount: 9000, dueDate: "2026-11-25", phone: "1" },
    { customer: "Calm Co", invoice: "C1", amount: 100, dueDate: "2027-02-01", phone: "1" },
  ]);
  const out = outcomes(run(grid, preset("collections"), asOf));

  it("puts paid, disputed and promised items aside before ageing", () => {
    expect(out.slice(0, 3).map((o) => o.segment)).toEqual(["Paid", "Dispute", "Promise to pay"]);
    expect(out[0].priority).toBeNull();
  });

  it("sends 90+ to legal and broken promises to a firm call, both priority 1", () => {
    expect(out[3]).toMatchObject({ segment: "Final notice / legal", priority: 1 });
    expect(out[4]).toMatchObject({ segment: "Broken promise", priority: 1 });
  });

  it("marks overdue accounts with no phone or e-mail as hard to contact", () => {
    expect(out[6].segment).toBe("Hard to contact");
  });

  it("reminds large invoices falling due within a week, and leaves the rest alone", () => {
    expect(out[7].segment).toBe("Pre-due reminder");
    expect(out[8]).toMatchObject({ segment: "Current", priority: 6 });
  });

  it("gives every row a score from 0 to 100 and a strategy", () => {
    for (const o of out) {
      expect(o.score).toBeGreaterThanOrEqual(0);
      expect(o.score).toBeLessThanOrEqual(100);
      expect(o.strategy).toMatch(/ · /);
    }
  });
});

describe("the risk-value preset", () => {
  it("places customers in the matrix by propensity score and balance", () => {
    const grid = ledger([
      // long overdue, big → high risk, high value
      { customer: "Big Risk", amount: 40000, dueDate: "2026-03-01", riskClass: "High", brokenPromises: 3 },
      // current, small, low risk → automate
      { customer: "Small Safe", amount: 300, dueDate: "2026-12-30", riskClass: "Low" },
    ]);
    const out = outcomes(run(grid, preset("risk-value"), asOf));
    expect(out[0]).toMatchObject({ segment: "Intensive follow-up", priority: 1 });
    expect(out[0].reason).toMatch(/high risk .* high value/);
    expect(out[1]).toMatchObject({ segment: "Automate", priority: 5 });
  });
});

describe("the new-and-problem-customers preset", () => {
  it("finds recent payment problems, hard-to-contact and new customers", () => {
    const grid = ledger([
      { customer: "Problem", amount: 100, balance: 100, invoiceDate: "2020-01-01", dueDate: "2026-11-30", phone: "1" },
      {
        customer: "Problem",
        amount: 100,
        balance: 0,
        invoiceDate: "2020-01-01",
        dueDate: "2026-09-01",
        paidDate: "2026-10-01",
        phone: "1",
      },
      {
        customer: "Problem",
        amount: 100,
        balance: 0,
        invoiceDate: "2020-01-01",
        dueDate: "2026-08-01",
        paidDate: "2026-09-15",
        phone: "1",
      },
      { customer: "Silent", amount: 100, balance: 100, invoiceDate: "2020-01-01", dueDate: "2026-11-30" },
      { customer: "Newbie", amount: 100, balance: 100, invoiceDate: "2026-10-01", dueDate: "2026-12-01", phone: "1" },
      {
        customer: "Settled",
        amount: 100,
        balance: 0,
        invoiceDate: "2020-01-01",
        dueDate: "2026-10-01",
        paidDate: "2026-10-01",
        phone: "1",
      },
    ]);
    const out = outcomes(run(grid, preset("new-and-problem-customers"), asOf));
    expect(out.map((o) => o.segment)).toEqual([
      "Recent payment problems",
      "Recent payment problems",
      "Recent payment problems",
      "Hard to contact",
      "New customer",
      "No balance",
    ]);
  });
});
