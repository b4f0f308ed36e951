import { createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";
import { ledgerGrid } from "../support/ledgers";
import { outputRows, type ColumnsWrite, type OutputCell } from "../../src/workbook/port";
import { PRIORITY_FILLS } from "../../src/excel/priorityFormat";
import { BLOCK_BUDGET_BYTES } from "../../src/excel/blocks";
import { widthForCharacters } from "../excel-double/range";

const HEADERS = ["Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"];

const outputRow = (i: number): OutputCell[] => [`Seg ${i % 3}`, (i % 3) + 1, "Call", 50 + i, `Reason ${i}`, "1-30"];

function columnsWrite(sheet: string, rows: OutputCell[][], over: Partial<ColumnsWrite> = {}): ColumnsWrite {
  return {
    sheet,
    source: { kind: "range" },
    headerRow: 0,
    column: 6,
    headers: HEADERS,
    ...outputRows(rows),
    priorityIndex: 1,
    maxPriority: 3,
    ...over,
  };
}

const ledger = (n: number) => ledgerGrid(Array.from({ length: n }, (_, i) => ({ customer: `C${i}` })));

describe("writeColumns (Office adapter)", () => {
  it("writes the header and rows right of the data, then Score's format, widths and the Priority colours on the used rows", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(3) }] });
    const rows = [0, 1, 2].map(outputRow);
    expect(await officePortFor(excel).writeColumns(columnsWrite("L", rows))).toEqual({ ok: true, value: undefined });
    const sheet = excel.sheet("L");
    expect(sheet.row(0, 12).slice(6)).toEqual(HEADERS);
    expect(sheet.row(1, 12).slice(6)).toEqual(["Seg 0", 1, "Call", 50, "Reason 0", "1-30"]);
    expect(sheet.numberFormat("J2")).toBe("0");
    expect(sheet.state.columnWidths.get(10)).toBe(320);
    expect([...sheet.state.autofitColumns]).toEqual(expect.arrayContaining([6, 7, 8, 9, 11]));
    const formats = sheet.state.conditionalFormats;
    expect(formats.map((f) => f.rule)).toEqual([
      { formula1: "=1", operator: "EqualTo" },
      { formula1: "=2", operator: "EqualTo" },
      { formula1: "=3", operator: "EqualTo" },
    ]);
    expect(formats.map((f) => f.fill)).toEqual(PRIORITY_FILLS.slice(0, 3).map((p) => p.fill));
    for (const f of formats) expect(f.rect).toEqual({ top: 1, left: 7, rows: 3, columns: 1 });
  });

  it("colours priorities of five and above with one rule", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(1) }] });
    await officePortFor(excel).writeColumns(columnsWrite("L", [outputRow(0)], { maxPriority: 8 }));
    const rules = excel.sheet("L").state.conditionalFormats.map((f) => f.rule);
    expect(rules).toHaveLength(5);
    expect(rules[4]).toEqual({ formula1: "=5", operator: "GreaterThanOrEqual" });
  });

  it("writes text that looks like a formula, a number or a date as text", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(1) }] });
    const tricky = ['=HYPERLINK("http://x","y")', "+1 555 0100", "-ACME", "@risk", "1-30", "00123"];
    await officePortFor(excel).writeColumns(columnsWrite("L", [tricky]));
    const sheet = excel.sheet("L");
    expect(sheet.row(1, 12).slice(6)).toEqual(tricky);
    for (const a of ["G2", "H2", "I2", "J2", "K2", "L2"]) expect(sheet.formula(a)).toBeUndefined();
  });

  it("keeps output text text in columns the user formatted as Text, with no apostrophe showing", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(2), numberFormats: { "G:L": "@" } }] });
    const rows: OutputCell[][] = [
      ["=Automate", 2, "-ACME", 70, "@risk", "1-30"],
      ["Current", null, "+1 555", null, "Rule 1", "Current"],
    ];
    await officePortFor(excel).writeColumns(columnsWrite("L", rows));
    const sheet = excel.sheet("L");
    expect(sheet.row(0, 12).slice(6)).toEqual(HEADERS);
    expect(sheet.row(1, 12).slice(6)).toEqual(["=Automate", 2, "-ACME", 70, "@risk", "1-30"]);
    expect(sheet.row(2, 12).slice(6)).toEqual(["Current", "", "+1 555", "", "Rule 1", "Current"]);
    for (const a of ["G2", "I2", "K2", "L2"]) {
      expect(sheet.formula(a)).toBeUndefined();
      expect(sheet.numberFormat(a)).toBe("@");
    }
    // Numbers keep a number format: Priority General, Score "0".
    expect([sheet.numberFormat("H2"), sheet.numberFormat("J2")]).toEqual(["General", "0"]);
  });

  it("fits the column widths to the content written, not to the header alone", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(2) }] });
    const long = "Phone · Firm · Call and agree a payment date";
    await officePortFor(excel).writeColumns(columnsWrite("L", [outputRow(0), ["Final notice / legal", 1, long, 12, "x", "90+"]]));
    const sheet = excel.sheet("L");
    expect(sheet.columnWidth(6)).toBe(widthForCharacters("Final notice / legal".length));
    expect(sheet.columnWidth(8)).toBe(widthForCharacters(long.length));
    expect(sheet.columnWidth(10)).toBe(320);
  });

  it("updates its own columns in place on a re-run, without duplicates or stacked rules", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(3) }] });
    const port = officePortFor(excel);
    await port.writeColumns(columnsWrite("L", [0, 1, 2].map(outputRow)));
    await port.writeColumns(
      columnsWrite(
        "L",
        [0, 1, 2].map((i) => outputRow(i + 1)),
      ),
    );
    const used = excel.sheet("L").usedValues();
    expect(used[0]).toHaveLength(12);
    expect(used[1].slice(6)).toEqual(outputRow(1));
    expect(excel.sheet("L").state.conditionalFormats).toHaveLength(3);
  });

  it("writes its columns beside the data's Excel Table, which takes them in, and moves none of the user's cells right of it", async () => {
    const cells = ledger(2).map((r, i) => [...r, "", "", "", "", "", "", "", "", i === 1 ? "note" : ""]);
    const excel = createExcelDouble({ sheets: [{ name: "L", cells, tables: [{ name: "AR", address: "A1:F3" }] }] });
    const write = columnsWrite("L", [0, 1].map(outputRow), { source: { kind: "table", name: "AR" } });
    expect((await officePortFor(excel).writeColumns(write)).ok).toBe(true);
    expect(excel.sheet("L").state.tables[0].rect).toEqual({ top: 0, left: 0, rows: 3, columns: 12 });
    expect(excel.sheet("L").cell("O2")).toBe("note");
  });

  it("resizes the table to take the columns in when Excel's AutoCorrect does not", async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "L", cells: ledger(2), tables: [{ name: "AR", address: "A1:F3" }] }],
      tableAutoExpand: false,
    });
    const write = columnsWrite("L", [0, 1].map(outputRow), { source: { kind: "table", name: "AR" } });
    expect((await officePortFor(excel).writeColumns(write)).ok).toBe(true);
    const table = excel.sheet("L").state.tables[0];
    expect(table.rect.columns).toBe(12);
    expect(table.columnNames.slice(6)).toEqual(HEADERS);
  });

  it("adds the columns to the data's Excel Table and updates them in place on a re-run", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(2), tables: [{ name: "AR", address: "A1:F3" }] }] });
    const port = officePortFor(excel);
    const write = columnsWrite("L", [0, 1].map(outputRow), { source: { kind: "table", name: "AR" } });
    expect((await port.writeColumns(write)).ok).toBe(true);
    const table = excel.sheet("L").state.tables[0];
    expect(table.rect).toEqual({ top: 0, left: 0, rows: 3, columns: 12 });
    expect(table.columnNames.slice(6)).toEqual(HEADERS);
    expect(excel.sheet("L").row(2, 12).slice(6)).toEqual(outputRow(1));
    await port.writeColumns(write);
    expect(excel.sheet("L").state.tables[0].columnNames).toHaveLength(12);
  });

  it("refuses a protected sheet before writing anything", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Locked", cells: ledger(2), protected: true }] });
    const before = JSON.stringify(excel.sheet("Locked").usedValues());
    const result = await officePortFor(excel).writeColumns(columnsWrite("Locked", [0, 1].map(outputRow)));
    expect(result).toEqual({ ok: false, error: { kind: "protectedSheet", sheet: "Locked" } });
    expect(JSON.stringify(excel.sheet("Locked").usedValues())).toBe(before);
    expect(excel.stats.syncs).toBe(1);
  });

  it("reports a sheet deleted between two blocks", async () => {
    const excel = createExcelDouble({
      sheets: [
        { name: "L", cells: ledger(30_000) },
        { name: "Other", cells: [] },
      ],
    });
    excel.atSync(3, () => excel.deleteSheet("L"));
    const rows = Array.from({ length: 30_000 }, (_, i) => outputRow(i));
    expect(await officePortFor(excel).writeColumns(columnsWrite("L", rows))).toEqual({
      ok: false,
      error: { kind: "sheetDeleted", sheet: "L" },
    });
  });

  it("writes 50,000 rows in a handful of syncs under the payload cap, suspending calculation and repaint", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(50_000) }] });
    const rows = Array.from({ length: 50_000 }, (_, i) => outputRow(i));
    expect((await officePortFor(excel).writeColumns(columnsWrite("L", rows))).ok).toBe(true);
    expect(excel.stats.syncs).toBeLessThanOrEqual(12);
    expect(excel.stats.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(excel.stats.suspendCalls).toBeGreaterThan(0);
    expect(excel.sheet("L").row(50_000, 12).slice(6)).toEqual(outputRow(49_999));
  });

  it("holds back repainting once for the whole write, then recalculates this workbook's sheets, not every open workbook", async () => {
    const excel = createExcelDouble({
      sheets: [
        { name: "L", cells: ledger(50_000) },
        { name: "Dashboard", cells: [['=COUNTIF(L!G:G,"Seg 1")']] },
      ],
    });
    const rows = Array.from({ length: 50_000 }, (_, i) => outputRow(i));
    expect((await officePortFor(excel).writeColumns(columnsWrite("L", rows))).ok).toBe(true);
    expect(excel.stats.syncs).toBeGreaterThan(3);
    expect(excel.stats.screenSuspends).toBe(1);
    expect(excel.staleSheets).toEqual([]);
    expect(excel.stats.sheetCalculations.sort()).toEqual(["Dashboard", "L"]);
    expect(excel.stats.applicationCalculations).toBe(0);
  });

  it("sizes blocks by UTF-8 bytes, so accented and CJK text never makes Excel refuse a block", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(20_000) }] });
    const reason = "東京都の顧客への請求書は期日を過ぎています。".repeat(10);
    const rows = Array.from({ length: 20_000 }, (_, i): OutputCell[] => [`Ségment ${i % 3}`, 1, "Téléphone", 50, reason, "1-30"]);
    expect((await officePortFor(excel).writeColumns(columnsWrite("L", rows))).ok).toBe(true);
    expect(excel.stats.refusedSyncs).toBe(0);
    expect(excel.stats.largestRequestBytes).toBeLessThanOrEqual(BLOCK_BUDGET_BYTES * 1.25);
    expect(excel.sheet("L").cell("K20001")).toBe(reason);
  });

  it("retries refused blocks smaller and still writes every row", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(2_000) }], payloadLimitBytes: 50_000 });
    const rows = Array.from({ length: 2_000 }, (_, i) => outputRow(i));
    expect((await officePortFor(excel).writeColumns(columnsWrite("L", rows))).ok).toBe(true);
    expect(excel.sheet("L").row(2_000, 12).slice(6)).toEqual(outputRow(1_999));
  });

  it("works on ExcelApi 1.7 without the screen-updating call", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "L", cells: ledger(2) }], apiVersion: "1.7" });
    expect((await officePortFor(excel).writeColumns(columnsWrite("L", [0, 1].map(outputRow)))).ok).toBe(true);
  });
});
