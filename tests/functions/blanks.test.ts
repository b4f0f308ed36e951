/**
 * The custom functions called as Excel calls them: the arguments built from a
 * sheet of the Excel double, with empty cells as 0 (Excel desktop) or null
 * (Excel on the web). Whatever the encoding, the row functions give the
 * same results, and the array form gives what the task pane writes.
 */
import { presetConfig, type SegmentationConfig } from "../../src/engine";
import { createFunctionLogic, fixedConfigSource } from "../../src/functions/logic";
import { segmentWorkbook } from "../../src/workbook/segmentWorkbook";
import { createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";
import { invocationFor, rangeArgument, type FunctionHost } from "../excel-double/invocation";
import { ledgerGrid } from "../support/ledgers";
import { testErrors } from "./logic/errorValue";

const TODAY = "2025-06-30";
const HOSTS: readonly FunctionHost[] = ["desktop", "web", "text"];

function collections(): SegmentationConfig {
  const preset = presetConfig("collections");
  if (!preset.ok) throw new Error("preset");
  return preset.value;
}

/** A ledger as people keep it: paid dates mostly empty, a phone column with gaps, a zero balance, and rows left blank below. */
const LEDGER = ledgerGrid(
  [
    { customer: "Acme", balance: 1200, dueDate: "2025-05-01", phone: "555-0100" },
    { customer: "Globex", balance: 5400, dueDate: "2025-03-01", phone: "" },
    { customer: "Initech", amount: 800, balance: 0, dueDate: "2025-04-01", paidDate: "2025-04-20", phone: "555-0101" },
    { customer: "Umbrella", balance: 300, dueDate: "2025-07-15", phone: "" },
    { customer: "Hooli", amount: 950, balance: 0, dueDate: "2025-06-01", phone: "555-0102" },
  ],
  { columns: ["customer", "invoice", "invoiceDate", "dueDate", "amount", "balance", "paidDate", "phone"] },
);
/** The formulas' ranges run past the data, as `A2:H30` does. */
const ROWS = "A2:H30";
const HEADERS = "A1:H1";

const logic = createFunctionLogic({ config: fixedConfigSource(collections()), errors: testErrors, today: () => TODAY });

describe("the row functions and Excel's empty cells", () => {
  it('give the same results for empty cells passed as 0, null or "", and the pane\'s results', async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: LEDGER.map((r) => [...r]) }] });
    const results = await Promise.all(
      HOSTS.map((host) =>
        logic.segment(
          rangeArgument(excel, "Ledger", ROWS, host),
          rangeArgument(excel, "Ledger", HEADERS, host),
          host === "desktop" ? 0 : null,
          invocationFor("Ledger", ROWS).parameterAddresses[0],
        ),
      ),
    );
    expect(results[0]).toEqual(results[2]);
    expect(results[1]).toEqual(results[2]);
    expect(results[0].slice(5).every(([v]) => v === "")).toBe(true);

    const run = await segmentWorkbook(officePortFor(excel), { config: collections(), today: TODAY, whenOccupied: "stop", summary: false });
    if (!run.ok) throw new Error(JSON.stringify(run.error));
    const written = LEDGER.slice(1).map((_, i) => [excel.sheet("Ledger").row(i + 1, 9)[8]]);
    expect(results[0].slice(0, 5)).toEqual(written);
  });

  it("give each single-row call the same result whatever the encoding, and a blank row nothing", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: LEDGER.map((r) => [...r]) }] });
    for (let row = 2; row <= 8; row++) {
      const answers = await Promise.all(
        HOSTS.map((host) =>
          logic.priority(rangeArgument(excel, "Ledger", `A${row}:H${row}`, host), rangeArgument(excel, "Ledger", HEADERS, host), undefined),
        ),
      );
      expect(answers[0]).toEqual(answers[2]);
      expect(answers[1]).toEqual(answers[2]);
      if (row > 6) expect(answers[0]).toEqual([[""]]);
    }
  });

  it("read a 0 in the balance column, and an empty balance, as a zero balance: the row is paid", async () => {
    const headers = [["Customer", "Due Date", "Open Balance"]];
    for (const balance of [0, null, ""]) {
      expect(await logic.segment([["Acme", 45778, balance]], headers, TODAY)).toEqual([["Paid"]]);
    }
  });

  it("read an empty as-of argument as omitted, and 0 in a date column as no date", async () => {
    const headers = [["Customer", "Due Date", "Open Balance", "Paid Date"]];
    const row = [["Acme", 45778, 1200, 0]];
    expect(await logic.segment(row, headers, 0)).toEqual(await logic.segment(row, headers, null));
    expect(await logic.segment(row, headers, 0)).toEqual(await logic.segment([["Acme", 45778, 1200, ""]], headers, ""));
  });

  it("give a blank, not an error, for a due date passed as 0 to DAYSPASTDUE and AGINGBUCKET", async () => {
    const dues = [[0], [null], [""], [45778]];
    expect(await logic.daysPastDue(dues, TODAY)).toEqual([[""], [""], [""], [60]]);
    expect(await logic.agingBucket(dues, 0, [[0, 30, 60, 0, 0]])).toEqual([[""], [""], [""], ["31-60"]]);
  });
});
