import fc from "fast-check";
import { OUTPUT_HEADERS, PRESET_NAMES, type CellValue } from "../../src/engine";
import { outcomes, preset, run } from "../support/engineFixtures";

const HEADER = [
  "Customer",
  "Invoice",
  "Amount",
  "Open Balance",
  "Due Date",
  "Paid Date",
  "Disputed",
  "Promise Date",
  "Phone",
  "Risk Class",
];
const AS_OF = 46348; // 2026-11-22

const rowArb = fc.record({
  customer: fc.constantFrom("Acme", "Beta SA", "Gamma Ltda", "Delta", "Épsilon"),
  amount: fc.integer({ min: -500, max: 50000 }),
  open: fc.boolean(),
  due: fc.integer({ min: AS_OF - 400, max: AS_OF + 60 }),
  paidAfter: fc.option(fc.integer({ min: -10, max: 200 }), { nil: undefined }),
  disputed: fc.constantFrom("Yes", "No", ""),
  promise: fc.option(fc.integer({ min: AS_OF - 30, max: AS_OF + 30 }), { nil: undefined }),
  phone: fc.constantFrom("", "555-0100"),
  risk: fc.constantFrom("Low", "Medium", "High", ""),
});

function toCells(
  r: {
    customer: string;
    amount: number;
    open: boolean;
    due: number;
    paidAfter?: number;
    disputed: string;
    promise?: number;
    phone: string;
    risk: string;
  },
  k: number,
): CellValue[] {
  return [
    r.customer,
    `INV-${k}`,
    r.amount,
    r.open ? r.amount : 0,
    r.due,
    r.paidAfter === undefined ? null : r.due + r.paidAfter,
    r.disputed,
    r.promise ?? null,
    r.phone,
    r.risk,
  ];
}

const ledgerArb = fc.array(rowArb, { minLength: 1, maxLength: 40 }).map((rows) => [HEADER, ...rows.map(toCells)] as CellValue[][]);
const presetArb = fc.constantFrom(...PRESET_NAMES);

describe("segmentation invariants", () => {
  it("gives every data row exactly one segment, and the summary counts every row once", () => {
    fc.assert(
      fc.property(ledgerArb, presetArb, (grid, name) => {
        const cfg = preset(name);
        const result = run(grid, cfg);
        expect(result.rowCount).toBe(grid.length - 1);
        const segments = outcomes(result).map((o) => o.segment);
        expect(segments.every((s) => typeof s === "string" && s.length > 0)).toBe(true);
        const counted = result.summary.segments.reduce((sum, line) => sum + line.count, 0);
        expect(counted).toBe(result.rowCount);
        const balance = result.summary.segments.reduce((sum, line) => sum + line.balance, 0);
        expect(balance).toBeCloseTo(result.summary.kpis.totalAR, 6);
      }),
      { numRuns: 60 },
    );
  });

  it("does not depend on row order", () => {
    fc.assert(
      fc.property(ledgerArb, presetArb, fc.integer(), (grid, name, seed) => {
        const cfg = preset(name);
        const [header, ...rows] = grid;
        const shuffled = [...rows]
          .map((row, k) => ({ row, key: Math.sin(seed + k) }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.row);
        const byInvoice = (g: CellValue[][]) => {
          const result = run(g, cfg);
          const map = new Map<string, unknown>();
          outcomes(result).forEach((o, i) => map.set(String(g[result.sourceRow[i]][1]), o));
          return map;
        };
        const a = byInvoice(grid);
        const b = byInvoice([header, ...shuffled]);
        for (const [invoice, outcome] of a) expect(b.get(invoice)).toEqual(outcome);
      }),
      { numRuns: 40 },
    );
  });

  it("gives the same result when re-run on its own output", () => {
    fc.assert(
      fc.property(ledgerArb, presetArb, (grid, name) => {
        const cfg = preset(name);
        const first = run(grid, cfg);
        const output = grid.map((row, r) => {
          if (r === 0) return [...row, ...OUTPUT_HEADERS];
          const o = first.outcome(r - 1);
          return [...row, o.segment, o.priority, o.strategy, o.score, o.reason, o.bucket];
        });
        expect(outcomes(run(output, cfg))).toEqual(outcomes(first));
      }),
      { numRuns: 40 },
    );
  });
});
