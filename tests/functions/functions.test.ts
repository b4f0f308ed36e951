/**
 * The Excel-facing file: functions.json as the build generates it from the
 * JSDoc blocks, and the functions called the way Excel calls them, through the
 * real configuration cache, with a workbook port that records what is touched.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ok, presetConfig, todayIso } from "../../src/engine";
import { CONFIG_SETTING_KEY } from "../../src/workbook/configStore";

const mockPort = {
  face: "excel" as const,
  listSheets: jest.fn(),
  readRegion: jest.fn(),
  readRegionBlocks: jest.fn(),
  findOccupied: jest.fn(),
  writeColumns: jest.fn(),
  writeSummary: jest.fn(),
  loadSetting: jest.fn(),
  saveSetting: jest.fn(),
};
jest.mock("../../src/excel/officeWorkbook", () => ({ createOfficePort: () => mockPort }), { virtual: true });

/** Stand-ins for the runtime's globals, shaped like @types/custom-functions-runtime. */
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const associated: string[] = [];
Object.assign(globalThis, {
  CustomFunctions: {
    Error: StubError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: (id: string) => associated.push(id),
  },
});

// Loaded after the globals exist, as office.js loads before functions.js in the page.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fx = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { invalidateFunctionConfig } = require("../../src/functions/configCache") as typeof import("../../src/functions/configCache");

const FUNCTIONS_SOURCE = resolve(__dirname, "../../src/functions/functions.ts");

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  options?: Record<string, boolean>;
  parameters: Parameter[];
  result: { dimensionality?: string; type?: string };
}

describe("functions.json generated from the JSDoc blocks", () => {
  let dir: string;
  let functions: FunctionMetadata[];
  let associations: { functionName: string; id: string }[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "arseg-functions-"));
    const generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
    expect(generated.errors).toEqual([]);
    writeFileSync(join(dir, "functions.json"), generated.metadataJson);
    functions = JSON.parse(readFileSync(join(dir, "functions.json"), "utf8")).functions;
    associations = generated.associate;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const byId = (id: string): FunctionMetadata => {
    const found = functions.find((f) => f.id === id);
    if (!found) throw new Error(`no ${id} in functions.json`);
    return found;
  };
  const shape = (f: FunctionMetadata) => f.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar", p.optional ?? false]);

  it("lists every function under an upper-case id equal to its name, without the namespace", () => {
    expect(functions.map((f) => f.id).sort()).toEqual([
      "AGINGBUCKET",
      "DAYSPASTDUE",
      "GRADE",
      "PRIORITY",
      "REASON",
      "SCORE",
      "SEGMENT",
      "STRATEGY",
    ]);
    for (const f of functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).not.toContain(".");
    }
  });

  it("associates each id with the function of the same name (the build appends these calls)", () => {
    expect(Object.fromEntries(associations.map((a) => [a.id, a.functionName]))).toEqual({
      SEGMENT: "segment",
      PRIORITY: "priority",
      STRATEGY: "strategy",
      SCORE: "score",
      REASON: "reason",
      DAYSPASTDUE: "daysPastDue",
      AGINGBUCKET: "agingBucket",
      GRADE: "grade",
    });
  });

  it.each(["SEGMENT", "PRIORITY", "STRATEGY", "SCORE", "REASON"])(
    "declares %s(row, headers, [asOf]) with matrix ranges and a spilling result",
    (id) => {
      const f = byId(id);
      expect(shape(f)).toEqual([
        ["row", "any", "matrix", false],
        ["headers", "any", "matrix", false],
        ["asOf", "any", "scalar", true],
      ]);
      expect(f.result.dimensionality).toBe("matrix");
      // The address of `row` makes messages name the real sheet and cell; volatile would recalculate thousands of calls on every edit.
      expect(f.options).toEqual({ requiresParameterAddresses: true });
    },
  );

  it("declares the date and grade functions with a range in and a range of the same shape out", () => {
    expect(shape(byId("DAYSPASTDUE"))).toEqual([
      ["dueDate", "any", "matrix", false],
      ["asOf", "any", "scalar", true],
    ]);
    expect(shape(byId("AGINGBUCKET"))).toEqual([
      ["dueDate", "any", "matrix", false],
      ["asOf", "any", "scalar", true],
      ["edges", "any", "matrix", true],
    ]);
    expect(shape(byId("GRADE"))).toEqual([["avgDaysLate", "any", "matrix", false]]);
    for (const id of ["DAYSPASTDUE", "AGINGBUCKET", "GRADE"]) {
      expect(byId(id).result.dimensionality).toBe("matrix");
      expect(byId(id).options ?? {}).toEqual({});
    }
  });

  it("gives every function and parameter a description", () => {
    for (const f of functions) {
      expect(f.description?.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(10);
    }
  });
});

describe("the functions as Excel calls them", () => {
  const headers = [["Customer", "Amount", "Due Date"]];
  const rows = [
    ["ACME", 1200, 45600],
    ["", "", ""],
    ["Blue Harbor", 300, "2099-01-31"],
  ];

  beforeEach(() => {
    invalidateFunctionConfig();
    mockPort.loadSetting.mockReset();
    mockPort.loadSetting.mockResolvedValue(ok(undefined));
  });

  it("registers nothing itself: the build's appended associate calls do", () => {
    expect(associated).toEqual([]);
  });

  it("segments rows with the collections preset when the workbook has no saved configuration", async () => {
    const result = await fx.segment(rows, headers, null, { parameterAddresses: ["Ledger!A2:C4", "Ledger!A1:C1", ""] });
    expect(result).toEqual([["Final notice / legal"], [""], ["Current"]]);
  });

  it("reads the saved configuration once for many calls, and again after invalidateFunctionConfig", async () => {
    const aging = presetConfig("aging");
    if (!aging.ok) throw new Error("aging preset");
    mockPort.loadSetting.mockResolvedValue(ok(aging.value));
    await Promise.all([fx.segment(rows, headers, null, {}), fx.priority(rows, headers, null, {}), fx.reason(rows, headers, null, {})]);
    expect(mockPort.loadSetting).toHaveBeenCalledTimes(1);
    expect(mockPort.loadSetting).toHaveBeenCalledWith(CONFIG_SETTING_KEY);
    // ACME is 88 days past due on 2025-01-31.
    expect(await fx.segment(rows, headers, "2025-01-31", {})).toEqual([["61-90"], [""], ["Current"]]);

    mockPort.loadSetting.mockResolvedValue(ok(undefined));
    invalidateFunctionConfig();
    expect(await fx.segment(rows, headers, "2025-01-31", {})).toEqual([["Seriously overdue"], [""], ["Current"]]);
    expect(mockPort.loadSetting).toHaveBeenCalledTimes(2);
  });

  it("only reads the workbook: nothing is written to cells, sheets or settings", async () => {
    await fx.segment(rows, headers, null, {});
    await fx.score(rows, headers, null, {});
    await fx.strategy(rows, headers, null, {});
    for (const write of [
      mockPort.writeColumns,
      mockPort.writeSummary,
      mockPort.saveSetting,
      mockPort.readRegion,
      mockPort.readRegionBlocks,
      mockPort.findOccupied,
      mockPort.listSheets,
    ]) {
      expect(write).not.toHaveBeenCalled();
    }
  });

  it("returns CustomFunctions.Error values with the right code and message", async () => {
    const [[noColumn]] = await fx.segment([["ACME", 1200]], [["Customer", "Amount"]], null, { parameterAddresses: ["AR!A2:B2"] });
    expect(noColumn).toBeInstanceOf(StubError);
    expect(noColumn).toMatchObject({ code: "#N/A", message: expect.stringContaining('Sheet "AR": no Due date column') });

    const [[badDate]] = await fx.daysPastDue([["tomorrow"]], null);
    expect(badDate).toBeInstanceOf(StubError);
    expect(badDate).toMatchObject({ code: "#VALUE!", message: expect.stringContaining('dueDate: "tomorrow" is not a date') });
  });

  it("answers the date and grade functions for scalars and ranges", async () => {
    const today = todayIso();
    // Serial 45600 is 2024-11-04: 88 days before 2025-01-31.
    expect(await fx.daysPastDue([[45600]], "2025-01-31")).toEqual([[88]]);
    expect(await fx.agingBucket([[45600], [""]], "2025-01-31", null as never)).toEqual([["61-90"], [""]]);
    expect(await fx.agingBucket([[45600]], "2025-01-31", [[0, 100]])).toEqual([["1-100"]]);
    expect(fx.grade([[17.8, 75]])).toEqual([["A", "C"]]);
    expect(await fx.daysPastDue([[today]], null)).toEqual([[0]]);
  });
});
