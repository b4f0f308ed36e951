import ExcelJS from "exceljs";
import { presetConfig } from "../../src/engine/presets";
import { segmentWorkbook } from "../../src/workbook/segmentWorkbook";
import { outputRows, type ColumnsWrite, type OutputCell } from "../../src/workbook/port";
import { createXlsxPort } from "../../src/xlsx/xlsxWorkbook";
import { SETTINGS_SHEET } from "../../src/xlsx/settings";
import { generateLedger } from "../support/generateLedger";
import { roundTrip, valuesOf, workbookWith } from "./support";

const LEDGER = [
  ["Customer", "Invoice", "Amount", "Due Date"],
  ["Acme", "INV-1", 1200, new Date(Date.UTC(2025, 2, 1))],
  ["Beta", "INV-2", 300, new Date(Date.UTC(2025, 5, 20))],
];

/** ExcelJS keeps a sheet's conditional formats in a field its typings leave out. */
function formatsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

function port(workbook: ExcelJS.Workbook, activeSheet?: string) {
  return createXlsxPort(workbook, { fileName: "ledger.xlsx", activeSheet });
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
    expect(unwrap(await port(await roundTrip(workbook)).listSheets())).toEqual({ sheets: ["First", "Second"], active: "Second" });
  });

  it("prefers the active sheet given in the options, and hides the settings sheet", async () => {
    const workbook = workbookWith("First", [["x"]]);
    workbook.addWorksheet("Second");
    await port(workbook).saveSetting("k", 1);
    expect(unwrap(await port(workbook, "Second").listSheets())).toEqual({ sheets: ["First", "Second"], active: "Second" });
  });

  it("falls back to the first sheet", async () => {
    const workbook = workbookWith("Only", [["x"]]);
    expect(unwrap(await port(workbook).listSheets()).active).toBe("Only");
  });
});

describe("readRegion", () => {
  it("reads the used range with its position, skipping formatted empty cells", async () => {
    const workbook = workbookWith("Data", LEDGER, { row: 3, column: 2 });
    workbook.getWorksheet("Data")!.getCell("J40").numFmt = "0.00";
    const region = unwrap(await port(workbook).readRegion({ sheet: "Data" }));
    expect(region).toMatchObject({ sheet: "Data", source: { kind: "range" }, top: 2, left: 1, date1904: false });
    expect(region.values).toEqual(LEDGER);
  });

  it("keeps title rows above the header in the region", async () => {
    const workbook = workbookWith("Data", [["Aged receivables, June 2025"], [], ...LEDGER]);
    const region = unwrap(await port(workbook).readRegion({}));
    expect(region.top).toBe(0);
    expect(region.values[0]).toEqual(["Aged receivables, June 2025", null, null, null]);
    expect(region.values[1]).toEqual([null, null, null, null]);
    expect(region.values[2]).toEqual(LEDGER[0]);
  });

  it("reads the sheet's table rather than the used range", async () => {
    const workbook = workbookWith("Data", [["Notes: not part of the table"]]);
    const sheet = workbook.getWorksheet("Data")!;
    sheet.addTable({ name: "Ledger", ref: "B3", columns: LEDGER[0].map((name) => ({ name: String(name) })), rows: LEDGER.slice(1) });
    sheet.getCell("H20").value = "stray";
    const region = unwrap(await port(await roundTrip(workbook)).readRegion({ sheet: "Data" }));
    expect(region).toMatchObject({ source: { kind: "table", name: "Ledger" }, top: 2, left: 1 });
    expect(region.values).toEqual(LEDGER);
  });

  it("reports the workbook's 1904 date system", async () => {
    const workbook = workbookWith("Data", LEDGER);
    workbook.properties.date1904 = true;
    expect(unwrap(await port(workbook).readRegion({})).date1904).toBe(true);
  });

  it("names the sheets when the sheet asked for does not exist", async () => {
    const workbook = workbookWith("Data", LEDGER);
    expect(await port(workbook).readRegion({ sheet: "Nope" })).toEqual({
      ok: false,
      error: { kind: "sheetNotFound", sheet: "Nope", sheets: ["Data"] },
    });
  });

  it("reports an empty sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blank");
    expect(await port(workbook).readRegion({})).toEqual({ ok: false, error: { kind: "emptySheet", sheet: "Blank" } });
  });
});

describe("readRegionBlocks", () => {
  it("hands over the same rows as readRegion, in order, 20,000 at a time", async () => {
    const many = [LEDGER[0], ...Array.from({ length: 45_000 }, (_, k) => [`C${k}`, `I${k}`, k, 46000])];
    const workbook = workbookWith("Data", many);
    const sizes: number[] = [];
    const seen: (readonly unknown[])[] = [];
    const result = unwrap(
      await port(workbook).readRegionBlocks({ sheet: "Data" }, () => (rows) => {
        sizes.push(rows.length);
        seen.push(...rows);
      }),
    );
    expect(result).toMatchObject({ sheet: "Data", top: 0, left: 0, rowCount: 45_001 });
    expect(sizes).toEqual([20_000, 20_000, 5_001]);
    expect(seen).toEqual(unwrap(await port(workbook).readRegion({ sheet: "Data" })).values);
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
    expect(unwrap(await port(workbook).findOccupied("Data", block, 10))).toEqual(["F2", "G3"]);
    expect(unwrap(await port(workbook).findOccupied("Data", block, 1))).toEqual(["F2"]);
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

describe("writeColumns", () => {
  it("writes headers and values right of the data; formula-looking text stays text", async () => {
    const workbook = workbookWith("Data", LEDGER);
    unwrap(await port(workbook).writeColumns(columnsWrite()));
    const back = (await roundTrip(workbook)).getWorksheet("Data")!;
    expect(valuesOf(back, 1, 5, 3, 10)).toEqual([
      ["Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"],
      ["=cmd|' /C calc'!A0", 1, "+Call now", 87, "@reason", "90+"],
      ["Current", 3, "-E-mail", 40.4, "Not due", "Current"],
    ]);
    expect(back.getCell("E2").type).toBe(ExcelJS.ValueType.String);
    expect(back.getCell("E2").formula).toBeUndefined();
    expect(back.getCell("H3").numFmt).toBe("0");
  });

  it("colours each priority with a conditional format on the used rows only", async () => {
    const workbook = workbookWith("Data", LEDGER);
    unwrap(await port(workbook).writeColumns(columnsWrite()));
    const back = (await roundTrip(workbook)).getWorksheet("Data")!;
    const formats = formatsOf(back);
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe("F2:F3");
    expect(formats[0].rules.map((r) => (r as ExcelJS.CellIsRuleType).formulae)).toEqual([["1"], ["2"], ["3"]]);
  });

  it("updates its columns in place on a re-run and replaces its formats", async () => {
    const workbook = workbookWith("Data", LEDGER);
    unwrap(await port(workbook).writeColumns(columnsWrite()));
    const reopened = await roundTrip(workbook);
    const rows = [
      ["Later", 2, "Wait", 10, "Because", "1-30"],
      ["Paid", null, "None", 0, "Paid", "Paid"],
    ];
    unwrap(await port(reopened).writeColumns(columnsWrite({ rows, maxPriority: 2 })));
    const back = (await roundTrip(reopened)).getWorksheet("Data")!;
    expect(valuesOf(back, 2, 5, 3, 10)).toEqual(rows);
    expect(back.getCell("K1").value).toBeNull();
    expect(formatsOf(back)).toHaveLength(1);
    expect(formatsOf(back)[0].rules).toHaveLength(2);
  });

  it("keeps conditional formats of the user's own cells", async () => {
    const workbook = workbookWith("Data", LEDGER);
    workbook.getWorksheet("Data")!.addConditionalFormatting({
      ref: "C2:C3",
      rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["1000"], priority: 1, style: {} }],
    });
    unwrap(await port(workbook).writeColumns(columnsWrite()));
    expect(formatsOf(workbook.getWorksheet("Data")!).map((f) => f.ref)).toEqual(["C2:C3", "F2:F3"]);
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
    const reopened = await roundTrip(workbook);
    unwrap(await port(reopened).writeColumns(columnsWrite({ source: { kind: "table", name: "Ledger" } })));
    const back = (await roundTrip(reopened)).getWorksheet("Data")!;
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
});

describe("segmentWorkbook over the xlsx port", () => {
  const config = unwrap(presetConfig("collections"));
  const request = { config, today: "2025-06-30", whenOccupied: "stop" as const };

  it("refuses to write over the user's cells right of the data and changes nothing", async () => {
    const workbook = workbookWith("Data", LEDGER);
    workbook.getWorksheet("Data")!.getCell("G2").value = "my note";
    const result = await segmentWorkbook(port(workbook), request);
    expect(result).toEqual({ ok: false, error: { kind: "columnsOccupied", sheet: "Data", cells: ["G2"] } });
    expect(workbook.getWorksheet("Data")!.getCell("E1").value).toBeNull();
    expect(workbook.getWorksheet("Segment Summary")).toBeUndefined();
  });

  it("segments a generated ledger held as an Excel table, and a re-run keeps one set of columns", async () => {
    const rows = generateLedger({ rows: 300, dates: "date" });
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet("AR")
      .addTable({ name: "AR_Ledger", ref: "A1", columns: rows[0].map((name) => ({ name: String(name) })), rows: rows.slice(1) });
    const first = await roundTrip(workbook);
    unwrap(await segmentWorkbook(port(first), request));
    const second = await roundTrip(first);
    unwrap(await segmentWorkbook(port(second), request));
    const sheet = (await roundTrip(second)).getWorksheet("AR")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...rows[0], "Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"]);
    const table = (sheet.getTables() as unknown as { model: { tableRef: string } }[])[0].model;
    expect(table.tableRef).toBe("A1:V301");
  });
});

describe("settings", () => {
  it("round-trips a value through a very hidden sheet", async () => {
    const workbook = workbookWith("Data", LEDGER);
    const value = { version: 2, name: "Mine", text: "=not a formula", long: "x".repeat(70000) };
    unwrap(await port(workbook).saveSetting("arseg.config", value));
    unwrap(await port(workbook).saveSetting("other", [1, 2]));
    const back = await roundTrip(workbook);
    expect(back.getWorksheet(SETTINGS_SHEET)!.state).toBe("veryHidden");
    expect(unwrap(await port(back).loadSetting("arseg.config"))).toEqual(value);
    expect(unwrap(await port(back).loadSetting("other"))).toEqual([1, 2]);
  });

  it("replaces a value, shorter or longer", async () => {
    const workbook = workbookWith("Data", LEDGER);
    unwrap(await port(workbook).saveSetting("k", "y".repeat(70000)));
    unwrap(await port(workbook).saveSetting("k", { small: true }));
    expect(unwrap(await port(await roundTrip(workbook)).loadSetting("k"))).toEqual({ small: true });
  });

  it("gives undefined when nothing is saved", async () => {
    expect(unwrap(await port(workbookWith("Data", LEDGER)).loadSetting("k"))).toBeUndefined();
  });
});
