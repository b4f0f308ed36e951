import ExcelJS from "exceljs";
import { presetConfig } from "../../src/engine/presets";
import { segmentWorkbook } from "../../src/workbook/segmentWorkbook";
import { outputRows, type ColumnsWrite, type OutputCell } from "../../src/workbook/port";
import { SETTINGS_SHEET } from "../../src/xlsx/markers";
import { generateLedger } from "../support/generateLedger";
import { loadExcelJS, partXml, portOf, savedBytes, valuesOf, workbookWith, xlsxBytes } from "./support";

const LEDGER = [
  ["Customer", "Invoice", "Amount", "Due Date"],
  ["Acme", "INV-1", 1200, new Date(Date.UTC(2025, 2, 1))],
  ["Beta", "INV-2", 300, new Date(Date.UTC(2025, 5, 20))],
];

/** ExcelJS keeps a sheet's conditional formats in a field its typings leave out. */
function formatsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

async function port(workbook: ExcelJS.Workbook | Uint8Array, activeSheet?: string) {
  return portOf(workbook instanceof Uint8Array ? workbook : await xlsxBytes(workbook), { activeSheet });
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe("listSheets", () => {
  it("lists sheets in tab order and takes the active tab from the workbook view", async () => {
    const workbook = workbookWith("First", [["x"]]);
    workbook.addWorksheet("Second");
    workbook.views = [{ x: 0, y: 0, width: 100, height: 100, visibility: "visible", activeTab: 1 } as ExcelJS.WorkbookView];
    expect(unwrap(await (await port(workbook)).listSheets())).toEqual({ sheets: ["First", "Second"], active: "Second" });
  });

  it("prefers the active sheet given in the options, and hides the settings sheet", async () => {
    const workbook = workbookWith("First", [["x"]]);
    workbook.addWorksheet("Second");
    const first = await port(workbook);
    unwrap(await first.saveSetting("k", 1));
    const saved = await savedBytes(first);
    expect((await loadExcelJS(saved)).worksheets.map((w) => w.name)).toContain(SETTINGS_SHEET);
    expect(unwrap(await (await port(saved, "Second")).listSheets())).toEqual({ sheets: ["First", "Second"], active: "Second" });
  });

  it("falls back to the first sheet", async () => {
    const workbook = workbookWith("Only", [["x"]]);
    expect(unwrap(await (await port(workbook)).listSheets()).active).toBe("Only");
  });
});

describe("readRegion", () => {
  it("reads the used range with its position, skipping formatted empty cells", async () => {
    const workbook = workbookWith("Data", LEDGER, { row: 3, column: 2 });
    workbook.getWorksheet("Data")!.getCell("J40").numFmt = "0.00";
    const region = unwrap(await (await port(workbook)).readRegion({ sheet: "Data" }));
    expect(region).toMatchObject({ sheet: "Data", source: { kind: "range" }, top: 2, left: 1, date1904: false });
    expect(region.values).toEqual(LEDGER);
  });

  it("keeps title rows above the header in the region", async () => {
    const workbook = workbookWith("Data", [["Aged receivables, June 2025"], [], ...LEDGER]);
    const region = unwrap(await (await port(workbook)).readRegion({}));
    expect(region.top).toBe(0);
    expect(region.values[0]).toEqual(["Aged receivables, June 2025", null, null, null]);
    expect(region.values[1]).toEqual([null, null, null, null]);
    expect(region.values[2]).toEqual(LEDGER[0]);
  });

  it("reads a merged title in its first cell only, the other cells of the range empty, as Excel shows it", async () => {
    const workbook = workbookWith("Data", [["As of December 21, 2025"], [], ...LEDGER]);
    workbook.getWorksheet("Data")!.mergeCells("A1:D1");
    const region = unwrap(await (await port(workbook)).readRegion({}));
    expect(region.values[0]).toEqual(["As of December 21, 2025", null, null, null]);
  });

  it("reads the sheet's table rather than the used range", async () => {
    const workbook = workbookWith("Data", [["Notes: not part of the table"]]);
    const sheet = workbook.getWorksheet("Data")!;
    sheet.addTable({ name: "Ledger", ref: "B3", columns: LEDGER[0].map((name) => ({ name: String(name) })), rows: LEDGER.slice(1) });
    sheet.getCell("H20").value = "stray";
    const region = unwrap(await (await port(workbook)).readRegion({ sheet: "Data" }));
    expect(region).toMatchObject({ source: { kind: "table", name: "Ledger" }, top: 2, left: 1 });
    expect(region.values).toEqual(LEDGER);
  });

  it("reports the workbook's 1904 date system and reads its dates by it", async () => {
    const workbook = workbookWith("Data", LEDGER);
    workbook.properties.date1904 = true;
    const region = unwrap(await (await port(workbook)).readRegion({}));
    expect(region.date1904).toBe(true);
    expect(region.values[1][3]).toEqual(LEDGER[1][3]);
  });

  it("reads shared and inline strings, rich text, formulas' cached results, booleans and errors", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Kinds");
    sheet.getCell("A1").value = { formula: "1+1", result: 2 };
    sheet.getCell("A2").value = { richText: [{ text: "Ri" }, { text: "ch & <more>" }] };
    sheet.getCell("A3").value = { text: "Link", hyperlink: "https://x.example" };
    sheet.getCell("A4").value = { error: "#N/A" };
    sheet.getCell("A5").value = new Date(Date.UTC(2025, 5, 30));
    sheet.getCell("A6").value = 45838;
    sheet.getCell("A7").value = true;
    sheet.getCell("A8").value = { formula: "1-1", result: 0 };
    sheet.getCell("A9").value = "Line 1\r\nLine 2";
    const region = unwrap(await (await port(workbook)).readRegion({}));
    expect(region.values.map((r) => r[0])).toEqual([
      2,
      "Rich & <more>",
      "Link",
      "#N/A",
      new Date(Date.UTC(2025, 5, 30)),
      45838,
      true,
      0,
      "Line 1\r\nLine 2",
    ]);
  });

  it("names the sheets when the sheet asked for does not exist", async () => {
    const workbook = workbookWith("Data", LEDGER);
    expect(await (await port(workbook)).readRegion({ sheet: "Nope" })).toEqual({
      ok: false,
      error: { kind: "sheetNotFound", sheet: "Nope", sheets: ["Data"] },
    });
  });

  it("reports an empty sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blank");
    expect(await (await port(workbook)).readRegion({})).toEqual({ ok: false, error: { kind: "emptySheet", sheet: "Blank" } });
  });
});

describe("readRegionBlocks", () => {
  it("hands over the same rows as readRegion, in order, 4,096 at a time", async () => {
    const many = [LEDGER[0], ...Array.from({ length: 45_000 }, (_, k) => [`C${k}`, `I${k}`, k, 46000])];
    const bytes = await xlsxBytes(workbookWith("Data", many));
    const sizes: number[] = [];
    const seen: (readonly unknown[])[] = [];
    const result = unwrap(
      await (
        await port(bytes)
      ).readRegionBlocks({ sheet: "Data" }, () => (rows) => {
        sizes.push(rows.length);
        seen.push(...rows);
      }),
    );
    expect(result).toMatchObject({ sheet: "Data", top: 0, left: 0, rowCount: 45_001 });
    expect(sizes).toEqual([...Array(10).fill(4096), 45_001 - 40_960]);
    expect(seen).toEqual(unwrap(await (await port(bytes)).readRegion({ sheet: "Data" })).values);
  });
});

describe("findOccupied", () => {
  it("gives the addresses of non-empty cells in a block, up to the limit", async () => {
    const workbook = workbookWith("Data", LEDGER);
    const sheet = workbook.getWorksheet("Data")!;
    sheet.getCell("F2").value = "note";
    sheet.getCell("G3").value = 0;
    sheet.getCell("E1").numFmt = "0"; // formatted only: empty
    const block = { top: 0, left: 4, rows: 3, columns: 6 };
    const p = await port(workbook);
    expect(unwrap(await p.findOccupied("Data", block, 10))).toEqual(["F2", "G3"]);
    expect(unwrap(await p.findOccupied("Data", block, 1))).toEqual(["F2"]);
  });
});

function columnsWrite(overrides: Partial<ColumnsWrite> & { rows?: OutputCell[][] } = {}): ColumnsWrite {
  const { rows, ...over } = overrides;
  return {
    sheet: "Data",
    source: { kind: "range" },
    headerRow: 0,
    column: 4,
    headers: ["Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"],
    ...outputRows(
      rows ?? [
        ["=cmd|' /C calc'!A0", 1, "+Call now", 87, "@reason", "90+"],
        ["Current", 3, "-E-mail", 40.4, "Not due", "Current"],
      ],
    ),
    priorityIndex: 1,
    maxPriority: 3,
    ...over,
  };
}

async function written(workbook: ExcelJS.Workbook | Uint8Array, write: ColumnsWrite): Promise<Uint8Array> {
  const p = await port(workbook);
  unwrap(await p.writeColumns(write));
  return savedBytes(p);
}

describe("writeColumns", () => {
  it("writes headers and values right of the data; formula-looking text stays text", async () => {
    const bytes = await written(workbookWith("Data", LEDGER), columnsWrite());
    const back = (await loadExcelJS(bytes)).getWorksheet("Data")!;
    expect(valuesOf(back, 1, 5, 3, 10)).toEqual([
      ["Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"],
      ["=cmd|' /C calc'!A0", 1, "+Call now", 87, "@reason", "90+"],
      ["Current", 3, "-E-mail", 40.4, "Not due", "Current"],
    ]);
    expect(back.getCell("E2").type).toBe(ExcelJS.ValueType.String);
    expect(back.getCell("E2").formula).toBeUndefined();
    expect(back.getCell("H3").numFmt).toBe("0");
    expect(back.getCell("E1").font?.bold).toBe(true);
    expect(await partXml(bytes, "xl/worksheets/sheet1.xml")).not.toContain("<f>");
  });

  it("colours each priority with a conditional format on the used rows only", async () => {
    const bytes = await written(workbookWith("Data", LEDGER), columnsWrite());
    const formats = formatsOf((await loadExcelJS(bytes)).getWorksheet("Data")!);
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe("F2:F3");
    expect(formats[0].rules.map((r) => (r as ExcelJS.CellIsRuleType).formulae)).toEqual([["1"], ["2"], ["3"]]);
  });

  it("updates its columns in place on a re-run, replaces its formats and does not grow the styles", async () => {
    const once = await written(workbookWith("Data", LEDGER), columnsWrite());
    const rows = [
      ["Later", 2, "Wait", 10, "Because", "1-30"],
      ["Paid", null, "None", 0, "Paid", "Paid"],
    ];
    const twice = await written(once, columnsWrite({ rows, maxPriority: 3 }));
    const back = (await loadExcelJS(twice)).getWorksheet("Data")!;
    expect(valuesOf(back, 2, 5, 3, 10)).toEqual(rows.map((r) => r.map((v) => (v === null ? "" : v))));
    expect(back.getCell("K1").value).toBeNull();
    expect(formatsOf(back)).toHaveLength(1);
    expect(formatsOf(back)[0].rules).toHaveLength(3);
    expect(await partXml(twice, "xl/styles.xml")).toBe(await partXml(once, "xl/styles.xml"));
  });

  it("keeps conditional formats of the user's own cells", async () => {
    const workbook = workbookWith("Data", LEDGER);
    workbook.getWorksheet("Data")!.addConditionalFormatting({
      ref: "C2:C3",
      rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["1000"], priority: 1, style: {} }],
    });
    const bytes = await written(workbook, columnsWrite());
    expect(formatsOf((await loadExcelJS(bytes)).getWorksheet("Data")!).map((f) => f.ref)).toEqual(["C2:C3", "F2:F3"]);
  });

  it("grows an Excel table to take in the output columns", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addTable({
      name: "Ledger",
      ref: "A1",
      columns: LEDGER[0].map((name) => ({ name: String(name), filterButton: true })),
      rows: LEDGER.slice(1),
    });
    const bytes = await written(workbook, columnsWrite({ source: { kind: "table", name: "Ledger" } }));
    const back = (await loadExcelJS(bytes)).getWorksheet("Data")!;
    const table = (back.getTables() as unknown as { model: { tableRef: string; autoFilterRef: string; columns: { name: string }[] } }[])[0]
      .model;
    expect(table.tableRef).toBe("A1:J3");
    expect(table.autoFilterRef).toBe("A1:J3");
    expect(table.columns.map((c) => c.name)).toEqual([
      "Customer",
      "Invoice",
      "Amount",
      "Due Date",
      "Segment",
      "Priority",
      "Strategy",
      "Score",
      "Reason",
      "Aging Bucket",
    ]);
    expect(back.getCell("E1").value).toBe("Segment");
  });

  it("grows the autofilter of a plain range that ends where the output starts", async () => {
    const workbook = workbookWith("Data", LEDGER);
    workbook.getWorksheet("Data")!.autoFilter = "A1:D3";
    const bytes = await written(workbook, columnsWrite());
    expect(await partXml(bytes, "xl/worksheets/sheet1.xml")).toContain('<autoFilter ref="A1:J3"');
  });
});

describe("segmentWorkbook over the xlsx port", () => {
  const config = unwrap(presetConfig("collections"));
  const request = { config, today: "2025-06-30", whenOccupied: "stop" as const };

  it("refuses to write over the user's cells right of the data", async () => {
    const workbook = workbookWith("Data", LEDGER);
    workbook.getWorksheet("Data")!.getCell("G2").value = "my note";
    const result = await segmentWorkbook(await port(workbook), request);
    expect(result).toEqual({ ok: false, error: { kind: "columnsOccupied", sheet: "Data", cells: ["G2"] } });
  });

  it("segments a generated ledger held as an Excel table, and a re-run keeps one set of columns", async () => {
    const rows = generateLedger({ rows: 300, dates: "date" });
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet("AR")
      .addTable({ name: "AR_Ledger", ref: "A1", columns: rows[0].map((name) => ({ name: String(name) })), rows: rows.slice(1) });
    const first = await port(workbook);
    unwrap(await segmentWorkbook(first, request));
    const second = await port(await savedBytes(first));
    unwrap(await segmentWorkbook(second, request));
    const sheet = (await loadExcelJS(await savedBytes(second))).getWorksheet("AR")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...rows[0], "Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"]);
    const table = (sheet.getTables() as unknown as { model: { tableRef: string } }[])[0].model;
    expect(table.tableRef).toBe("A1:V301");
  });
});

describe("settings", () => {
  it("round-trips a value through a very hidden sheet", async () => {
    const value = { version: 2, name: "Mine", text: "=not a formula", long: "x".repeat(70000) };
    const first = await port(workbookWith("Data", LEDGER));
    unwrap(await first.saveSetting("arseg.config", value));
    unwrap(await first.saveSetting("other", [1, 2]));
    const bytes = await savedBytes(first);
    expect((await loadExcelJS(bytes)).getWorksheet(SETTINGS_SHEET)!.state).toBe("veryHidden");
    const back = await port(bytes);
    expect(unwrap(await back.loadSetting("arseg.config"))).toEqual(value);
    expect(unwrap(await back.loadSetting("other"))).toEqual([1, 2]);
  });

  it("replaces a value, shorter or longer, and keeps the other keys", async () => {
    const first = await port(workbookWith("Data", LEDGER));
    unwrap(await first.saveSetting("k", "y".repeat(70000)));
    unwrap(await first.saveSetting("keep", 1));
    const second = await port(await savedBytes(first));
    unwrap(await second.saveSetting("k", { small: true }));
    const back = await port(await savedBytes(second));
    expect(unwrap(await back.loadSetting("k"))).toEqual({ small: true });
    expect(unwrap(await back.loadSetting("keep"))).toBe(1);
    expect((await loadExcelJS(await savedBytes(back))).worksheets.filter((w) => w.name.startsWith("_arseg"))).toHaveLength(1);
  });

  it("gives undefined when nothing is saved", async () => {
    expect(unwrap(await (await port(workbookWith("Data", LEDGER))).loadSetting("k"))).toBeUndefined();
  });
});
