/**
 * The custom functions in a workbook of the 1904 date system (an older Mac's):
 * functions.ts loaded as Excel loads it, over the Excel double, with no mock
 * between it and the adapter. Date cells hold 1904 serials; the functions read
 * them as the task pane does, not 1,462 days early.
 */
import { presetConfig } from "../../src/engine/presets";
import { segmentWorkbook } from "../../src/workbook/segmentWorkbook";
import { createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";
import { invocationFor, rangeArgument } from "../excel-double/invocation";
import { ledgerGrid, serialOf } from "../support/ledgers";
import type { CellValue } from "../../src/engine/cell";

const TODAY = "2025-06-30";
const OFFSET_1904 = 1462;

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** The ledger with its date serials counted from 1904, as a 1904 workbook holds them. */
function ledger1904(): CellValue[][] {
  const grid = ledgerGrid([
    { customer: "Acme", balance: 1200, dueDate: "2025-06-20" },
    { customer: "Globex", balance: 5400, dueDate: "2025-02-01" },
    { customer: "Initech", balance: 800, dueDate: "2025-07-31" },
  ]);
  return grid.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 2 || c === 3 ? (v as number) - OFFSET_1904 : v))));
}

async function loadFunctions(excel: ReturnType<typeof createExcelDouble>) {
  Object.assign(globalThis, {
    Office: { context: { requirements: { isSetSupported: excel.requirements.isSetSupported } } },
    Excel: { run: excel.run },
    CustomFunctions: { Error: StubError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" }, associate: () => undefined },
  });
  let fx!: typeof import("../../src/functions/functions");
  await jest.isolateModulesAsync(async () => {
    fx = await import("../../src/functions/functions");
  });
  return fx;
}

afterEach(() => {
  for (const name of ["Office", "Excel", "CustomFunctions"]) delete (globalThis as Record<string, unknown>)[name];
});

describe("the custom functions in a 1904 workbook", () => {
  it("segment as the task pane does", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: ledger1904() }], date1904: true });
    const fx = await loadFunctions(excel);
    const got = await fx.segment(
      rangeArgument(excel, "Ledger", "A2:F4", "desktop") as never,
      rangeArgument(excel, "Ledger", "A1:F1", "desktop") as never,
      TODAY,
      invocationFor("Ledger", "A2:F4", "A1:F1"),
    );
    const preset = presetConfig("collections");
    if (!preset.ok) throw new Error("preset");
    const run = await segmentWorkbook(officePortFor(excel), {
      config: { ...preset.value, asOf: TODAY },
      today: TODAY,
      whenOccupied: "stop",
    });
    if (!run.ok) throw new Error(JSON.stringify(run.error));
    expect(got).toEqual([1, 2, 3].map((r) => [excel.sheet("Ledger").row(r, 7)[6]]));
    // Read as 1900 serials the dates would be four years early, and every invoice far overdue.
    expect(got).toEqual([["Will pay anyway"], ["Final notice / legal"], ["Current"]]);
  });

  it("count days past due from the 1904 serials", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: ledger1904() }], date1904: true });
    const fx = await loadFunctions(excel);
    const due1904 = serialOf("2025-06-20") - OFFSET_1904;
    expect(await fx.daysPastDue([[due1904]], TODAY)).toEqual([[10]]);
    expect(await fx.agingBucket([[due1904]], TODAY, [[0, 30]])).toEqual([["1-30"]]);
  });
});
