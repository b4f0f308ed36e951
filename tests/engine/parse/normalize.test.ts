import { foldText } from "../../../src/engine/parse/normalize";

describe("foldText", () => {
  it("lower-cases and removes accents", () => {
    expect(foldText("Razón Social")).toBe("razon social");
    expect(foldText("DATA DE EMISSÃO")).toBe("data de emissao");
    expect(foldText("Pontuação")).toBe("pontuacao");
    expect(foldText("Teléfono")).toBe("telefono");
  });

  it("turns punctuation into single spaces and trims", () => {
    expect(foldText("  Customer Name (Bill-to) ")).toBe("customer name bill to");
    expect(foldText("Inv. #")).toBe("inv");
    expect(foldText("E-mail")).toBe("e mail");
    expect(foldText("Days\u00a0past\tdue")).toBe("days past due");
  });

  it("reads the ordinal indicator as the letter o", () => {
    expect(foldText("Nº Factura")).toBe("no factura");
  });

  it("leaves nothing of text without letters or digits", () => {
    expect(foldText(" - / ")).toBe("");
    expect(foldText("")).toBe("");
  });

  it("is idempotent", () => {
    for (const s of ["Razón Social", "Nº  Factura!!", "Días de atraso", "ÇÃO-ção"]) {
      expect(foldText(foldText(s))).toBe(foldText(s));
    }
  });
});
