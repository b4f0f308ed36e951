import type { ColumnMap } from "../../../src/engine/fields";
import { isBlankRow, isTotalRow } from "../../../src/engine/columns/rowKinds";

describe("isBlankRow", () => {
  it("is true for rows of empty cells and blank text", () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([null, undefined, "", "  ", "\t"])).toBe(true);
  });

  it("is false when any cell holds something, even 0 or false", () => {
    expect(isBlankRow(["", 0])).toBe(false);
    expect(isBlankRow([false])).toBe(false);
    expect(isBlankRow(["", "x"])).toBe(false);
  });
});

describe("isTotalRow", () => {
  const columns: ColumnMap = { customer: 0, invoice: 1, dueDate: 2, balance: 3 };

  it.each([
    ["Total"],
    ["TOTAL:"],
    ["Totals"],
    ["Grand Total"],
    ["Subtotal"],
    ["Sub-total ACME"],
    ["Total general"],
    ["Totales"],
    ["Total geral"],
    ["Suma"],
    ["Sum"],
    ["ACME Corp Total"],
    ["Total for ACME Corp"],
  ])("is true for %p without invoice or due date", (label) => {
    expect(isTotalRow([label, "", null, 15000], columns)).toBe(true);
  });

  it("is false for a customer named Total Logistics Ltd with an invoice and due date", () => {
    expect(isTotalRow(["Total Logistics Ltd", "INV-7", 46112, 900], columns)).toBe(false);
  });

  it("is false for a total-like customer that still has an invoice number or a due date", () => {
    expect(isTotalRow(["Total Logistics Ltd", "INV-7", null, 900], columns)).toBe(false);
    expect(isTotalRow(["Total Logistics Ltd", "", 46112, 900], columns)).toBe(false);
  });

  it("reads the label from the invoice column", () => {
    expect(isTotalRow(["", "Total", "", 15000], columns)).toBe(true);
  });

  it("reads the label from the first text cell when customer and invoice say nothing", () => {
    const wide: ColumnMap = { customer: 1, invoice: 2, dueDate: 3, balance: 4 };
    expect(isTotalRow(["Grand total", "", "", "", 15000], wide)).toBe(true);
    expect(isTotalRow([12, "Total", "", "", 15000], { dueDate: 3 })).toBe(true);
  });

  it("is false for ordinary rows and words that only start like total", () => {
    expect(isTotalRow(["ACME", "INV-1", 46112, 100], columns)).toBe(false);
    expect(isTotalRow(["Totalmente Nuevo SA", "", "", 100], columns)).toBe(false);
    expect(isTotalRow(["", "", "", ""], columns)).toBe(false);
  });

  it("relies on the label alone when the sheet has neither invoice nor due date columns", () => {
    expect(isTotalRow(["Total", 15000], { customer: 0, balance: 1 })).toBe(true);
    expect(isTotalRow(["ACME", 15000], { customer: 0, balance: 1 })).toBe(false);
  });
});
