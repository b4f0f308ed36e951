import { readSheetHeader, SAMPLE_ROWS } from "../../src/engine/sheetHeader";
import { defaultConfig } from "../../src/engine/presets";
import type { CellValue } from "../../src/engine/cell";

/** A ledger whose first rows only are given, the rest holes: as the browser page holds a region (its worker keeps the rest). */
function regionHead(given: number, total: number): CellValue[][] {
  const rows: CellValue[][] = new Array(total);
  rows[0] = ["Customer", "Invoice", "Due Date", "Amount"];
  for (let r = 1; r < given; r++) rows[r] = [`C${r}`, `INV-${r}`, "2025-03-01", 100 + r];
  return rows;
}

describe("reading a sheet's top", () => {
  it("reads a region given only its first rows, the others holes", () => {
    const read = readSheetHeader(regionHead(20, SAMPLE_ROWS * 3), defaultConfig(), "Ledger", undefined, "report");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.detection.columns.dueDate).toBe(2);
    expect(read.value.detection.columns.amount).toBe(3);
  });

  it("reads the same columns from the given rows as from the whole sheet", () => {
    const whole = regionHead(SAMPLE_ROWS * 2, SAMPLE_ROWS * 2);
    const head = regionHead(SAMPLE_ROWS * 2, SAMPLE_ROWS * 2);
    head.length = SAMPLE_ROWS * 2;
    for (let r = 50; r < head.length; r++) delete head[r];
    const a = readSheetHeader(whole, defaultConfig(), "Ledger", undefined, "report");
    const b = readSheetHeader(head, defaultConfig(), "Ledger", undefined, "report");
    expect(a.ok && b.ok && a.value.detection.columns).toEqual(b.ok && b.value.detection.columns);
  });
});
