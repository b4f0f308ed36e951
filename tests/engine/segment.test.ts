import { createSegmenter, segment, describeIssue, OUTPUT_HEADERS, type CellValue } from "../../src/engine";
import { generateLedger } from "../support/generateLedger";
import { config, ledger, outcomes, preset, run, segmentsOf, TODAY } from "../support/engineFixtures";

function issueOf(grid: CellValue[][], cfg = preset("aging"), skipBadRows = false): string {
  const result = segment(grid, { config: cfg, sheet: "Aging", today: TODAY, origin: { top: 0, left: 0 }, skipBadRows });
  if (result.ok) throw new Error("expected a failure");
  return describeIssue(result.error);
}

describe("reading a sheet", () => {
  it("finds the header below a title block and leaves total rows out", () => {
    const grid: CellValue[][] = [
      ["ACME Corp — Aged receivables as of 31/10/2026"],
      [null],
      ["Customer", "Invoice", "Balance", "Due Date"],
      ["Total Logistics Ltd", "INV-1", "$1,200.00", "2026-10-01"],
      ["Beta", "INV-2", "(150.00)", "2026-11-30"],
      [null, null, null, null],
      ["Grand Total", null, 1050, null],
    ];
    const result = run(grid, preset("aging"));
    expect(result.header.row).toBe(2);
    expect(result.rowCount).toBe(2);
    expect(result.excluded).toEqual([
      { row: 5, reason: "blank" },
      { row: 6, reason: "total" },
    ]);
    expect(result.summary.kpis.totalAR).toBe(1050);
  });

  it("reads Spanish headers and day-first text dates", () => {
    const grid = [
      ["Razón Social", "Factura", "Saldo Pendiente", "Fecha de Vencimiento", "En disputa"],
      ["Cliente Uno", "F-1", "1.234,50", "15/09/2026", "Sí"],
      ["Cliente Dos", "F-2", "500,00", "05/11/2026", "No"],
    ];
    const result = run(grid, preset("collections"));
    expect(result.header.columns).toMatchObject({ customer: 0, invoice: 1, balance: 2, dueDate: 3, disputed: 4 });
    expect(result.summary.kpis.totalAR).toBeCloseTo(1734.5);
    // Spanish headers and no language asked for: the run writes Spanish.
    expect(result.language).toBe("es");
    expect(segmentsOf(result)).toEqual(["En disputa", "Pagará sin gestión"]);
    expect(outcomes(result)[1].bucket).toBe("1-30");
  });

  it("reads Portuguese headers", () => {
    const grid = [
      ["Cliente", "Nota Fiscal", "Valor em Aberto", "Data de Vencimento", "Data de Pagamento"],
      ["Empresa A", "NF-1", "R$ 2.000,00", "01/08/2026", ""],
      ["Empresa B", "NF-2", "R$ 300,00", "01/10/2026", "03/10/2026"],
    ];
    const result = run(grid, preset("aging"));
    expect(result.language).toBe("pt");
    expect(segmentsOf(result)).toEqual(["90+", "Paga"]);
  });

  it("follows an explicit mapping over detection", () => {
    const grid = [
      ["Debtor", "Money", "When"],
      ["A", 100, "2026-11-01"],
    ];
    const cfg = config({ ...preset("aging"), mapping: { customer: "Debtor", balance: "Money", dueDate: "When" } });
    expect(segmentsOf(run(grid, cfg))).toEqual(["1-30"]);
  });

  it("reads Excel serial dates in the 1904 system", () => {
    // 2026-11-01 is serial 46327 in the 1900 system and 44865 in the 1904 system.
    const grid = [
      ["Customer", "Balance", "Due Date"],
      ["A", 100, 44865],
    ];
    const result = segment(grid, { config: preset("aging"), sheet: "S", today: TODAY, date1904: true });
    expect(result.ok && result.value.outcome(0).segment).toBe("1-30");
  });
});

describe("bad input", () => {
  it("says no header was found", () => {
    expect(issueOf([["just"], ["some"], ["words"]])).toBe(
      'Sheet "Aging": no header row found in rows 1-3. No row names a known column. Put column names such as Customer, Amount and Due date above the data, or map the columns by hand.',
    );
  });

  it("names the missing column and the synonyms tried", () => {
    expect(
      issueOf([
        ["Customer", "Balance"],
        ["A", 1],
      ]),
    ).toMatch(/no Due date column\. Tried headers such as: .*due date/i);
  });

  it("names the cell, column and text of an unreadable date", () => {
    const grid = [["Title"], ["Customer", "Balance", "Due Date"], ["A", 10, "2026-11-01"], ["B", 10, "someday"]];
    expect(issueOf(grid)).toBe('Sheet "Aging", cell C4 (column "Due Date"): "someday" is not a date.');
  });

  it("names the cell of an unreadable amount", () => {
    expect(
      issueOf([
        ["Customer", "Balance", "Due Date"],
        ["A", "ten", "2026-11-01"],
      ]),
    ).toBe('Sheet "Aging", cell B2 (column "Balance"): "ten" is not an amount.');
  });

  it("checks only the columns the configuration reads: a stray text in an unread column stops nothing", () => {
    const grid = [
      ["Customer", "Balance", "Due Date", "Credit Limit", "Promise Date"],
      ["A", 10, "2026-11-01", "ask Maria", "next week"],
    ];
    // aging reads balance, due date and paid date only
    const result = segment(grid, { config: preset("aging"), sheet: "Aging", today: TODAY });
    expect(result.ok && result.value.outcome(0).segment).toBe("1-30");
    // collections scores broken promises, so it reads the promise date
    expect(issueOf(grid, preset("collections"))).toBe('Sheet "Aging", cell E2 (column "Promise Date"): "next week" is not a date.');
    // a rule on the credit limit makes it read
    const strategy = { channel: "E-mail", action: "Review", tone: "Friendly", instruction: "Check the limit." };
    const byLimit = config({
      version: 2,
      model: {
        kind: "rules",
        rules: [{ when: "CreditLimit > 0", segment: "Limit", priority: 1, strategy }],
        otherwise: { segment: "Other", priority: 2, strategy },
      },
    });
    expect(issueOf(grid, byLimit)).toMatch(/cell D2 \(column "Credit Limit"\): "ask Maria" is not an amount/);
  });

  it("skips and reports bad rows when asked", () => {
    const grid = [
      ["Customer", "Balance", "Due Date"],
      ["A", 10, "2026-11-01"],
      ["B", "ten", "2026-11-01"],
    ];
    const result = segment(grid, { config: preset("aging"), sheet: "Aging", today: TODAY, skipBadRows: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rowCount).toBe(1);
    expect(result.value.skipped.map(describeIssue)).toEqual(['Sheet "Aging", cell B3 (column "Balance"): "ten" is not an amount.']);
  });

  it("says when there are no data rows", () => {
    expect(issueOf([["Customer", "Balance", "Due Date"]])).toBe('Sheet "Aging" has no data rows under its header.');
  });

  it("refuses an as-of date that is not a date", () => {
    const cfg = config({ ...preset("aging"), asOf: "2026-02-30" });
    expect(issueOf(ledger([{ customer: "A", amount: 1, dueDate: "2026-01-01" }]), cfg)).toMatch(/As-of date "2026-02-30"/);
  });
});

describe("a re-run on the output", () => {
  it("ignores its own output columns and gives the same result", () => {
    const grid = ledger([
      { customer: "Segment Co", invoice: "1", amount: 100, dueDate: "2026-10-01", phone: "1" },
      { customer: "B", invoice: "2", amount: 200, dueDate: "2026-12-01", phone: "" },
    ]);
    const first = run(grid, preset("collections"));
    const withOutput = grid.map((row, r) => {
      if (r === 0) return [...row, ...OUTPUT_HEADERS];
      const o = first.outcome(r - 1);
      return [...row, o.segment, o.priority, o.strategy, o.score, o.reason, o.bucket];
    });
    const second = run(withOutput, preset("collections"));
    expect(second.header.ownColumns).toBe(grid[0].length);
    expect(second.header.dataWidth).toBe(grid[0].length);
    expect(outcomes(second)).toEqual(outcomes(first));
  });
});

describe("a segmenter fed block by block", () => {
  it("gives the same result as one fed row by row, whatever the block sizes", () => {
    const rows: CellValue[][] = [["Aged receivables"], [null], ...generateLedger({ rows: 20_000, dates: "serial" })];
    rows.splice(9_000, 0, [null, null, null]); // a blank row inside a chunk
    rows.push(["Total", null, null, null, 123]); // a total row at the end
    const options = { config: preset("collections"), sheet: "Ledger", today: "2025-06-30" };
    const rowByRow = createSegmenter(options);
    for (const row of rows) rowByRow.push(row);
    const expected = rowByRow.finish();
    if (!expected.ok) throw new Error(describeIssue(expected.error));
    for (const sizes of [[20_023], [150, 20_000], [1, 199, 7_000, 9_000, 4_000], [8_192, 8_192, 8_192]]) {
      const blocks = createSegmenter(options);
      let at = 0;
      for (let k = 0; at < rows.length; k++) {
        const size = sizes[Math.min(k, sizes.length - 1)];
        blocks.pushRows(rows.slice(at, at + size));
        at += size;
      }
      const got = blocks.finish();
      if (!got.ok) throw new Error(describeIssue(got.error));
      expect(got.value.rowCount).toBe(expected.value.rowCount);
      expect(got.value.excluded).toEqual(expected.value.excluded);
      expect(Array.from(got.value.sourceRow)).toEqual(Array.from(expected.value.sourceRow));
      expect(got.value.summary).toEqual(expected.value.summary);
      for (const i of [0, 1, 8_999, 9_000, 19_999]) expect(got.value.outcome(i)).toEqual(expected.value.outcome(i));
    }
  });

  it("reports the same bad cell, with its address, from a block as from rows", () => {
    const rows: CellValue[][] = [["Customer", "Balance", "Due Date"], ...Array.from({ length: 300 }, (_, k) => [`C${k}`, k, 46000])];
    rows[250][1] = "lots";
    const options = { config: preset("aging"), sheet: "AR", today: TODAY };
    const blocks = createSegmenter(options);
    blocks.pushRows(rows.slice(0, 210));
    blocks.pushRows(rows.slice(210));
    const got = blocks.finish();
    expect(!got.ok && describeIssue(got.error)).toBe('Sheet "AR", cell B251 (column "Balance"): "lots" is not an amount.');
  });
});

describe("a row's priority", () => {
  it("is the priority of its outcome, at invoice and at customer level", () => {
    const grid = generateLedger({ rows: 300, dates: "serial" });
    for (const name of ["collections", "aging", "behaviour", "risk-value"]) {
      const result = run(grid, preset(name), "2025-06-30");
      for (let i = 0; i < result.rowCount; i++) expect(result.priority(i)).toBe(result.outcome(i).priority);
    }
  });
});
