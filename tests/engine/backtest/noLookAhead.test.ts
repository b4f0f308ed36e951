import fc from "fast-check";
import { createSessionReader, describeIssue, snapshotAt, type CellValue } from "../../../src/engine";
import { preset } from "../../support/engineFixtures";

/** The snapshot date every generated ledger is looked at. */
const D = 45000;

const HEADER = [
  "Customer",
  "Invoice",
  "Invoice Date",
  "Due Date",
  "Amount",
  "Open Balance",
  "Paid Date",
  "Promise Date",
  "Broken Promises",
  "Phone",
  "Disputed",
];

interface Invoice {
  customer: string;
  invoice: string;
  issued: number;
  terms: number;
  amount: number;
  /** Blank: still unpaid today. */
  paid: number | null;
  /** Part of the amount still owed today when unpaid (1 = all of it). */
  owedShare: number;
  promise: number | null;
  broken: number;
  phone: string;
  disputed: string;
}

const customerArb = fc.constantFrom("Acme", "Beta SA", "Gamma Ltda", "Delta", "Épsilon");

const invoiceArb = (issued: fc.Arbitrary<number>) =>
  fc.record({
    customer: customerArb,
    invoice: fc.string({ minLength: 1, maxLength: 6 }),
    issued,
    terms: fc.constantFrom(0, 15, 30, 60),
    amount: fc.oneof(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: -900, max: -1 })),
    paid: fc.option(fc.integer({ min: D - 300, max: D + 200 }), { nil: null }),
    owedShare: fc.constantFrom(1, 0.5, 0.2),
    promise: fc.option(fc.integer({ min: D - 60, max: D + 60 }), { nil: null }),
    broken: fc.integer({ min: 0, max: 3 }),
    phone: fc.constantFrom("", "555-0100"),
    disputed: fc.constantFrom("Yes", ""),
  });

/** What may change about an invoice dated on or before D without changing what was known at D. */
const laterChangeArb = fc.record({
  /** A paid date after D moves to another day after D, or goes (the invoice still unpaid today). */
  paid: fc.option(fc.integer({ min: D + 1, max: D + 400 }), { nil: null }),
  owedShare: fc.constantFrom(1, 0.7, 0.1),
  promise: fc.option(fc.integer({ min: D + 1, max: D + 90 }), { nil: null }),
  broken: fc.integer({ min: 0, max: 9 }),
});

function cells(r: Invoice): CellValue[] {
  const owed = r.paid === null ? Math.round(r.amount * r.owedShare * 100) / 100 : 0;
  return [
    r.customer,
    r.invoice,
    r.issued,
    r.issued + r.terms,
    r.amount,
    owed,
    r.paid ?? "",
    r.promise ?? "",
    r.broken,
    r.phone,
    r.disputed,
  ];
}

/** Each open invoice at D, by its invoice number and position, with what the configuration made of it. */
function seenAt(grid: CellValue[][], presetName: string): string[] {
  const config = preset(presetName);
  const reader = createSessionReader({ config, sheet: "Ledger", today: "2030-01-01" });
  reader.pushRows(grid);
  const session = reader.finish();
  if (!session.ok) throw new Error(describeIssue(session.error));
  const { ledger } = session.value.read;
  const snapshot = snapshotAt(ledger, config, D, "Ledger");
  if (!snapshot.ok) throw new Error(describeIssue(snapshot.error));
  const s = snapshot.value;
  return Array.from(s.row, (row, k) => {
    const source = grid[ledger.sourceRow[row]];
    const o = s.outcomes[s.outcome[k]];
    return JSON.stringify([source[1], source[2], o.segment, o.priority, o.strategy.channel, s.open[k]]);
  }).sort();
}

describe("a snapshot knows nothing that happened after its date", () => {
  const known = fc.array(invoiceArb(fc.integer({ min: D - 400, max: D })), { minLength: 1, maxLength: 25 });
  const later = fc.array(invoiceArb(fc.integer({ min: D + 1, max: D + 120 })), { maxLength: 10 });

  it.each(["aging", "collections", "behaviour", "new-and-problem-customers", "risk-value"])(
    "with the %s preset: later payments, later invoices, later promises and today's counts change nothing at D",
    (presetName) => {
      fc.assert(
        fc.property(
          known,
          later,
          later,
          fc.array(laterChangeArb, { minLength: 25, maxLength: 25 }),
          (before, after, otherAfter, changes) => {
            const grid: CellValue[][] = [HEADER, ...[...before, ...after].map(cells)];
            const changed = before.map((r, k) => {
              const change = changes[k];
              // Paid on or before D: that is known at D and stays. Anything about the invoice after D may change.
              const paidLater = r.paid === null || r.paid > D;
              return {
                ...r,
                paid: paidLater ? change.paid : r.paid,
                owedShare: change.owedShare,
                promise: r.promise !== null && r.promise <= D ? r.promise : change.promise,
                broken: change.broken,
              };
            });
            // Later invoices replaced by others, of the same customers or new ones, in another order.
            const grid2: CellValue[][] = [HEADER, ...[...otherAfter.slice(0, 3), ...changed, ...otherAfter.slice(3)].map(cells)];
            expect(seenAt(grid2, presetName)).toEqual(seenAt(grid, presetName));
          },
        ),
        { numRuns: 60 },
      );
    },
  );

  it("is not blind: a payment on or before D changes the snapshot", () => {
    const invoice: Invoice = {
      customer: "Acme",
      invoice: "1",
      issued: D - 90,
      terms: 30,
      amount: 500,
      paid: D + 10,
      owedShare: 1,
      promise: null,
      broken: 0,
      phone: "",
      disputed: "",
    };
    const open = seenAt([HEADER, cells(invoice)], "aging");
    const paidBefore = seenAt([HEADER, cells({ ...invoice, paid: D - 1 })], "aging");
    expect(open).toHaveLength(1);
    expect(paidBefore).toHaveLength(0);
  });
});
