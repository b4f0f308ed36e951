import { recalculateFormulas } from "../../../src/taskpane/host/officeActions";
import { createExcelDouble } from "../../excel-double";

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
});

describe("recalculateFormulas (after the configuration is saved)", () => {
  it("recalculates every sheet of this workbook and no other open workbook", async () => {
    const excel = createExcelDouble({
      sheets: [
        { name: "Ledger", cells: [["Customer"], ["Acme"]] },
        { name: "Formulas", cells: [["=ARSEG.SEGMENT(Ledger!A2:K2,Ledger!A1:K1)"]] },
      ],
    });
    Object.assign(globalThis, { Excel: { run: excel.run, CalculationType: { full: "Full", recalculate: "Recalculate" } } });
    expect(await recalculateFormulas(excel.run)).toBe(true);
    expect(excel.stats.applicationCalculations).toBe(0);
    expect([...excel.stats.sheetCalculations].sort()).toEqual(["Formulas", "Ledger"]);
  });
});
