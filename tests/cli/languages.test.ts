/**
 * A Spanish-headed and a Portuguese-headed ledger, run with no language
 * option, get no English word in anything the run writes: the output columns,
 * the summary sheet, the PivotTable's data sheet, the command line's summary
 * and what it says it read. An English ledger's texts stay English.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { ALL_TEXTS, textsFor } from "../../src/engine/messages";
import type { RunTexts } from "../../src/engine/messages";
import { run, useTempDir } from "./support";

const ASSETS = path.join(__dirname, "..", "..", "assets");
const { at } = useTempDir();

/** Every string a locale's texts hold, functions called with sample parameters. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "function") {
    try {
      const sample = (value as (...a: unknown[]) => unknown)("X", "Y", "Z", "W", "V");
      if (typeof sample === "string") out.push(sample);
    } catch {
      // A function that needs other parameters says nothing here.
    }
  } else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}

const wordsOf = (text: string): string[] => text.match(/\p{L}{3,}/gu) ?? [];

/** Words only the English texts write: none of them may appear in a Spanish or Portuguese run. */
function englishOnlyWords(others: readonly RunTexts[]): Set<string> {
  const foreign = new Set(others.flatMap((t) => stringsOf(t).flatMap(wordsOf)).map((w) => w.toLowerCase()));
  const english = stringsOf(textsFor("en")).flatMap(wordsOf);
  return new Set(english.map((w) => w.toLowerCase()).filter((w) => !foreign.has(w)));
}

/** Every text cell of a workbook's sheets. */
async function workbookTexts(file: string, only?: (sheet: string) => boolean): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const texts: string[] = [];
  for (const sheet of book.worksheets) {
    if (only && !only(sheet.name)) continue;
    texts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && texts.push(cell.value))));
  }
  return texts;
}

function englishIn(texts: readonly string[], input: readonly string[], english: Set<string>): string[] {
  // Words of the user's own file (customer names, headers) are theirs, not the product's.
  const theirs = new Set(input.flatMap(wordsOf).map((w) => w.toLowerCase()));
  const found = new Set<string>();
  for (const text of texts) for (const w of wordsOf(text)) if (english.has(w.toLowerCase()) && !theirs.has(w.toLowerCase())) found.add(w);
  return [...found].sort();
}

describe.each([
  ["es", "sample-ledger-es.xlsx"],
  ["pt", "sample-ledger-pt.csv"],
] as const)("a %s-headed ledger with no language option", (language, sample) => {
  const others = ALL_TEXTS.filter((t) => t.language !== "en");
  const english = englishOnlyWords(others);

  it("gets no English word in the workbook, the summary and what was read", async () => {
    const input = path.join(ASSETS, sample);
    // The user's words: the file's cells, and its name (a csv's sheet is named after it).
    const inputTexts = [
      path.basename(sample, path.extname(sample)),
      ...(sample.endsWith(".xlsx") ? await workbookTexts(input) : (await fs.readFile(input, "utf8")).split(/[;,\n]/)),
    ];
    const out = at("out.xlsx");
    const ran = await run(input, "--out", out, "--as-of", "2025-06-30");
    expect(ran.code).toBe(0);
    // The hidden settings sheet holds the configuration as JSON (machine words, never shown): not product text.
    const written = (await workbookTexts(out, (sheet) => sheet !== "_arseg_settings")).filter((t) => !inputTexts.includes(t));
    expect(englishIn(written, inputTexts, english)).toEqual([]);
    // The output's path is the user's too ("out.xlsx").
    expect(englishIn([ran.stdout.replaceAll(out, ""), ran.stderr], inputTexts, english)).toEqual([]);
    // And the run did write its own words, in its language.
    const t = textsFor(language);
    expect(written).toEqual(expect.arrayContaining([...t.outputHeaders, t.summary.sheetName]));
  });

  it("gets no English word in a csv output", async () => {
    const input = path.join(ASSETS, sample);
    const out = at("out.csv");
    const ran = await run(input, "--out", out, "--as-of", "2025-06-30");
    expect(ran.code).toBe(0);
    const text = await fs.readFile(out, "utf8");
    const inputText = sample.endsWith(".csv") ? await fs.readFile(input, "utf8") : "";
    const inputTexts = sample.endsWith(".xlsx") ? await workbookTexts(input) : inputText.split(/[;,\r\n]/);
    expect(englishIn([text], inputTexts, english)).toEqual([]);
    expect(text).toContain(
      textsFor(language)
        .outputHeaders.slice(0, 5)
        .join(text.includes(";") && language === "pt" ? ";" : ","),
    );
  });
});

describe("an English ledger", () => {
  it("keeps its English texts", async () => {
    const ran = await run(path.join(ASSETS, "sample-ledger.csv"), "--out", at("out.csv"), "--as-of", "2025-06-30");
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^Segment\s+Priority\s+Rows\s+Open balance\s+Share/);
    expect(ran.stdout).toContain("Total AR");
    expect(await fs.readFile(at("out.csv"), "utf8")).toContain("Segment,Priority,Strategy,Score,Reason");
  });

  it("is written in Spanish when asked (--language es), the preset's names translated", async () => {
    const ran = await run(path.join(ASSETS, "sample-ledger.csv"), "--out", at("out.csv"), "--as-of", "2025-06-30", "--language", "es");
    expect(ran.code).toBe(0);
    const es = textsFor("es");
    expect(ran.stdout).toContain(es.summary.kpis.totalAR);
    const text = await fs.readFile(at("out.csv"), "utf8");
    expect(text).toContain(es.outputHeaders.slice(0, 5).join(","));
    expect(text).toContain(es.presets.segments.current);
    expect(text).not.toContain(",Current,");
  });

  it("refuses a language it does not write, naming the option", async () => {
    const ran = await run(path.join(ASSETS, "sample-ledger.csv"), "--language", "fr");
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("--language");
  });
});
