import fc from "fast-check";
import { candidatesFor } from "../../../src/engine/columns/headerMatch";
import { headerWords } from "../../../src/engine/columns/headerWords";
import { SYNONYMS } from "../../../src/engine/columns/synonyms";
import { FIELDS } from "../../../src/engine/fields";
import { foldText } from "../../../src/engine/parse/normalize";
import { outcomes, preset, run } from "../../support/engineFixtures";

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A spaced header written in another convention. */
const CONVENTIONS: Readonly<Record<string, (words: readonly string[]) => string>> = {
  camelCase: (w) => w[0] + w.slice(1).map(cap).join(""),
  PascalCase: (w) => w.map(cap).join(""),
  snake_case: (w) => w.join("_"),
  SCREAMING_SNAKE: (w) => w.join("_").toUpperCase(),
  "kebab-case": (w) => w.join("-"),
  "ALL CAPS": (w) => w.join(" ").toUpperCase(),
  "Title Case": (w) => w.map(cap).join(" "),
  "dotted copy": (w) => `${w.join("_")}.1`,
  "with spaces around": (w) => `  ${w.join(" ")}  `,
};

// Run-together conventions need each word to start a new capital, so one-letter words are left to the spaced ones.
const spaced = FIELDS.flatMap((field) => SYNONYMS[field].map((s) => foldText(s).split(" "))).filter((w) => w.every((x) => x.length > 1));

describe("a header in any case convention", () => {
  it("maps as its spaced form does", () => {
    fc.assert(
      fc.property(fc.constantFrom(...spaced), fc.constantFrom(...Object.keys(CONVENTIONS)), (words, convention) => {
        const plain = candidatesFor(headerWords(words.join(" ")))[0];
        const written = CONVENTIONS[convention](words);
        expect([written, candidatesFor(headerWords(written))[0]?.field]).toEqual([written, plain?.field]);
      }),
      { numRuns: 2000 },
    );
  });

  it("maps every synonym of every field in every convention", () => {
    for (const words of spaced) {
      const plain = candidatesFor(headerWords(words.join(" ")))[0]?.field;
      for (const [name, write] of Object.entries(CONVENTIONS)) {
        const written = write(words);
        expect([name, written, candidatesFor(headerWords(written))[0]?.field]).toEqual([name, written, plain]);
      }
    }
  });
});

describe("a report's section, total and footer rows", () => {
  const header = ["Customer", "Invoice", "Due Date", "Balance"];
  const items: (string | number)[][] = [
    ["ACME", "INV-1", "2026-10-01", 1200],
    ["ACME", "INV-2", "2026-11-20", 300],
    ["Borealis", "INV-3", "2026-08-15", 800],
    ["Cobalt", "CN-4", "2026-11-01", -150],
    ["Delta", "INV-5", "2026-12-30", 90],
  ];
  const noise = fc.constantFrom<(string | number)[]>(
    ["Current"],
    ["1 - 30 days past due"],
    ["91 or more days past due"],
    ["Total for ACME", "", "", 1500],
    ["TOTAL", "", "", 2240],
    [],
    ["", "", "", ""],
    ["Accrual Basis Monday, November 23, 2026 09:14 AM GMT-08:00"],
    ["Grand total", "", "", 2240],
  );

  it("change no item", () => {
    const plain = outcomes(run([header, ...items], preset("collections")));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(items.length), noise), { maxLength: 8 }), (inserts) => {
        const rows: (string | number)[][] = [...items];
        // Insert from the end so the positions stay meaningful.
        for (const [at, row] of [...inserts].sort((a, b) => b[0] - a[0])) rows.splice(at, 0, row);
        const seen = outcomes(run([header, ...rows], preset("collections")));
        expect(seen.map((o) => [o.customer, o.segment, o.openBalance])).toEqual(plain.map((o) => [o.customer, o.segment, o.openBalance]));
      }),
      { numRuns: 200 },
    );
  });
});
