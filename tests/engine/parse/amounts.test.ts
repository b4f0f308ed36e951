import fc from "fast-check";
import { BLANK, INVALID } from "../../../src/engine/cell";
import { amountOutOfRange, MAX_AMOUNT, parseAmountCell } from "../../../src/engine/parse/amounts";
import { parseIntegerCell } from "../../../src/engine/parse/integers";

/** Writes cents with thousands grouping: `1,234,567.89` (en) or `1.234.567,89` (es/pt). */
function formatCents(cents: number, group: string, decimal: string): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, group);
  return `${sign}${whole}${decimal}${String(abs % 100).padStart(2, "0")}`;
}

describe("parseAmountCell", () => {
  it("takes finite numbers as they are", () => {
    expect(parseAmountCell(1234.56)).toBe(1234.56);
    expect(parseAmountCell(-7)).toBe(-7);
    expect(parseAmountCell(0)).toBe(0);
  });

  it("rejects NaN, infinities and booleans", () => {
    expect(parseAmountCell(Number.NaN)).toBe(INVALID);
    expect(parseAmountCell(Number.NEGATIVE_INFINITY)).toBe(INVALID);
    expect(parseAmountCell(true)).toBe(INVALID);
    expect(parseAmountCell(new Date())).toBe(INVALID);
  });

  it("treats empty cells, blank text and a lone dash as blank", () => {
    for (const value of [null, undefined, "", "   ", "\u00a0", "-", "—", " – "]) {
      expect(parseAmountCell(value)).toBe(BLANK);
    }
  });

  it.each([
    ["1234", 1234],
    ["1234.56", 1234.56],
    ["-12.5", -12.5],
    [" 42 ", 42],
    [".5", 0.5],
    ["-.5", -0.5],
    ["+15", 15],
  ])("reads plain %p", (text, expected) => {
    expect(parseAmountCell(text)).toBe(expected);
  });

  it.each([
    ["1,234.56", 1234.56],
    ["1,234,567.89", 1234567.89],
    ["1.234,56", 1234.56],
    ["1.234.567,89", 1234567.89],
    ["1 234 567,89", 1234567.89],
    ["1\u00a0234,50", 1234.5],
    ["1\u202f234.50", 1234.5],
    ["1'234.50", 1234.5],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["12,50", 12.5],
    ["1,5", 1.5],
  ])("reads grouped %p", (text, expected) => {
    expect(parseAmountCell(text)).toBe(expected);
  });

  it("reads a single dot as decimal, even before three digits", () => {
    expect(parseAmountCell("1.234")).toBe(1.234);
    expect(parseAmountCell("$1.234")).toBe(1.234);
  });

  it("reads a single comma before exactly three digits as thousands, unless the integer part is 0", () => {
    expect(parseAmountCell("1,234")).toBe(1234);
    expect(parseAmountCell("12,500")).toBe(12500);
    expect(parseAmountCell("0,500")).toBe(0.5);
    expect(parseAmountCell("1234,567")).toBe(1234.567);
  });

  it.each([
    ["$1,234.56", 1234.56],
    ["1.234,56 €", 1234.56],
    ["€1.234,56", 1234.56],
    ["£ 99.99", 99.99],
    ["¥1,000", 1000],
    ["R$ 1.234,56", 1234.56],
    ["R$1.234,56", 1234.56],
    ["US$ 1,234.56", 1234.56],
    ["S/ 1,234.56", 1234.56],
    ["S/. 1 234,50", 1234.5],
    ["USD 1,234.56", 1234.56],
    ["1,234.56 USD", 1234.56],
    ["EUR 1.000,00", 1000],
    ["BRL 10,00", 10],
    ["mxn 250.00", 250],
    ["ARS 1.500", 1.5],
    ["CLP 1.500.000", 1500000],
    ["COP 2.000.000,50", 2000000.5],
    ["PEN 75.10", 75.1],
  ])("strips the currency in %p", (text, expected) => {
    expect(parseAmountCell(text)).toBe(expected);
  });

  it.each([
    ["-1,234", -1234],
    ["(1,234.00)", -1234],
    ["($1,234.00)", -1234],
    ["$(1,234)", -1234],
    ["-$1,234.56", -1234.56],
    ["$-1,234.56", -1234.56],
    ["USD -1,234", -1234],
    ["1,234-", -1234],
    ["1.234,56-", -1234.56],
    ["1,234 CR", -1234],
    ["1,234cr", -1234],
    ["1,234 DR", 1234],
    ["−250", -250],
    ["R$ -1.234,56", -1234.56],
  ])("reads the negative %p", (text, expected) => {
    expect(parseAmountCell(text)).toBe(expected);
  });

  it("marks a negative once: a minus, parentheses or CR; DR adds no sign", () => {
    expect([parseAmountCell("-5"), parseAmountCell("(5)"), parseAmountCell("5 CR"), parseAmountCell("5-")]).toEqual([-5, -5, -5, -5]);
    expect([parseAmountCell("-5 DR"), parseAmountCell("(5) DR"), parseAmountCell("5 DR")]).toEqual([-5, -5, 5]);
  });

  it("refuses amounts past a quadrillion either way, numbers and text, and says that was the reason", () => {
    expect(MAX_AMOUNT).toBe(1e15);
    expect(parseAmountCell(1e15)).toBe(1e15);
    expect(parseAmountCell(-1e15)).toBe(-1e15);
    for (const value of [1e308, -1e16, "2,000,000,000,000,000", "(9.999.999.999.999.999,00)", "1" + "0".repeat(400)]) {
      expect(parseAmountCell(value)).toBe(INVALID);
      expect(amountOutOfRange(value)).toBe(true);
    }
    for (const value of [Infinity, NaN, "lots", "1e308", 5, "5"]) expect(amountOutOfRange(value)).toBe(false);
  });

  it("does not produce a negative zero", () => {
    expect(Object.is(parseAmountCell("(0.00)"), 0)).toBe(true);
  });

  it.each([
    ["abc"],
    ["TRUE"],
    ["12abc"],
    ["XYZ 100"],
    ["31.03.2026"],
    ["31/03/2026"],
    ["1,234.567.8"],
    ["1,23,456"],
    ["1.234,567,8"],
    ["12,34,567.00"],
    ["1,,234"],
    ["(1,234"],
    ["1,234)"],
    ["--5"],
    ["-5 CR"],
    ["(-5)"],
    ["-(5)"],
    ["(5) CR"],
    ["5- CR"],
    ["(5)-"],
    ["−(5)"],
    ["1 234.567,8"],
    ["1,234. 5"],
    ["10%"],
  ])("rejects %p", (text) => {
    expect(parseAmountCell(text)).toBe(INVALID);
  });

  it("reads back amounts written in either convention", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        // Exactly the double JavaScript reads from the plain text: no rounding drift.
        const expected = Number(formatCents(cents, "", "."));
        expect(parseAmountCell(formatCents(cents, ",", "."))).toBe(expected);
        expect(parseAmountCell(formatCents(cents, ".", ","))).toBe(expected);
        expect(parseAmountCell(formatCents(cents, " ", ","))).toBe(expected);
        expect(parseAmountCell(`USD ${formatCents(cents, ",", ".")}`)).toBe(expected);
      }),
    );
  });

  it("reads back whole amounts grouped in either convention", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e12 }), (n) => {
        const en = String(n).replace(/\B(?=(\d{3})+$)/g, ",");
        const es = String(n).replace(/\B(?=(\d{3})+$)/g, ".");
        expect(parseAmountCell(en)).toBe(n);
        // One dot before three digits is a decimal point by design; two or more group thousands.
        expect(parseAmountCell(es)).toBe(n >= 1_000_000 ? n : n / 1000);
      }),
    );
  });
});

describe("parseIntegerCell", () => {
  it("reads whole numbers with the amount rules", () => {
    expect(parseIntegerCell(45)).toBe(45);
    expect(parseIntegerCell("1,234")).toBe(1234);
    expect(parseIntegerCell("(3)")).toBe(-3);
    expect(parseIntegerCell(" 7 ")).toBe(7);
  });

  it("accepts formula noise around a whole number", () => {
    expect(parseIntegerCell(45.00000000001)).toBe(45);
  });

  it("rejects fractions and passes blank and invalid through", () => {
    expect(parseIntegerCell(12.5)).toBe(INVALID);
    expect(parseIntegerCell("1,5")).toBe(INVALID);
    expect(parseIntegerCell("x")).toBe(INVALID);
    expect(parseIntegerCell("")).toBe(BLANK);
    expect(parseIntegerCell(null)).toBe(BLANK);
  });
});
