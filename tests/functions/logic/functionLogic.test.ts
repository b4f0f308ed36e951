import { presetConfig, segment, type CellValue, type SegmentationConfig } from "../../../src/engine";
import { createFunctionLogic, fixedConfigSource, valueOf, type ConfigSource, type OutcomeColumn } from "../../../src/functions/logic";
import { generateLedger } from "../../support/generateLedger";
import { isTestError, testErrors, type TestError } from "./errorValue";

const TODAY = "2025-06-30";
const COLUMNS: readonly OutcomeColumn[] = ["segment", "priority", "strategy", "score", "reason"];

function preset(name: string): SegmentationConfig {
  const config = presetConfig(name);
  if (!config.ok) throw new Error(`preset ${name}`);
  return config.value;
}

function functions(config: SegmentationConfig | ConfigSource) {
  const source = "get" in config ? config : fixedConfigSource(config);
  return createFunctionLogic<TestError>({ config: source, errors: testErrors, today: () => TODAY });
}

/** What the engine itself gives for every data row of [headers, ...rows], "" for rows it leaves out. */
function engineColumn(
  headers: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  config: SegmentationConfig,
  column: OutcomeColumn,
): (string | number)[][] {
  const run = segment([headers, ...rows], { config, sheet: "Ledger", today: TODAY });
  if (!run.ok) throw new Error(run.error.kind);
  const out: (string | number)[][] = rows.map(() => [""]);
  for (let i = 0; i < run.value.rowCount; i++) out[run.value.sourceRow[i] - 1] = [valueOf(run.value.outcome(i), column)];
  return out;
}

const [LEDGER_HEADERS, ...LEDGER_ROWS] = generateLedger({ rows: 240, dates: "serial", asOf: TODAY });

describe("row functions, array form", () => {
  it.each(["collections", "aging", "behaviour", "risk-value", "new-and-problem-customers"])(
    "gives, for preset %s, the engine's value for every row of the range, in input order",
    async (name) => {
      const config = preset(name);
      const fx = functions(config);
      for (const column of COLUMNS) {
        expect(await fx[column](LEDGER_ROWS, [LEDGER_HEADERS])).toEqual(engineColumn(LEDGER_HEADERS, LEDGER_ROWS, config, column));
      }
    },
  );

  it("matches a row-by-row loop for an invoice-level preset whose rules read only the row", async () => {
    const fx = functions(preset("aging"));
    for (const column of ["segment", "priority", "strategy", "reason"] as const) {
      const spilled = await fx[column](LEDGER_ROWS, [LEDGER_HEADERS]);
      const oneByOne = await Promise.all(LEDGER_ROWS.map(async (row) => (await fx[column]([row], [LEDGER_HEADERS]))[0]));
      expect(spilled).toEqual(oneByOne);
    }
  });

  it("differs from a row-by-row loop where a customer-level model must see all of a customer's rows", async () => {
    const fx = functions(preset("behaviour"));
    const headers = ["Customer", "Amount", "Open Balance", "Due Date", "Paid Date"];
    // Northwind paid one invoice 10 days late; its open invoice, not yet due, is graded on that history.
    const rows = [
      ["Northwind", 500, 0, 45800, 45810],
      ["Northwind", 900, 900, 45850, ""],
    ];
    expect(await fx.segment(rows, [headers])).toEqual([["A"], ["A"]]);
    // Alone, the open invoice has no payment history to grade.
    expect(await fx.segment([rows[1]], [headers])).toEqual([["No history"]]);
    expect(engineColumn(headers, [rows[1]], preset("behaviour"), "segment")).toEqual([["No history"]]);
  });

  it("gives empty cells for blank and total rows and keeps the other rows in place", async () => {
    const config = preset("collections");
    const fx = functions(config);
    const headers = ["Customer", "Invoice", "Amount", "Due Date"];
    const rows = [
      ["ACME", "INV-1", 1200, 45600],
      ["", "", "", ""],
      ["Total", "", 1200, ""],
      ["Blue Harbor", "INV-2", 300, 45830],
    ];
    const segments = await fx.segment(rows, [headers]);
    expect(segments[1]).toEqual([""]);
    expect(segments[2]).toEqual([""]);
    expect(segments).toEqual(engineColumn(headers, rows, config, "segment"));
    expect(segments[0][0]).toBe("Final notice / legal");
  });

  it("gives only empty cells when every row is blank", async () => {
    const fx = functions(preset("collections"));
    expect(
      await fx.segment(
        [
          ["", ""],
          [null, null],
        ],
        [["Amount", "Due Date"]],
      ),
    ).toEqual([[""], [""]]);
  });
});

describe("row functions, one row", () => {
  it("give the engine's values for the same single row, for every function", async () => {
    const config = preset("collections");
    const fx = functions(config);
    for (const row of LEDGER_ROWS.slice(0, 25)) {
      for (const column of COLUMNS) {
        expect(await fx[column]([row], [LEDGER_HEADERS])).toEqual(engineColumn(LEDGER_HEADERS, [row], config, column));
      }
    }
  });

  it("read text dates, Excel data types and numbers as text the same as serials", async () => {
    const fx = functions(preset("collections"));
    const headers = ["Customer", "Amount", "Due Date"];
    const serial = await fx.reason([["ACME", 1200, 45800]], [headers]);
    expect(await fx.reason([["ACME", "1200", "2025-05-23"]], [headers])).toEqual(serial);
    expect(await fx.reason([["ACME", { type: "Double", basicValue: 1200 }, "23/05/2025"]], [headers])).toEqual(serial);
  });

  it("ages at the asOf argument instead of today, and at the saved as-of date when it is omitted", async () => {
    const config = preset("aging");
    const fx = functions(config);
    const headers = ["Amount", "Due Date"];
    const row = [100, 45800]; // due 2025-05-23
    expect(await fx.segment([row], [headers])).toEqual([["31-60"]]);
    expect(await fx.segment([row], [headers], "2025-06-10")).toEqual([["1-30"]]);
    expect(await fx.segment([row], [headers], [[45800]])).toEqual([["Current"]]);
    expect(await functions({ ...config, asOf: "2025-12-31" }).segment([row], [headers])).toEqual([["90+"]]);
  });

  it("returns a paid row's missing priority as an empty cell", async () => {
    const fx = functions(preset("collections"));
    const headers = ["Amount", "Open Balance", "Due Date", "Paid Date"];
    expect(await fx.priority([[100, 0, 45800, 45805]], [headers])).toEqual([[""]]);
    expect(await fx.segment([[100, 0, 45800, 45805]], [headers])).toEqual([["Paid"]]);
  });
});

describe("row functions, bad input", () => {
  const fx = functions(preset("collections"));
  const headers = ["Customer", "Amount", "Due Date"];

  it("gives #N/A naming the missing column when the headers match no due date", async () => {
    const [[result]] = await fx.segment([["ACME", 100, 45800]], [["Customer", "Amount", "Notes"]], undefined, "Ledger!A2:C2");
    expect(result).toEqual({ code: "notAvailable", message: expect.stringContaining('Sheet "Ledger": no Due date column') });
  });

  it("gives #N/A when the headers are not column names at all", async () => {
    const [[result]] = await fx.segment([["ACME", 100, 45800]], [["", "", ""]]);
    expect(isTestError(result) && result.code).toBe("notAvailable");
  });

  it("gives #N/A when the headers argument is not the header row but a row of the range is", async () => {
    const rows = [
      ["Customer", "Amount", "Due Date"],
      ["ACME", 100, 45800],
    ];
    expect(await fx.segment(rows, [["Name", "Value", "When"]])).toEqual([
      [
        {
          code: "notAvailable",
          message:
            "headers (Name, Value, When) are not recognised as a header row: give the ledger's column names, such as Customer, Amount and Due date.",
        },
      ],
    ]);
  });

  it("gives #VALUE! for headers that are not one row or not as wide as the row", async () => {
    expect(await fx.segment([["ACME", 100, 45800]], [["Customer"], ["Amount"]])).toEqual([
      [{ code: "invalidValue", message: "headers must be one row of column names; it has 2 rows and 1 columns." }],
    ]);
    expect(await fx.segment([["ACME", 100]], [headers])).toEqual([
      [{ code: "invalidValue", message: "headers has 3 columns but row has 2: give both ranges the same columns (e.g. A1:K1 and A2:K2)." }],
    ]);
  });

  it("gives #VALUE! naming the sheet and cell for an unreadable cell, and segments the other rows", async () => {
    const rows = [
      ["ACME", 100, 45800],
      ["Blue Harbor", 200, "soon"],
      ["Cedar", 300, 45700],
    ];
    const result = await fx.segment(rows, [headers], undefined, "'AR 2025'!A5:C7");
    expect(result[1][0]).toEqual({ code: "invalidValue", message: 'Sheet "AR 2025", cell C6 (column "Due Date"): "soon" is not a date.' });
    expect(result[0][0]).toBe("Overdue");
    expect(typeof result[2][0]).toBe("string");
  });

  it("gives the row an error for an error value in its cells", async () => {
    const rows = [
      ["ACME", 100, { code: "#N/A" }],
      ["Cedar", 300, 45700],
    ];
    const result = await fx.segment(rows, [headers], undefined, "Ledger!A2:C3");
    expect(result[0][0]).toEqual({ code: "notAvailable", message: "row (cell C2) holds the error #N/A; fix that cell first." });
    expect(typeof result[1][0]).toBe("string");
    const [[fromText]] = await fx.segment([["ACME", "#DIV/0!", 45700]], [headers]);
    expect(fromText).toEqual({ code: "invalidValue", message: "row holds the error #DIV/0!; fix that cell first." });
  });

  it("gives #VALUE! for an as-of date that is not a date", async () => {
    expect(await fx.segment([["ACME", 100, 45800]], [headers], "yesterday")).toEqual([
      [
        {
          code: "invalidValue",
          message: 'asOf: "yesterday" is not a date. Give a date cell, a date serial number or text such as 2026-03-31.',
        },
      ],
    ]);
  });

  it("gives #VALUE! with the engine's message when a saved rule names a column the sheet lacks", async () => {
    const base = preset("collections");
    if (base.model.kind !== "rules") throw new Error("collections is a rules model");
    const custom: SegmentationConfig = { ...base, model: { ...base.model, rules: [{ ...base.model.rules[0], when: 'Region = "North"' }] } };
    const [[result]] = await functions(custom).segment([["ACME", 100, 45800]], [headers], undefined, "Ledger!A2:C2");
    expect(result).toEqual({
      code: "notAvailable",
      message: 'The configuration: "Region" is neither a built-in field nor a column of sheet "Ledger".',
    });
  });

  it("gives #VALUE! when the saved configuration cannot be read", async () => {
    const broken: ConfigSource = {
      get: async () => ({ ok: false, error: { kind: "config", error: { kind: "settingsFailed", detail: "the workbook is closing" } } }),
    };
    expect(await functions(broken).segment([["ACME", 100, 45800]], [headers])).toEqual([
      [
        {
          code: "invalidValue",
          message:
            "The segmentation settings saved in this workbook could not be used: The configuration could not be saved in the workbook: the workbook is closing",
        },
      ],
    ]);
  });
});
