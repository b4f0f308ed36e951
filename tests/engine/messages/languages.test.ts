import { segment } from "../../../src/engine";
import { resolveConditionField, CONDITION_FIELDS, type ConditionFieldName } from "../../../src/engine/conditionFields";
import { headerLanguage, resolveLanguage } from "../../../src/engine/language";
import { ALL_TEXTS, textsFor } from "../../../src/engine/messages";
import { FIELD_ALIASES } from "../../../src/engine/messages/fieldAliases";
import { inLanguage, presetConfig, withLanguage } from "../../../src/engine/presets";
import { config } from "../../support/engineFixtures";

const ENGLISH = [
  ["Customer", "Invoice", "Open Balance", "Due Date", "Paid Date"],
  ["Acme", "I-1", 500, "2025-05-01", ""],
  ["Beta", "I-2", 300, "2025-07-15", ""],
  ["Gamma", "I-3", 200, "2025-04-01", "2025-04-20"],
];
const SPANISH = [["Cliente", "Factura", "Saldo pendiente", "Fecha de vencimiento", "Fecha de pago"], ...ENGLISH.slice(1)];
const PORTUGUESE = [["Cliente", "Fatura", "Valor em aberto", "Data de vencimento", "Data de pagamento"], ...ENGLISH.slice(1)];

function runWith(grid: unknown[][], cfg = presetConfig("aging"), displayLanguage?: string) {
  if (!cfg.ok) throw new Error("preset");
  const result = segment(grid as never, { config: cfg.value, sheet: "Ledger", today: "2025-06-30", displayLanguage });
  if (!result.ok) throw new Error(result.error.kind);
  return result.value;
}

describe("the language a run writes in", () => {
  it("follows the headers when they are Spanish or Portuguese, else the display language, else English", () => {
    expect(runWith(SPANISH).language).toBe("es");
    expect(runWith(PORTUGUESE).language).toBe("pt");
    expect(runWith(ENGLISH).language).toBe("en");
    expect(runWith(ENGLISH, undefined, "pt-BR").language).toBe("pt");
    expect(runWith(ENGLISH, undefined, "de-DE").language).toBe("en");
  });

  it("is the configuration's when it names one, whatever the headers", () => {
    const cfg = presetConfig("aging", undefined, "pt");
    expect(runWith(SPANISH, cfg).language).toBe("pt");
    expect(resolveLanguage("en", SPANISH[0] as string[], "es-MX")).toBe("en");
  });

  it("tells Spanish from Portuguese headers, and says nothing of English ones", () => {
    expect(headerLanguage(SPANISH[0] as string[])).toBe("es");
    expect(headerLanguage(PORTUGUESE[0] as string[])).toBe("pt");
    expect(headerLanguage(ENGLISH[0] as string[])).toBeUndefined();
  });

  it("writes every output text in that language: headers, segments, buckets, strategies, reasons", () => {
    for (const [grid, language] of [
      [SPANISH, "es"],
      [PORTUGUESE, "pt"],
    ] as const) {
      const s = runWith(grid);
      const t = textsFor(language);
      expect(s.outputHeaders).toEqual(t.outputHeaders);
      const paid = s.outcome(2);
      expect(paid.segment).toBe(t.presets.segments.paid);
      expect(paid.bucket).toBe(t.buckets.paid);
      expect(s.outcome(1).bucket).toBe(t.buckets.current);
      expect(s.summary.buckets).toContain(t.buckets.current);
    }
  });
});

describe("presets in a language", () => {
  it("translates an untouched preset when a run puts it in a language, and says so", () => {
    const english = presetConfig("collections");
    if (!english.ok) throw new Error();
    const spanish = inLanguage(english.value, "es");
    expect(spanish.language).toBe("es");
    expect(spanish.name).toBe(textsFor("es").presets.names.collections);
    expect(spanish.model).not.toEqual(english.value.model);
  });

  it("keeps a user's own names as written", () => {
    const english = presetConfig("collections");
    if (!english.ok || english.value.model.kind !== "rules") throw new Error();
    const rules = english.value.model.rules.map((r, i) => (i === 1 ? { ...r, segment: "Our own name" } : r));
    const edited = { ...english.value, model: { ...english.value.model, rules } };
    const bound = inLanguage(edited, "es");
    expect(bound.model.kind === "rules" && bound.model.rules[1].segment).toBe("Our own name");
  });

  it("never re-translates a configuration that says its language (changing it is explicit)", () => {
    const pt = presetConfig("aging", undefined, "pt");
    if (!pt.ok) throw new Error();
    expect(inLanguage(pt.value, "es")).toBe(pt.value);
    const es = withLanguage(pt.value, "es");
    expect(es.language).toBe("es");
    expect(es.name).toBe(textsFor("es").presets.names.aging);
  });
});

describe("the rule language in Spanish and Portuguese", () => {
  it("resolves every alias to its field, and no alias to two fields", () => {
    for (const aliases of Object.values(FIELD_ALIASES)) {
      for (const field of Object.keys(CONDITION_FIELDS) as ConditionFieldName[]) {
        for (const alias of aliases[field]) expect([alias, resolveConditionField(alias)]).toEqual([alias, field]);
      }
    }
  });

  it("resolves the pane's field words in every language", () => {
    for (const t of ALL_TEXTS) {
      for (const field of Object.keys(CONDITION_FIELDS) as ConditionFieldName[]) {
        const resolved = resolveConditionField(t.fieldLabels[field]);
        // A word two fields would share is left out rather than guessed.
        if (resolved !== undefined) expect([t.fieldLabels[field], resolved]).toEqual([t.fieldLabels[field], field]);
      }
    }
  });

  it("segments with rules written with Spanish and Portuguese field names and bucket words", () => {
    const cfg = config({
      model: {
        kind: "rules",
        rules: [
          {
            name: "Pagadas",
            when: "Pagada",
            segment: "Pagadas",
            priority: null,
            strategy: { channel: "None", tone: "Neutral", action: "-", message: "-" },
          },
          {
            name: "Vigentes",
            when: 'AgingBucket = "Vigente"',
            segment: "Al día",
            priority: 3,
            strategy: { channel: "E-mail", tone: "Friendly", action: "-", message: "-" },
          },
          {
            name: "Atrasadas",
            when: "DíasDeAtraso > 30 and SaldoCliente > 100",
            segment: "Atrasadas",
            priority: 1,
            strategy: { channel: "Phone", tone: "Firm", action: "-", message: "-" },
          },
          {
            name: "Resto",
            when: "DiasEmAtraso >= 0",
            segment: "Resto",
            priority: 2,
            strategy: { channel: "E-mail", tone: "Firm", action: "-", message: "-" },
          },
        ],
        otherwise: { segment: "Otro", priority: 4, strategy: { channel: "E-mail", tone: "Neutral", action: "-", message: "-" } },
      },
    });
    const s = segment(SPANISH as never, { config: cfg, sheet: "Cartera", today: "2025-06-30" });
    if (!s.ok) throw new Error(s.error.kind);
    expect([0, 1, 2].map((i) => s.value.outcome(i).segment)).toEqual(["Atrasadas", "Al día", "Pagadas"]);
  });
});
