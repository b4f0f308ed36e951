/**
 * Fuzzing the engine: random messy ledgers under every preset, level and
 * --skip-bad-rows. Every run either segments or returns an issue with a
 * message; it never throws. A segmentation accounts for every row once, its
 * summary is finite, and feeding the same rows in other blocks changes nothing.
 */
import fc from "fast-check";
import { createSegmenter, describeIssue, presetConfig, segment, type CellValue, type Segmentation } from "../../src/engine";
import { fuzzOptions, ledgerArb, runChoiceArb, type RunChoice } from "./ledgers";

function configOf(choice: RunChoice) {
  const preset = presetConfig(choice.preset);
  if (!preset.ok) throw new Error(describeIssue(preset.error));
  return { ...preset.value, asOf: choice.asOf, ...(choice.level ? { level: choice.level } : {}) };
}

/** Every number anywhere in a value, for the finiteness check. */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (value !== null && typeof value === "object") for (const inner of Object.values(value)) numbersIn(inner, out);
  return out;
}

function snapshot(s: Segmentation): unknown {
  return {
    summary: s.summary,
    outcomes: Array.from({ length: s.rowCount }, (_, i) => s.outcome(i)),
    excluded: s.excluded,
    skipped: s.skipped,
  };
}

describe("the engine on random ledgers", () => {
  it("segments or explains, accounts for every row once, stays finite, and does not depend on how rows are fed", () => {
    fc.assert(
      fc.property(ledgerArb, runChoiceArb, fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 8 }), (ledger, choice, blocks) => {
        const options = { config: configOf(choice), sheet: "Fuzz", today: "2025-06-30", skipBadRows: choice.skipBadRows };
        const rows = ledger.rows as CellValue[][];
        const result = segment(rows, options);
        if (!result.ok) {
          const message = describeIssue(result.error);
          expect(message).toMatch(/\S/);
          expect(message).not.toMatch(/undefined|NaN|\[object/);
          return;
        }
        const s = result.value;
        expect(s.rowCount + s.excluded.length + s.skipped.length).toBe(s.inputRows);
        // Invoices not yet issued as of the date are segmented but in no total.
        expect(s.summary.total.count + s.summary.kpis.notYetIssued).toBe(s.rowCount);
        expect(s.summary.segments.reduce((n, line) => n + line.count, 0)).toBe(s.summary.total.count);
        expect(s.summary.rowCount).toBe(s.rowCount);
        for (const n of numbersIn(s.summary)) expect(Number.isFinite(n)).toBe(true);
        for (let i = 0; i < s.rowCount; i++) {
          const o = s.outcome(i);
          expect(o.segment).toMatch(/\S/);
          expect(o.priority === null || Number.isInteger(o.priority)).toBe(true);
          expect(o.score === null || (o.score >= 0 && o.score <= 100)).toBe(true);
        }
        // The same rows in other blocks, as a file read piece by piece hands them over.
        const segmenter = createSegmenter(options);
        let at = 0;
        for (const size of blocks) {
          segmenter.pushRows(rows.slice(at, at + size));
          at += size;
        }
        for (; at < rows.length; at++) segmenter.push(rows[at]);
        const again = segmenter.finish();
        expect(again.ok).toBe(true);
        if (again.ok) expect(snapshot(again.value)).toEqual(snapshot(s));
      }),
      fuzzOptions(300),
    );
  });
});
