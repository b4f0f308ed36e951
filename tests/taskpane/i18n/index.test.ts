import { en } from "../../../src/taskpane/i18n/en";
import { es } from "../../../src/taskpane/i18n/es";
import { formatsFor, i18nFor, languageOf } from "../../../src/taskpane/i18n";
import { PRESET_NAMES } from "../../../src/engine/presets";

describe("the pane's languages", () => {
  it("is Spanish for any es tag and English otherwise", () => {
    expect(languageOf("es")).toBe("es");
    expect(languageOf("es-MX")).toBe("es");
    expect(languageOf("en-GB")).toBe("en");
    expect(languageOf("pt-BR")).toBe("en");
    expect(languageOf("estonian-ish")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
    expect(i18nFor("es-ES").m.apply).toBe("Aplicar segmentación");
  });

  it("has the same keys and nested keys in Spanish as in English", () => {
    const shape = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === "object" ? shape(v).map((s) => `${k}.${s}`) : [k]))
        .sort();
    expect(shape(es)).toEqual(shape(en));
  });

  it("describes every preset in both languages", () => {
    for (const name of PRESET_NAMES) {
      expect(en.presetDescription(name)).not.toBe("");
      expect(es.presetDescription(name)).not.toBe(en.presetDescription(name));
    }
  });

  it("formats amounts and dates in the user's locale", () => {
    expect(formatsFor("en-US").amount(1234.5)).toBe("1,234.50");
    expect(formatsFor("de-DE").amount(1234.5)).toBe("1.234,50");
    expect(formatsFor("en-US").date("2026-01-31")).toBe("Jan 31, 2026");
    expect(formatsFor("es-ES").date("2026-01-31")).toMatch(/31 ene 2026/);
  });
});
