import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { OUTPUT_HEADERS } from "../../src/engine/segmentation";
import { loadXlsx, rowValues, run, smallCsv, useTempDir, writeLedgerXlsx, writeRowsXlsx, writeText, expectOnlyReading } from "./support";

const { at } = useTempDir();

const ROWS = [
  ["Acme", "A-1", "200", "2025-06-01"],
  ["Beta", "A-2", "100", "2025-07-20"],
];
const LEDGER = [
  ["Customer", "Invoice", "Balance", "Due Date"],
  ["Acme", "A-1", 200, new Date(Date.UTC(2025, 5, 1))],
  ["Beta", "A-2", 100, new Date(Date.UTC(2025, 6, 20))],
];

/** Sheet names in tab order, with the hidden ones marked. */
function sheetsOf(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.map((ws) => (ws.state === "visible" ? ws.name : `${ws.name} [${ws.state}]`));
}

function markers(workbook: ExcelJS.Workbook): Record<string, string[]> {
  return Object.fromEntries(workbook.definedNames.model.map((n) => [n.name, n.ranges]));
}

async function segmented(file: string, ...options: string[]): Promise<ExcelJS.Workbook> {
  const out = at("out.xlsx");
  const ran = await run(file, "--out", out, "--preset", "aging", ...options);
  expectOnlyReading(ran.stderr);
  expect(ran.code).toBe(0);
  return loadXlsx(out);
}

describe("the product's own sheets are recognised by their marker, never by name", () => {
  it("a csv named like the summary keeps its data, and the summary gets a free name", async () => {
    const workbook = await segmented(await writeText(at("Segment Summary.csv"), smallCsv(ROWS)));
    expect(sheetsOf(workbook)).toEqual([
      "Segment Summary",
      "Segment Summary (2)",
      "Segment Pivot Data [hidden]",
      "_arseg_settings [veryHidden]",
    ]);
    const data = workbook.getWorksheet("Segment Summary")!;
    expect(rowValues(data, 1)).toEqual(["Customer", "Invoice", "Balance", "Due Date", ...OUTPUT_HEADERS]);
    expect(rowValues(data, 2).slice(0, 3)).toEqual(["Acme", "A-1", 200]);
    expect(markers(workbook)).toEqual({
      _ARSEG_SUMMARY: ["'Segment Summary (2)'!$A$1"],
      _ARSEG_PIVOTDATA: ["'Segment Pivot Data'!$A$1"],
      _ARSEG_SETTINGS: ["'_arseg_settings'!$A$1"],
    });
  });

  it("an xlsx whose data sheet is called Segment Summary keeps it, and a re-run replaces only its own summary", async () => {
    const input = await writeRowsXlsx(at("book.xlsx"), "Segment Summary", LEDGER);
    const first = await segmented(input);
    expect(sheetsOf(first)).toEqual([
      "Segment Summary",
      "Segment Summary (2)",
      "Segment Pivot Data [hidden]",
      "_arseg_settings [veryHidden]",
    ]);
    expect(first.getWorksheet("Segment Summary")!.getCell("A2").value).toBe("Acme");

    const again = await run(at("out.xlsx"), "--out", at("again.xlsx"));
    expectOnlyReading(again.stderr);
    expect(again.code).toBe(0);
    const second = await loadXlsx(at("again.xlsx"));
    expect(sheetsOf(second)).toEqual([
      "Segment Summary",
      "Segment Summary (2)",
      "Segment Pivot Data [hidden]",
      "_arseg_settings [veryHidden]",
    ]);
    expect(rowValues(second.getWorksheet("Segment Summary")!, 1)).toEqual([
      "Customer",
      "Invoice",
      "Balance",
      "Due Date",
      ...OUTPUT_HEADERS,
    ]);
    expect(second.getWorksheet("Segment Summary (2)")!.getCell("A1").value).toBe("Segment Summary");
  });

  it("a user's sheet named like the summary, beside the data, is kept", async () => {
    const input = await writeLedgerXlsx(at("book.xlsx"), 20, (wb) => (wb.addWorksheet("segment summary").getCell("A1").value = "my notes"));
    const workbook = await segmented(input);
    expect(sheetsOf(workbook)).toEqual([
      "Notes",
      "AR Ledger",
      "segment summary",
      "Segment Summary (2)",
      "Segment Pivot Data [hidden]",
      "_arseg_settings [veryHidden]",
    ]);
    expect(workbook.getWorksheet("segment summary")!.getCell("A1").value).toBe("my notes");
  });

  it("a summary the user renamed is still the one replaced", async () => {
    const input = await writeLedgerXlsx(at("book.xlsx"), 20);
    const workbook = await segmented(input);
    workbook.getWorksheet("Segment Summary")!.name = "My summary";
    workbook.definedNames.model = workbook.definedNames.model.map((n) =>
      n.name === "_ARSEG_SUMMARY" ? { name: n.name, ranges: ["'My summary'!$A$1"] } : n,
    );
    await workbook.xlsx.writeFile(at("renamed.xlsx"));
    const again = await segmented(at("renamed.xlsx"));
    expect(sheetsOf(again)).toEqual(["Notes", "AR Ledger", "My summary", "Segment Pivot Data [hidden]", "_arseg_settings [veryHidden]"]);
  });

  it("a summary written before the markers existed has none, so it is kept and the new one takes a free name", async () => {
    const input = await writeLedgerXlsx(at("book.xlsx"), 20);
    const workbook = await segmented(input, "--level", "customer");
    workbook.definedNames.model = [];
    await workbook.xlsx.writeFile(at("old.xlsx"));
    const again = await run(at("old.xlsx"), "--out", at("again.xlsx"));
    expect(again.code).toBe(0);
    const second = await loadXlsx(at("again.xlsx"));
    expect(sheetsOf(second)).toContain("Segment Summary");
    expect(sheetsOf(second)).toContain("Segment Summary (2)");
    expect(Object.keys(markers(second)).sort()).toEqual(["_ARSEG_PIVOTDATA", "_ARSEG_SETTINGS", "_ARSEG_SUMMARY"]);
    // The saved (very hidden) settings sheet was still found: the run was at customer level again.
    expect(again.stdout).toContain("Customers");
  });
});

describe("sheet names made from file names", () => {
  it.each([
    ["History.csv", "History (ledger)"],
    ["segment summary.csv", "segment summary"],
    ["'quoted'.csv", "quoted"],
    ["''.csv", "Ledger"],
    [`${"x".repeat(30)}'y.csv`, "x".repeat(30)],
    ["a[b]c?.csv", "a_b_c_"],
  ])("%s becomes the sheet %s", async (file, sheet) => {
    const workbook = await segmented(await writeText(at(file), smallCsv(ROWS)));
    expect(workbook.worksheets[0].name).toBe(sheet);
    expect(workbook.worksheets[0].getCell("A2").value).toBe("Acme");
  });

  it("_arseg_settings.csv is a data sheet like any other: segmented, and its re-run reads the saved configuration", async () => {
    const workbook = await segmented(await writeText(at("_arseg_settings.csv"), smallCsv(ROWS)), "--level", "customer");
    expect(sheetsOf(workbook)).toEqual([
      "_arseg_settings",
      "Segment Summary",
      "Segment Pivot Data [hidden]",
      "_arseg_settings (2) [veryHidden]",
    ]);
    expect(workbook.getWorksheet("_arseg_settings")!.getCell("A2").value).toBe("Acme");
    const again = await run(at("out.xlsx"), "--out", at("again.xlsx"));
    expectOnlyReading(again.stderr);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('rows of "_arseg_settings"');
    expect(sheetsOf(await loadXlsx(at("again.xlsx")))).toEqual(sheetsOf(workbook));
    await fs.rm(at("again.xlsx"));
  });
});
