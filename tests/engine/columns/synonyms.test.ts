import { FIELDS } from "../../../src/engine/fields";
import { candidatesFor, EXACT_SCORE, synonymKeysOf } from "../../../src/engine/columns/headerMatch";
import { headerWords } from "../../../src/engine/columns/headerWords";
import { EXACT_ONLY, NOT_A_FIELD, QUALIFIER_WORDS, SYNONYMS, WEAK_WORDS } from "../../../src/engine/columns/synonyms";
import { synonymsOf } from "../../../src/engine/columns/detectColumns";

describe("synonyms", () => {
  it("lists synonyms for every field", () => {
    for (const field of FIELDS) expect(SYNONYMS[field].length).toBeGreaterThan(0);
  });

  it("gives each synonym (as its words, in any order) to one field only", () => {
    const owner = new Map<string, string>();
    for (const field of FIELDS) {
      for (const folded of synonymKeysOf(field)) {
        expect([folded, owner.get(folded) ?? field]).toEqual([folded, field]);
        owner.set(folded, field);
      }
    }
  });

  it("keeps known non-field headers apart from every field's synonyms", () => {
    const all = new Set(FIELDS.flatMap((field) => synonymKeysOf(field)));
    for (const header of NOT_A_FIELD) expect([header, all.has(headerWords(header).key)]).toEqual([header, false]);
  });

  it("marks as exact-only or weak only words that are synonyms", () => {
    const all = new Set(FIELDS.flatMap((field) => synonymKeysOf(field)));
    for (const word of [...EXACT_ONLY, ...WEAK_WORDS, ...QUALIFIER_WORDS])
      expect([word, all.has(headerWords(word).key)]).toEqual([word, true]);
  });

  it("matches every synonym exactly to its own field", () => {
    for (const field of FIELDS) {
      for (const synonym of SYNONYMS[field]) {
        expect([synonym, candidatesFor(headerWords(synonym))[0]]).toEqual([synonym, { field, score: EXACT_SCORE }]);
      }
    }
  });

  it("shows synonyms as people write them, accents included", () => {
    expect(synonymsOf("customer")).toContain("razón social");
    expect(synonymsOf("invoiceDate")).toContain("data de emissão");
    expect(synonymsOf("dueDate")).toContain("fecha de vencimiento");
  });
});
