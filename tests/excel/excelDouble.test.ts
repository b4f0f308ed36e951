import { createExcelDouble } from "../excel-double";

const seed = () =>
  createExcelDouble({
    sheets: [
      {
        name: "Ledger",
        cells: [
          ["Customer", "Balance"],
          ["Acme", 10],
          ["Beta", 20],
        ],
      },
      { name: "Other", cells: [] },
    ],
  });

describe("the Excel double", () => {
  it("throws PropertyNotLoaded until the property is loaded and synced", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ledger").getRange("A1:B3");
      expect(() => range.values).toThrow(
        /The property 'values' is not available\. Before reading the property's value, call the load method/,
      );
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([
        ["Customer", "Balance"],
        ["Acme", 10],
        ["Beta", 20],
      ]);
    });
  });

  it("applies queued writes only at sync", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ledger").getRange("C1").values = [["Note"]];
      expect(excel.sheet("Ledger").cell("C1")).toBe("");
      await context.sync();
    });
    expect(excel.sheet("Ledger").cell("C1")).toBe("Note");
    expect(excel.stats.syncs).toBe(1);
  });

  it("turns strings that start with = + - @ into formulas and keeps apostrophe-prefixed text as text", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Other").getRange("A1:F2");
      range.values = [
        ['=HYPERLINK("x")', "+1 555", "-ACME", "@risk", "1-30", "-5"],
        ['\'=HYPERLINK("x")', "'+1 555", "'-ACME", "'@risk", "'1-30", "'-5"],
      ];
      await context.sync();
    });
    const sheet = excel.sheet("Other");
    expect(sheet.formula("A1")).toBe('=HYPERLINK("x")');
    expect(sheet.cell("A1")).toBe("#NAME?");
    expect(sheet.formula("B1")).toBe("=+1 555");
    expect(sheet.formula("C1")).toBe("=-ACME");
    expect(sheet.formula("D1")).toBe("=@risk");
    expect(typeof sheet.cell("E1")).toBe("number");
    expect(sheet.cell("F1")).toBe(-5);
    expect(sheet.row(1, 6)).toEqual(['=HYPERLINK("x")', "+1 555", "-ACME", "@risk", "1-30", "-5"]);
    expect(sheet.formula("A2")).toBeUndefined();
    expect(sheet.quotePrefixed("A2")).toBe(true);
  });

  it("keeps text in cells formatted as Text", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Other").getRange("A1");
      range.numberFormat = [["@"]];
      range.values = [["=1+1"]];
      await context.sync();
    });
    expect(excel.sheet("Other").cell("A1")).toBe("=1+1");
  });

  it("refuses a request over the payload cap and applies nothing from it", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [] }], payloadLimitBytes: 1000 });
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [["small"]];
        sheet.getRange("A2:A101").values = Array.from({ length: 100 }, () => ["0123456789abcdef"]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.sheet("S").cell("A1")).toBe("");
    expect(excel.stats.largestRequestBytes).toBeGreaterThan(1000);
  });

  it("fails a response over the cap and delivers nothing", async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "S", cells: Array.from({ length: 100 }, () => ["0123456789abcdef"]) }],
      payloadLimitBytes: 1000,
    });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:A100").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => range.values).toThrow(/not available/);
    });
  });

  it("answers null values above the per-get cell cap", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "S",
          cells: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
      maxCellsPerGet: 3,
    });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B2").load("values");
      await context.sync();
      expect(range.values).toBeNull();
    });
  });

  it("fails writes to a protected sheet with AccessDenied", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [[1]], protected: true }] });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("B1").values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("fails commands on a sheet deleted between syncs with ItemNotFound", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ledger").load("name");
      await context.sync();
      excel.deleteSheet("Ledger");
      sheet.getRange("A1").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("fills isNullObject at sync for *OrNullObject proxies", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Ledger");
      const blank = context.workbook.worksheets.getItem("Other").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(blank.isNullObject).toBe(true);
    });
  });

  it("starts pivot data hierarchies at Count until summarizeBy is set, and rejects pivots before ExcelApi 1.8", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Other");
      const pivot = sheet.pivotTables.add("P", "Ledger!A1:B3", "Other!A1");
      const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem("Balance"));
      await context.sync();
      data.load("summarizeBy");
      await context.sync();
      expect(data.summarizeBy).toBe("Count");
      data.summarizeBy = "Sum";
      await context.sync();
    });
    expect(excel.sheet("Other").state.pivots[0].dataHierarchies[0]).toMatchObject({ summarizeBy: "Sum", name: "Sum of Balance" });
    const old = createExcelDouble({ sheets: [{ name: "S", cells: [["A"], [1]] }], apiVersion: "1.7" });
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("S").pivotTables.add("P", "S!A1:A2", "S!C1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(old.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(old.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
  });

  it("keeps settings as JSON values and fails every sync in cell-edit mode", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      context.workbook.settings.add("k", { a: [1, 2] });
      await context.sync();
    });
    expect(excel.settings.get("k")).toEqual({ a: [1, 2] });
    excel.setCellEditMode(true);
    await expect(excel.run((context) => context.sync())).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});
