/**
 * Every header name the research found in real exports (tests/fixtures/exports/headers.json, each
 * with its source) maps on its own to the field it names; a posting or baseline date is the
 * invoice date or nothing, and a header that is not a field maps to none. Every bucket caption
 * reads with the lower edge the research gives, and every status word with its meaning.
 */
import * as fs from "fs";
import * as path from "path";
import { candidatesFor } from "../../../src/engine/columns/headerMatch";
import { headerWords } from "../../../src/engine/columns/headerWords";
import { bucketColumns } from "../../../src/engine/columns/agingBuckets";
import { isField } from "../../../src/engine/fields";
import { STATUS, parseStatusCell } from "../../../src/engine/parse/status";

interface Entry {
  readonly field: string;
  readonly header: string;
  readonly system: string;
  readonly kind: string;
  readonly lowerEdge?: number | null;
  readonly means?: string;
}

const entries = (
  JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "exports", "headers.json"), "utf8")) as { entries: Entry[] }
).entries;
const bestField = (header: string): string | undefined => candidatesFor(headerWords(header))[0]?.field;
/** An entry that names several captions at once, or describes one, rather than being one header. */
const described = (e: Entry): boolean => /\s\/\s|,\s|^\(|e\.g\.|\(\w+[ _]\w+\)|\(SHKZG\)|column\)/.test(e.header);
/**
 * Headers whose field the product reads otherwise, on purpose: a customer named only by the
 * layout of an aging summary (read in tests/engine/exports.test.ts), and the debit/credit
 * indicator and SAP's "Referencia", which the product reads (as the document type that signs a
 * credit, and as the invoice reference).
 */
const BY_LAYOUT = new Set(["No.", "Name", "A/C", "Total", "TOTAL"]);
const READ_ON_PURPOSE: Readonly<Record<string, string>> = {
  SHKZG: "documentType",
  "Debit/Credit ind": "documentType",
  "Soll/Haben-Kennz.": "documentType",
  Referencia: "invoice",
  "Invoice Reference": "invoice",
  DaysLate: "daysPastDue",
};

describe("headers found in real exports", () => {
  const columns = entries.filter((e) => e.kind === "column" && !described(e));

  it.each(columns.filter((e) => isField(e.field) && !BY_LAYOUT.has(e.header)).map((e) => [e.header, e.field, e.system]))(
    "%p maps to %p (%s)",
    (header, field) => {
      // A lone invoice-amount column is the open balance too (see detectColumns), so "balance" may read as "amount".
      expect(field === "balance" ? ["balance", "amount"] : [field]).toContain(bestField(header));
    },
  );

  it.each(columns.filter((e) => e.field === "postingDate" || e.field === "baselineDate").map((e) => [e.header, e.field]))(
    "%p (%s) is the invoice date or nothing",
    (header) => {
      expect([undefined, "invoiceDate"]).toContain(bestField(header));
    },
  );

  it.each(columns.filter((e) => e.field === "notAField").map((e) => [e.header, e.system]))("%p (%s) maps to no field", (header) => {
    expect(bestField(header)).toBe(READ_ON_PURPOSE[header]);
  });
});

describe("bucket captions found in real exports, in their report's order", () => {
  const bySystem = new Map<string, Entry[]>();
  for (const e of entries.filter((x) => x.kind === "bucket" && !described(x)))
    bySystem.set(e.system, [...(bySystem.get(e.system) ?? []), e]);
  /** A report's header: a current column first (unless the captions have one), the captions, a past-due bucket if none. */
  const reportOf = (captions: readonly Entry[]): string[] => {
    const current = captions.some((e) => e.lowerEdge === 0) ? [] : ["Current"];
    const pastDue = captions.some((e) => (e.lowerEdge ?? 0) > 0) ? [] : ["1 - 30"];
    return ["Customer", ...current, ...captions.map((e) => e.header), ...pastDue, "Total"];
  };
  it.each([...bySystem.entries()])("%s", (_system, captions) => {
    // Some groups list alternative captions (Corriente, Vigente, A vencer) rather than one report: read those one by one.
    const edges = captions.map((e) => e.lowerEdge);
    const groups = new Set(edges).size === edges.length ? [captions] : captions.map((e) => [e]);
    for (const group of groups) {
      const read = bucketColumns(reportOf(group));
      for (const e of group) {
        if (typeof e.lowerEdge !== "number") continue;
        expect([e.header, read.find((b) => b.header === e.header)?.lowerEdge]).toEqual([e.header, e.lowerEdge]);
      }
    }
  });
});

describe("status words found in real exports", () => {
  const code: Record<string, number> = { open: STATUS.open, paid: STATUS.paid, disputed: STATUS.disputed, credit: STATUS.credit };
  const words = entries.filter((e) => e.kind === "statusValue" && e.means !== undefined && e.means in code && !described(e));
  it.each(words.map((e) => [e.header, e.means]))("%p means %p", (word, means) => {
    expect(parseStatusCell(word, STATUS.open)).toBe(code[means!]);
  });
});
