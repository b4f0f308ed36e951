import { BLANK, INVALID } from "../../../src/engine/cell";
import { parseFlagCell } from "../../../src/engine/parse/flags";

describe("parseFlagCell", () => {
  it("takes booleans as they are and 1 / 0 as yes / no", () => {
    expect(parseFlagCell(true)).toBe(true);
    expect(parseFlagCell(false)).toBe(false);
    expect(parseFlagCell(1)).toBe(true);
    expect(parseFlagCell(0)).toBe(false);
  });

  it.each([
    "true",
    "TRUE",
    "yes",
    "Yes",
    "Y",
    "sí",
    "SÍ",
    "si",
    "s",
    "sim",
    "Sim",
    "x",
    "X",
    "✓",
    "✔",
    "verdadero",
    "Verdadeiro",
    "disputed",
    "Disputed",
    "en disputa",
    "Em Disputa",
    " yes ",
    "1",
  ])("reads %p as yes", (text) => {
    expect(parseFlagCell(text)).toBe(true);
  });

  it.each(["false", "FALSE", "no", "No", "N", "não", "NÃO", "nao", "falso", "Falso", "✗", "0", " no "])("reads %p as no", (text) => {
    expect(parseFlagCell(text)).toBe(false);
  });

  it.each(["n/a", "N/A", "none", "NULL", "-", "—", "#N/A", " #n/a ", "#DIV/0!"])(
    "reads the no-value %p as blank, never as disputed",
    (text) => {
      expect(parseFlagCell(text)).toBe(BLANK);
    },
  );

  it("treats empty cells and blank text as blank", () => {
    expect(parseFlagCell(null)).toBe(BLANK);
    expect(parseFlagCell(undefined)).toBe(BLANK);
    expect(parseFlagCell("")).toBe(BLANK);
    expect(parseFlagCell("   ")).toBe(BLANK);
  });

  it("rejects other numbers, text and dates", () => {
    expect(parseFlagCell(2)).toBe(INVALID);
    expect(parseFlagCell(0.5)).toBe(INVALID);
    expect(parseFlagCell("maybe")).toBe(INVALID);
    expect(parseFlagCell("yes please")).toBe(INVALID);
    expect(parseFlagCell(new Date())).toBe(INVALID);
  });

  it("answers the same for repeated texts", () => {
    for (let i = 0; i < 3; i++) {
      expect(parseFlagCell("Sí")).toBe(true);
      expect(parseFlagCell("maybe")).toBe(INVALID);
    }
  });
});
