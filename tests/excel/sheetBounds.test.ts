/** The sheet's edges: a ledger that ends near column XFD leaves no room for the six output columns. */
import { presetConfig } from "../../src/engine/presets";
import { segmentWorkbook } from "../../src/workbook/segmentWorkbook";
import { describeWorkbookError } from "../../src/workbook/errors";
import { createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";
import { ledgerGrid } from "../support/ledgers";
import type { CellValue } from "../../src/engine/cell";

const LAST_COLUMN = 16_383;

describe("a ledger at the right edge of the sheet", () => {
  it("is refused before anything is written, with a message that names the column", async () => {
    const ledger = ledgerGrid([{ customer: "Acme" }, { customer: "Beta" }]);
    const width = ledger[0].length;
    const left = LAST_COLUMN - width - 2; // three columns free: not six
    const cells = ledger.map((row) => [...Array<CellValue>(left).fill(""), ...row]);
    const excel = createExcelDouble({ sheets: [{ name: "Edge", cells: cells as never }] });
    const preset = presetConfig("collections");
    if (!preset.ok) throw new Error("preset");
    const run = await segmentWorkbook(officePortFor(excel), { config: preset.value, today: "2025-06-30", whenOccupied: "overwrite" });
    expect(run).toEqual({ ok: false, error: { kind: "noRoomForColumns", sheet: "Edge", firstColumn: "XFB", columns: 6 } });
    if (!run.ok && run.error.kind !== "engine") expect(describeWorkbookError(run.error)).toContain("column XFB");
    expect(excel.sheet("Edge").usedValues()[0].slice(-width)).toEqual(ledger[0]);
    expect(excel.book.sheets).toHaveLength(1);
  });
});
