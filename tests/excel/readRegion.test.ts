import { MAX_REGION_CELLS } from "../../src/excel/readRegion";
import { createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";
import { ledgerGrid } from "../support/ledgers";
import { generateLedger } from "../support/generateLedger";
import type { Progress } from "../../src/workbook/port";

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ customer: `C${i}`, balance: i }));

describe("readRegionBlocks (Office adapter)", () => {
  it("hands over the same rows as readRegion, in order, a block at a time, and keeps none", async () => {
    const cells = ledgerGrid(rows(500));
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells }] });
    const port = officePortFor(excel);
    const blocks: number[] = [];
    const seen: (readonly unknown[])[] = [];
    let opened: unknown;
    const result = await port.readRegionBlocks({}, (place) => {
      opened = place;
      return (rows) => {
        blocks.push(rows.length);
        seen.push(...rows);
      };
    });
    const place = { sheet: "Ledger", source: { kind: "range" }, top: 0, left: 0, date1904: false, rowCount: 501 };
    expect(result).toEqual({ ok: true, value: place });
    expect(opened).toEqual(place);
    expect(blocks.length).toBeGreaterThan(1); // the first block is a small sample
    expect(seen).toEqual(cells);
  });

  it("says a blank region is empty, after reading it", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "Blank",
          cells: [
            ["", ""],
            [null, ""],
          ],
        },
      ],
    });
    const result = await officePortFor(excel).readRegionBlocks({}, () => () => undefined);
    expect(result).toEqual({ ok: false, error: { kind: "emptySheet", sheet: "Blank" } });
  });
});

describe("readRegion (Office adapter)", () => {
  it("reads the used range of the active sheet with its position", async () => {
    const cells = ledgerGrid(rows(3));
    const excel = createExcelDouble({
      sheets: [
        { name: "Other", cells: [["x"]] },
        { name: "Ledger", cells },
      ],
      active: "Ledger",
    });
    const result = await officePortFor(excel).readRegion({});
    expect(result).toEqual({
      ok: true,
      value: { sheet: "Ledger", source: { kind: "range" }, top: 0, left: 0, values: cells, date1904: false },
    });
  });

  it("reads the sheet's Excel Table rather than the used range", async () => {
    const cells = [["Notes beside the table", "", "", "", "", "", "", "x"], ...ledgerGrid(rows(2)).map((r) => [...r, ""])];
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells, tables: [{ name: "Ledger1", address: "A2:F4" }] }] });
    const result = await officePortFor(excel).readRegion({ sheet: "Ledger" });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.source).toEqual({ kind: "table", name: "Ledger1" });
    expect(result.value.top).toBe(1);
    expect(result.value.values).toEqual(ledgerGrid(rows(2)));
  });

  it("keeps a title block above the header in the region", async () => {
    const cells = ledgerGrid(rows(2), { titleRows: [["Aged debt report"], [""]] });
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells }] });
    const result = await officePortFor(excel).readRegion({});
    expect(result.ok && result.value.values[0][0]).toBe("Aged debt report");
    expect(result.ok && result.value.values[2][0]).toBe("Customer");
  });

  it("reads the selection when asked", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: ledgerGrid(rows(5)) }] });
    excel.select("Ledger", "A1:B3");
    const result = await officePortFor(excel).readRegion({ useSelection: true });
    expect(result.ok && result.value).toMatchObject({ sheet: "Ledger", source: { kind: "range" }, top: 0, left: 0 });
    expect(result.ok && result.value.values).toEqual([
      ["Customer", "Invoice"],
      ["C0", "INV-1001"],
      ["C1", "INV-1002"],
    ]);
  });

  it("reads a selection of whole columns as the rows that hold data, formatted blank rows below them left out", async () => {
    const cells = ledgerGrid(rows(5));
    // The user formatted the whole columns: the used range with formatting runs to row 1,048,576.
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells, numberFormats: { "A:K": "#,##0.00" } }] });
    excel.select("Ledger", "A:K");
    const read = await officePortFor(excel).readRegionBlocks({ useSelection: true }, () => () => undefined);
    expect(read).toEqual({
      ok: true,
      value: { sheet: "Ledger", source: { kind: "range" }, top: 0, left: 0, date1904: false, rowCount: 6 },
    });
    expect(excel.stats.largestResponseBytes).toBeLessThan(10_000);
  });

  it("refuses a selection of several areas with a message that names them, and reads nothing", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: ledgerGrid(rows(5)) }] });
    excel.select("Ledger", "A1:C4,E1:E4");
    expect(await officePortFor(excel).readRegion({ useSelection: true })).toEqual({
      ok: false,
      error: { kind: "multipleAreas", sheet: "Ledger", areas: ["A1:C4", "E1:E4"] },
    });
    const older = createExcelDouble({ sheets: [{ name: "Ledger", cells: ledgerGrid(rows(5)) }], apiVersion: "1.8" });
    older.select("Ledger", "A1:C4,E1:E4");
    expect(await officePortFor(older).readRegion({ useSelection: true })).toEqual({
      ok: false,
      error: { kind: "multipleAreas", sheet: "Ledger", areas: [] },
    });
  });

  it("sizes read blocks by UTF-8 bytes: a ledger of CJK and accented text is never refused", async () => {
    const cells = ledgerGrid(
      Array.from({ length: 12_000 }, (_, i) => ({ customer: `株式会社東京商事 ${i} — Société Générale de Crédit Montréal` })),
      { columns: ["customer", "invoice", "dueDate", "balance"] },
    ).map((r, i) => (i === 0 ? [...r, "Notes"] : [...r, "未払いの請求書について、担当者に電話で確認してください。".repeat(6)]));
    const excel = createExcelDouble({ sheets: [{ name: "L", cells }] });
    const read = await officePortFor(excel).readRegion({});
    expect(read.ok && read.value.values.length).toBe(12_001);
    expect(excel.stats.refusedSyncs).toBe(0);
  });

  it("names the sheets when the sheet asked for does not exist", async () => {
    const excel = createExcelDouble({
      sheets: [
        { name: "A", cells: [[1]] },
        { name: "B", cells: [[1]] },
      ],
    });
    expect(await officePortFor(excel).readRegion({ sheet: "Ledger" })).toEqual({
      ok: false,
      error: { kind: "sheetNotFound", sheet: "Ledger", sheets: ["A", "B"] },
    });
  });

  it("reports an empty sheet", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Blank", cells: [] }] });
    expect(await officePortFor(excel).readRegion({})).toEqual({ ok: false, error: { kind: "emptySheet", sheet: "Blank" } });
  });

  it("refuses a region larger than the pane can hold before loading any values", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Huge", cells: [] }] });
    // Two far-apart cells make a used range of 1,000,000 × 30 cells.
    excel.sheet("Huge").state.rows[0] = ["a"];
    excel.sheet("Huge").state.rows[999_999] = [...new Array(29).fill(""), "b"];
    const result = await officePortFor(excel).readRegion({});
    expect(result).toEqual({ ok: false, error: { kind: "sheetTooLarge", sheet: "Huge", cells: 30_000_000, limit: MAX_REGION_CELLS } });
    expect(excel.stats.largestResponseBytes).toBeLessThan(1000);
  });

  it("reads a region above the 5,000,000-cell get cap in blocks that each stay under it", async () => {
    const rows = 260_000;
    const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: 20 }, (_, c) => (r === 0 ? `H${c}` : c)));
    const excel = createExcelDouble({ sheets: [{ name: "Wide", cells: cells as never }] });
    const result = await officePortFor(excel).readRegion({});
    expect(result.ok && result.value.values.length).toBe(rows);
    expect(result.ok && result.value.values[rows - 1][19]).toBe(19);
    expect(excel.stats.syncs).toBeGreaterThan(2);
  });

  it("reads 50,000 rows in a handful of syncs, and the count grows with blocks, not rows", async () => {
    const syncsFor = async (n: number) => {
      const excel = createExcelDouble({ sheets: [{ name: "L", cells: generateLedger({ rows: n }) as never }] });
      const result = await officePortFor(excel).readRegion({});
      expect(result.ok && result.value.values.length).toBe(n + 1);
      return excel.stats;
    };
    const small = await syncsFor(1_000);
    const big = await syncsFor(50_000);
    expect(big.syncs).toBeLessThanOrEqual(12);
    expect(big.syncs).toBeLessThan(small.syncs + 10);
    expect(big.largestResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("retries a block refused for its size in smaller blocks and still reads every row", async () => {
    const cells = generateLedger({ rows: 3_000 }) as never;
    const roomy = createExcelDouble({ sheets: [{ name: "L", cells }] });
    const tight = createExcelDouble({ sheets: [{ name: "L", cells }], payloadLimitBytes: 60_000 });
    const a = await officePortFor(roomy).readRegion({});
    const b = await officePortFor(tight).readRegion({});
    expect(b.ok && b.value.values).toEqual(a.ok && a.value.values);
    expect(tight.stats.syncs).toBeGreaterThan(roomy.stats.syncs);
  });

  it("gives up with payloadTooLarge when a single row is over the cap", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: [["h"], ["x".repeat(5000)]] }], payloadLimitBytes: 2000 });
    expect(await officePortFor(excel).readRegion({})).toEqual({ ok: false, error: { kind: "payloadTooLarge", sheet: "L" } });
  });

  it("stops between blocks when cancelled and reports progress while reading", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: generateLedger({ rows: 30_000 }) as never }] });
    const controller = new AbortController();
    const seen: Progress[] = [];
    const result = await officePortFor(excel).readRegion({ signal: controller.signal }, (p) => {
      seen.push(p);
      if (p.done > 0) controller.abort();
    });
    expect(result).toEqual({ ok: false, error: { kind: "cancelled" } });
    expect(seen[0]).toEqual({ phase: "reading", done: 0, total: 30_001 });
    expect(seen.at(-1)!.done).toBeLessThan(30_001);
  });

  it("detects the 1904 date system through workbook.functions.date, a released API, on every ExcelApi version", async () => {
    const cells = ledgerGrid(rows(1));
    for (const apiVersion of ["1.7", "1.8", "1.16"] as const) {
      const in1904 = createExcelDouble({ sheets: [{ name: "L", cells }], date1904: true, apiVersion });
      const in1900 = createExcelDouble({ sheets: [{ name: "L", cells }], date1904: false, apiVersion });
      const a = await officePortFor(in1904).readRegion({});
      const b = await officePortFor(in1900).readRegion({});
      expect(a.ok && a.value.date1904).toBe(true);
      expect(b.ok && b.value.date1904).toBe(false);
    }
  });

  it("reports a sheet deleted while it is read", async () => {
    const excel = createExcelDouble({
      sheets: [
        { name: "L", cells: generateLedger({ rows: 2_000 }) as never },
        { name: "M", cells: [] },
      ],
    });
    excel.atSync(4, () => excel.deleteSheet("L"));
    expect(await officePortFor(excel).readRegion({ sheet: "L" })).toEqual({ ok: false, error: { kind: "sheetDeleted", sheet: "L" } });
  });

  it("reports cell-edit mode", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledgerGrid(rows(1)) }] });
    excel.setCellEditMode(true);
    expect(await officePortFor(excel).readRegion({ sheet: "L" })).toEqual({ ok: false, error: { kind: "cellEditMode", sheet: "L" } });
  });
});
