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

describe("findOccupied and the cells Excel calls empty", () => {
  it('names a formula that shows nothing (=IF(…,"")) as occupied: it reads "" in values but is the user\'s cell', async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "L", cells: ledger(3), formulas: { H3: { formula: '=IF(F3>5000,"Check","")', value: "" } } }],
    });
    expect(await officePortFor(excel).findOccupied("L", { top: 0, left: 6, rows: 4, columns: 6 }, 20)).toEqual({ ok: true, value: ["H3"] });
  });

  it("does not take cells that are only formatted for occupied", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(3), numberFormats: { "G:L": "@", "M2:M9": "0.00" } }] });
    expect(await officePortFor(excel).findOccupied("L", { top: 0, left: 6, rows: 4, columns: 6 }, 20)).toEqual({ ok: true, value: [] });
  });
});

describe("a run over a formula that shows nothing", () => {
  it("stops and asks before writing over it", async () => {
    const { segmentWorkbook } = await import("../../src/workbook/segmentWorkbook");
    const { presetConfig } = await import("../../src/engine/presets");
    const preset = presetConfig("collections");
    if (!preset.ok) throw new Error("preset");
    const excel = createExcelDouble({
      sheets: [{ name: "L", cells: ledger(3), formulas: { J2: { formula: '=IF(F2>5000,"Check","")', value: "" } } }],
    });
    const run = await segmentWorkbook(officePortFor(excel), { config: preset.value, today: "2025-06-30", whenOccupied: "stop" });
    expect(run).toEqual({ ok: false, error: { kind: "columnsOccupied", sheet: "L", cells: ["J2"] } });
    expect(excel.sheet("L").formula("J2")).toBe('=IF(F2>5000,"Check","")');
  });
});
