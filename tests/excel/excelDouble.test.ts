import { BLANK_ITEM, createExcelDouble } from "../excel-double";
import { widthForCharacters } from "../excel-double/range";

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
    expect(excel.sheet("Other").pivot("P").value("Sum of Balance")).toBe(30);
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

  it("has no use1904DateSystem (preview only) and tells the date system through workbook.functions.date", async () => {
    for (const date1904 of [false, true]) {
      const excel = createExcelDouble({ sheets: [{ name: "S", cells: [] }], date1904 });
      await excel.run(async (context) => {
        const day = context.workbook.functions.date(1904, 1, 1).load("value");
        await context.sync();
        expect(day.value).toBe(date1904 ? 0 : 1462);
        context.workbook.load("use1904DateSystem" as never);
        await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      });
    }
  });

  it('reads a formula that shows nothing as "" in values, and tells it apart in formulas and valueTypes', async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "S", cells: [["a", ""]], formulas: { B1: { formula: '=IF(A1="x","y","")', value: "" } } }],
    });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:C1").load("values,formulas,valueTypes");
      const used = context.workbook.worksheets.getItem("S").getUsedRange(true).load("address");
      await context.sync();
      expect(range.values).toEqual([["a", "", ""]]);
      expect(range.formulas).toEqual([["a", '=IF(A1="x","y","")', ""]]);
      expect(range.valueTypes).toEqual([["String", "String", "Empty"]]);
      expect(used.address).toBe("S!A1:B1");
    });
  });

  it("counts formatted cells in the used range unless valuesOnly is asked", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [["a"]], numberFormats: { "C:C": "@" } }] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const all = sheet.getUsedRange().load("address");
      const values = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(all.address).toBe("S!A1:C1048576");
      expect(values.address).toBe("S!A1");
    });
  });

  it("refuses getRangeByIndexes past the sheet's last row or column", async () => {
    const excel = seed();
    for (const [row, column, rows, columns] of [
      [1_048_575, 0, 2, 1],
      [0, 16_380, 1, 6],
    ]) {
      await expect(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Ledger").getRangeByIndexes(row, column, rows, columns).load("address");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("measures payloads in UTF-8 bytes", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [] }], payloadLimitBytes: 1000 });
    // 300 characters, 900 bytes: under the cap by characters, over it by bytes with the JSON around them.
    const text = "東".repeat(340);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [[text]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.stats.refusedSyncs).toBe(1);
  });

  it("makes a table take in values written just right of it or just below it, unless AutoCorrect's option is off", async () => {
    for (const tableAutoExpand of [true, false]) {
      const excel = createExcelDouble({
        sheets: [
          {
            name: "S",
            cells: [
              ["A", "B"],
              [1, 2],
            ],
            tables: [{ name: "T", address: "A1:B2" }],
          },
        ],
        tableAutoExpand,
      });
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("C1:D2").values = [
          ["C", "D"],
          [3, 4],
        ];
        sheet.getRange("A3:B3").values = [[5, 6]];
        await context.sync();
      });
      const table = excel.sheet("S").state.tables[0];
      expect(table.rect).toEqual(tableAutoExpand ? { top: 0, left: 0, rows: 3, columns: 4 } : { top: 0, left: 0, rows: 2, columns: 2 });
      expect(table.columnNames).toEqual(tableAutoExpand ? ["A", "B", "C", "D"] : ["A", "B"]);
    }
  });

  it("keeps an apostrophe as a character in a cell formatted as Text", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [], numberFormats: { "A:A": "@" } }] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["'=x", "'=x"]];
      await context.sync();
    });
    expect(excel.sheet("S").cell("A1")).toBe("'=x");
    expect(excel.sheet("S").cell("B1")).toBe("=x");
  });

  it("autofits a column to the widest content of the range it is called on", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [["Id"], ["a much longer value"]] }] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").format.autofitColumns();
      await context.sync();
      expect(excel.sheet("S").columnWidth(0)).toBe(widthForCharacters(2));
      sheet.getRange("A1:A2").format.autofitColumns();
      await context.sync();
    });
    expect(excel.sheet("S").columnWidth(0)).toBe(widthForCharacters("a much longer value".length));
  });

  it("leaves formulas stale after writes with calculation suspended, until each sheet or the application recalculates", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Ledger").getRange("C1").values = [["x"]];
      await context.sync();
      expect(excel.staleSheets).toEqual(["Ledger", "Other"]);
      context.workbook.worksheets.getItem("Ledger").calculate(false);
      await context.sync();
      expect(excel.staleSheets).toEqual(["Other"]);
      context.workbook.application.calculate("Recalculate" as never);
      await context.sync();
    });
    expect(excel.staleSheets).toEqual([]);
    expect(excel.stats.applicationCalculations).toBe(1);
  });

  it("refuses getSelectedRange on a selection of several areas, and lists them through getSelectedRanges", async () => {
    const excel = seed();
    excel.select("Ledger", "A1:A2,B3");
    await excel.run(async (context) => {
      const areas = context.workbook.getSelectedRanges().load("areaCount,address");
      await context.sync();
      expect([areas.areaCount, areas.address]).toEqual([2, "Ledger!A1:A2,Ledger!B3"]);
      context.workbook.getSelectedRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
    });
  });

  it("keeps defined names across a rename and turns them to #REF! when their sheet is deleted", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Other");
      context.workbook.names.add("_MARK", sheet.getRange("A1")).visible = false;
      context.workbook.names.add("_mark", sheet.getRange("A1"));
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      sheet.name = "Renamed";
      await context.sync();
    });
    expect(excel.names()).toEqual({ _MARK: "Renamed!A1" });
    excel.deleteSheet("Renamed");
    await excel.run(async (context) => {
      const name = context.workbook.names.getItem("_MARK").load("type,value");
      const range = context.workbook.names.getItem("_MARK").getRangeOrNullObject();
      await context.sync();
      expect([name.type, name.value, range.isNullObject]).toEqual(["Error", "#REF!", true]);
    });
  });

  it("refuses a pivot source with a blank or a repeated header", async () => {
    for (const header of [
      ["Segment", ""],
      ["Balance", "balance"],
    ]) {
      const excel = createExcelDouble({ sheets: [{ name: "S", cells: [header, ["a", 1]] }] });
      await expect(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("S").pivotTables.add("P", "S!A1:B2", "S!D1");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("keeps a hierarchy on one axis: adding it to another moves it", async () => {
    const excel = seed();
    await excel.run(async (context) => {
      const pivot = context.workbook.worksheets.getItem("Other").pivotTables.add("P", "Ledger!A1:B3", "Other!A1");
      pivot.rowHierarchies.add(pivot.hierarchies.getItem("Customer"));
      pivot.columnHierarchies.add(pivot.hierarchies.getItem("Customer"));
      await context.sync();
    });
    const [pivot] = excel.sheet("Other").state.pivots;
    expect([pivot.rowHierarchies, pivot.columnHierarchies]).toEqual([[], ["Customer"]]);
  });

  it("computes a pivot's items in ascending order with (blank) last, and counts and sums from its cache", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "S",
          cells: [
            ["Segment", "Bucket", "Balance"],
            ["b", "Current", 10],
            ["a", "1-30", 5],
            ["", "Current", 7],
            ["B", "90+", ""],
          ],
        },
      ],
    });
    await excel.run(async (context) => {
      const pivot = context.workbook.worksheets.getItem("S").pivotTables.add("P", "S!A1:C5", "S!E1");
      pivot.rowHierarchies.add(pivot.hierarchies.getItem("Segment"));
      pivot.columnHierarchies.add(pivot.hierarchies.getItem("Bucket"));
      const count = pivot.dataHierarchies.add(pivot.hierarchies.getItem("Balance"));
      const sum = pivot.dataHierarchies.add(pivot.hierarchies.getItem("Balance"));
      sum.summarizeBy = "Sum";
      await context.sync();
      void count;
    });
    const view = excel.sheet("S").pivot("P");
    expect(view.rowItems).toEqual(["a", "b", BLANK_ITEM]);
    expect(view.columnItems).toEqual(["1-30", "90+", "Current"]);
    expect(view.value("Sum of Balance")).toBe(22);
    expect(view.value("Count of Balance")).toBe(3);
    expect(view.value("Sum of Balance", "b", "Current")).toBe(10);
    expect(view.value("Sum of Balance", BLANK_ITEM)).toBe(7);
  });
});
