import { createSessionReader, describeIssue, type CellValue, type Segmentation } from "../../../src/engine";
import { preset, run } from "../../support/engineFixtures";
import { generateLedger } from "../../support/generateLedger";

const AS_OF = "2025-06-30";

/** The cross-tab a person would make of two separate runs' output columns. */
function crossTab(a: Segmentation, b: Segmentation): Map<string, { invoices: number; balance: number }> {
  const cells = new Map<string, { invoices: number; balance: number }>();
  for (let i = 0; i < a.rowCount; i++) {
    const x = a.outcome(i);
    const y = b.outcome(i);
    if (x.segment === "Not yet issued") continue;
    const key = `${x.segment} → ${y.segment}`;
    const cell = cells.get(key) ?? { invoices: 0, balance: 0 };
    cell.invoices++;
    cell.balance += x.openBalance;
    cells.set(key, cell);
  }
  return cells;
}

describe("comparing two configurations", () => {
  const rows = generateLedger({ rows: 3000, seed: 5, dates: "serial", asOf: AS_OF }) as CellValue[][];

  it.each([
    ["aging", "collections"],
    ["collections", "behaviour"],
    ["risk-value", "new-and-problem-customers"],
  ])("%s against %s equals the cross-tab of two single runs", (first, second) => {
    const a = { ...preset(first), asOf: AS_OF };
    const b = preset(second);
    const reader = createSessionReader({ config: a, alsoFor: [b], sheet: "Ledger", today: "2030-01-01" });
    reader.pushRows(rows);
    const session = reader.finish();
    if (!session.ok) throw new Error(describeIssue(session.error));
    const compared = session.value.compare(a, b);
    if (!compared.ok) throw new Error(describeIssue(compared.error));

    const one = run(rows, a);
    const two = run(rows, { ...b, asOf: AS_OF });
    const expected = crossTab(one, two);
    const moves = compared.value.moves;
    expect(compared.value.asOf).toBe(AS_OF);
    expect(moves).toHaveLength(expected.size);
    for (const move of moves) {
      const cell = expected.get(`${move.from} → ${move.to}`)!;
      expect(move.invoices).toBe(cell.invoices);
      expect(move.balance).toBeCloseTo(cell.balance, 2);
    }

    let rose = 0;
    let fell = 0;
    for (let i = 0; i < one.rowCount; i++) {
      const pa = one.priority(i);
      const pb = two.priority(i);
      if (one.outcome(i).segment === "Not yet issued") continue;
      if (pb !== null && (pa === null || pb < pa)) rose++;
      else if (pa !== null && (pb === null || pb > pa)) fell++;
    }
    const { priority } = compared.value;
    expect([priority.rose.invoices, priority.fell.invoices]).toEqual([rose, fell]);
    expect(priority.rose.invoices + priority.fell.invoices + priority.same.invoices).toBe(one.summary.rowCount);
  });

  it("lists the moves in the first configuration's segment order, then the second's", () => {
    const a = { ...preset("aging"), asOf: AS_OF };
    const reader = createSessionReader({ config: a, alsoFor: [preset("collections")], sheet: "Ledger", today: "2030-01-01" });
    reader.pushRows(rows);
    const session = reader.finish();
    if (!session.ok) throw new Error(describeIssue(session.error));
    const compared = session.value.compare(a, preset("collections"));
    if (!compared.ok) throw new Error(describeIssue(compared.error));
    const order = run(rows, a).summary.segments.map((s) => s.segment);
    const froms = compared.value.moves.map((m) => order.indexOf(m.from));
    expect(froms).toEqual([...froms].sort((x, y) => x - y));
    expect(compared.value.moves[0].from).toBe("90+");
  });

  it("reads the columns the second configuration tests even when the first does not", () => {
    const a = { ...preset("aging"), asOf: AS_OF };
    const reader = createSessionReader({ config: a, alsoFor: [preset("collections")], sheet: "Ledger", today: "2030-01-01" });
    reader.pushRows(rows);
    const session = reader.finish();
    if (!session.ok) throw new Error(describeIssue(session.error));
    // collections tests promises and broken promises; aging alone would not parse them.
    expect(session.value.read.ledger.numbers.promiseDate).toBeDefined();
    expect(session.value.read.ledger.numbers.brokenPromises).toBeDefined();
  });
});
