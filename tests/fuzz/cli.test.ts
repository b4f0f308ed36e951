/**
 * Fuzzing the command line: random messy ledgers written as csv in random
 * styles, run with random presets and options. Every run exits 0 or 2 (never
 * an internal error), a refusal is one message and leaves no file behind, the
 * output has one record per input record with the segmented rows counted as
 * the summary says, and a re-run on the output changes nothing. Some runs also
 * go through a workbook (csv → xlsx → xlsx → csv), which must agree.
 */
import { ALL_TEXTS } from "../../src/engine/messages";
import fc from "fast-check";
import { promises as fs } from "fs";
import * as path from "path";
import { readCsvRecords } from "../../src/files/csv/reader";
import { CSV_OUTPUT_HEADERS } from "../../src/engine/segmentation";
import { problemLines, run, summaryFigures, useTempDir, type Ran } from "../cli/support";
import { csvOf, csvStyleArb, fuzzOptions, ledgerArb, runChoiceArb, type RunChoice } from "./ledgers";

const temp = useTempDir();

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** The records of a csv text as the command line reads them (delimiter detected). */
async function recordsOf(text: string): Promise<string[][]> {
  const records: string[][] = [];
  for await (const record of readCsvRecords(once(text))) records.push(record.cells);
  return records;
}

function optionsOf(choice: RunChoice): string[] {
  return [
    "--preset",
    choice.preset,
    "--as-of",
    choice.asOf,
    ...(choice.level ? ["--level", choice.level] : []),
    ...(choice.skipBadRows ? ["--skip-bad-rows"] : []),
  ];
}

/**
 * A text as an xlsx written by ExcelJS gives it back: without control characters, and with CR as LF (XML
 * reads a line end as LF; OOXML's _x000D_ escape is not written). The xlsx writer is to escape both.
 */
const asXlsxKeepsIt = (text: string) => text.replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/\r\n?/g, "\n");

/** A refusal is one message; an internal error (exit 1) fails the property, with its text. */
function expectDoneOrRefused(ran: Ran): void {
  if (ran.code === 1) throw new Error(`internal error: ${ran.stderr}`);
  expect([0, 2]).toContain(ran.code);
  if (ran.code === 2) {
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(/^arseg: \S/);
    expect(ran.stderr).not.toMatch(/undefined|NaN|\[object/);
  }
}

/** The rows the output says it segmented: a non-empty Segment field (its own fields close every record). */
function segmentedRows(records: readonly (readonly string[])[]): number {
  // The output headers in the run's language (the headers' language decides it).
  const n = CSV_OUTPUT_HEADERS.length;
  const own = new Set(ALL_TEXTS.map((t) => t.outputHeaders.slice(0, n).join("\u0000")));
  const header = records.findIndex((r) => own.has(r.slice(-n).join("\u0000")));
  expect(header).toBeGreaterThanOrEqual(0);
  return records.slice(header + 1).filter((r) => r[r.length - CSV_OUTPUT_HEADERS.length] !== "").length;
}

describe("the command line on random ledgers", () => {
  it("exits 0 or 2, counts every row, and changes nothing when run again on its output", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(ledgerArb, csvStyleArb, runChoiceArb, fc.nat(9), async (ledger, style, choice, route) => {
        const dir = path.join(temp.path(), `run-${n++}`);
        await fs.mkdir(dir);
        const at = (name: string) => path.join(dir, name);
        const text = csvOf(ledger, style);
        await fs.writeFile(at("in.csv"), text);
        const options = optionsOf(choice);

        const first = await run(at("in.csv"), ...options, "--out", at("out.csv"), "--summary-json", at("s.json"));
        expectDoneOrRefused(first);
        if (first.code === 2) {
          expect((await fs.readdir(dir)).sort()).toEqual(["in.csv"]);
          return;
        }
        const out = await fs.readFile(at("out.csv"), "utf8");
        const summary = JSON.parse(await fs.readFile(at("s.json"), "utf8")) as { rowCount: number };
        const outRecords = await recordsOf(out);
        expect(outRecords).toHaveLength((await recordsOf(text)).length);
        expect(segmentedRows(outRecords)).toBe(summary.rowCount);
        // The closing line in the run's language (the headers' language decides it).
        expect(
          ALL_TEXTS.some((t) => first.stdout.includes(t.cli.segmented(t.formats.count(summary.rowCount), "in.csv", at("out.csv")))),
        ).toBe(true);

        const again = await run(at("out.csv"), ...options, "--out", at("again.csv"), "--summary-json", at("again.json"));
        expect(problemLines(again.stderr.replaceAll("out.csv", "in.csv"))).toEqual(problemLines(first.stderr));
        expect(again.code).toBe(0);
        expect(await fs.readFile(at("again.csv"), "utf8")).toBe(out);
        expect(await summaryFigures(at("again.json"))).toEqual(await summaryFigures(at("s.json")));

        if (route !== 0) return;
        // Through a workbook: csv → xlsx, its re-run, and back to csv all give the same summary and reports (on sheet "in").
        const json = await summaryFigures(at("s.json"));
        for (const [input, output] of [
          ["in.csv", "book.xlsx"],
          ["book.xlsx", "again.xlsx"],
          ["again.xlsx", "back.csv"],
        ]) {
          const step = await run(at(input), ...options, "--out", at(output), "--summary-json", at(`${output}.json`));
          // A record wider than its header puts cells where the workbook's output columns go: refused there, not lost.
          if (input === "in.csv" && step.code === 2 && /the columns right of the data are not empty/.test(step.stderr)) return;
          expect({ code: step.code, stderr: problemLines(asXlsxKeepsIt(step.stderr)) }).toEqual({
            code: 0,
            // The csv is named "in.csv", its workbook sheet "in" (in any language's quoting).
            stderr: problemLines(asXlsxKeepsIt(first.stderr.replace(/(["«])in\.csv(["»])/g, "$1in$2"))),
          });
          expect(await summaryFigures(at(`${output}.json`))).toEqual(json);
        }
      }),
      fuzzOptions(60),
    );
  }, 600_000);
});
