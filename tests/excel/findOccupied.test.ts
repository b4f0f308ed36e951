import { createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";
import { ledgerGrid } from "../support/ledgers";

const ledger = (n: number) => ledgerGrid(Array.from({ length: n }, (_, i) => ({ customer: `C${i}` })));

describe("findOccupied (Office adapter)", () => {
  it("finds nothing right of the data in one sync, without loading values", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(10_000) }] });
    const result = await officePortFor(excel).findOccupied("L", { top: 0, left: 6, rows: 10_001, columns: 6 }, 20);
    expect(result).toEqual({ ok: true, value: [] });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.largestResponseBytes).toBeLessThan(1000);
  });

  it("lists the A1 addresses of non-empty cells, up to the limit", async () => {
    const cells = ledger(5).map((row, i) => [...row, "", i === 2 ? "note" : "", i >= 3 ? 7 : ""]);
    const excel = createExcelDouble({ sheets: [{ name: "L", cells }] });
    const port = officePortFor(excel);
    expect(await port.findOccupied("L", { top: 0, left: 6, rows: 6, columns: 6 }, 20)).toEqual({
      ok: true,
      value: ["H3", "I4", "I5", "I6"],
    });
    expect(await port.findOccupied("L", { top: 0, left: 6, rows: 6, columns: 6 }, 2)).toEqual({ ok: true, value: ["H3", "I4"] });
  });
});
