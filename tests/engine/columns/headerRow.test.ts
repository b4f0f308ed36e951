import type { Grid } from "../../../src/engine/cell";
import { findHeaderRow } from "../../../src/engine/columns/headerRow";

describe("findHeaderRow", () => {
  it("finds a header in the first row", () => {
    const rows: Grid = [
      ["Customer", "Invoice", "Due Date", "Balance"],
      ["ACME", "INV-1", 46112, 100],
    ];
    expect(findHeaderRow(rows, {})).toBe(0);
  });

  it("skips title and blank rows above the header", () => {
    const rows: Grid = [
      ["ACME Corp — Aged receivables as of 31/10/2026"],
      ["Customer aging report", null, null],
      [],
      ["", "", ""],
      ["Cliente", "Factura", "Fecha de vencimiento", "Saldo pendiente"],
      ["ACME", "F-1", "31/03/2026", "1.234,56"],
    ];
    expect(findHeaderRow(rows, {})).toBe(4);
  });

  it("prefers the row naming the most fields, the earliest on a tie", () => {
    const rows: Grid = [
      ["Customer", "Balance"],
      ["Cliente", "Valor em aberto", "Data de vencimento"],
      ["Client", "Amount", "Due date"],
    ];
    expect(findHeaderRow(rows, {})).toBe(1);
  });

  it("requires a money or age column and at least two fields", () => {
    expect(findHeaderRow([["Customer", "Invoice", "Phone"]], {})).toBe(-1);
    expect(findHeaderRow([["Balance"]], {})).toBe(-1);
    expect(findHeaderRow([["Customer", "Days past due"]], {})).toBe(0);
  });

  it("does not count a balance borrowed from the amount column twice", () => {
    const rows: Grid = [
      ["Customer", "Amount"],
      ["Customer", "Amount", "Invoice"],
    ];
    expect(findHeaderRow(rows, {})).toBe(1);
  });

  it("counts explicitly mapped headers", () => {
    const rows: Grid = [["Report"], ["Asiakas", "Avoin saldo"]];
    expect(findHeaderRow(rows, {})).toBe(-1);
    expect(findHeaderRow(rows, { customer: "Asiakas", balance: "Avoin saldo" })).toBe(1);
  });

  it("looks only at the first maxScan rows", () => {
    const rows: Grid = [["Title"], ["Customer", "Balance"]];
    expect(findHeaderRow(rows, {}, 1)).toBe(-1);
    expect(findHeaderRow(rows, {}, 2)).toBe(1);
    expect(findHeaderRow([], {})).toBe(-1);
  });
});
