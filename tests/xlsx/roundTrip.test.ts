/**
 * A run's output carries every part of the input byte for byte but those it
 * must change, and what it changes keeps SpreadsheetML's element order.
 */
import ExcelJS from "exceljs";
import { presetConfig } from "../../src/engine/presets";
import { saveConfig } from "../../src/workbook/configStore";
import { segmentWorkbook } from "../../src/workbook/segmentWorkbook";
import { platformCodec } from "../../src/files/zip/codec";
import { concatBytes } from "../../src/files/zip/bytes";
import { ZipWriter } from "../../src/files/zip/zipWriter";
import { xmlTags } from "../../src/files/xml/xmlTags";
import { SCHEMA_ORDER } from "../../src/files/xlsx/schemaOrder";
import { generateLedger } from "../support/generateLedger";
import { partXml, portOf, savedBytes, xlsxBytes, zipOf } from "./support";

/** The parts a run rewrites; every other part must come out as it went in. */
const CHANGED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/worksheets/sheet2.xml",
]);

/** A workbook with more than one sheet, a comment, a defined name, a formula, and a macro project added by hand (an .xlsm). */
async function richWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = "Kept as is";
  notes.getCell("A1").note = "A comment the run must keep";
  notes.getCell("A2").value = { formula: "SUM('AR Ledger'!F2:F301)", result: 0 };
  const sheet = workbook.addWorksheet("AR Ledger");
  generateLedger({ rows: 300, dates: "date" }).forEach((row) => sheet.addRow(row));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = "A1:P301";
  workbook.definedNames.add("'AR Ledger'!$A$1:$A$301", "Customers");
  const bytes = await xlsxBytes(workbook);
  // Copy every entry and add a macro project, as an .xlsm holds one.
  const zip = zipOf(bytes);
  const chunks: Uint8Array[] = [];
  const writer = new ZipWriter({ write: (b) => void chunks.push(b.slice()) }, platformCodec);
  for (const entry of zip.entries) await writer.copy(zip, entry);
  await writer.add(
    "xl/vbaProject.bin",
    Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) % 251),
  );
  await writer.finish();
  return concatBytes(chunks);
}

async function segmented(bytes: Uint8Array): Promise<Uint8Array> {
  const config = presetConfig("collections");
  if (!config.ok) throw new Error("preset");
  const port = await portOf(bytes);
  const run = await segmentWorkbook(port, { config: config.value, sheet: "AR Ledger", today: "2025-06-30", whenOccupied: "stop" });
  if (!run.ok) throw new Error(JSON.stringify(run.error));
  const saved = await saveConfig(port, config.value);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return savedBytes(port);
}

/** The names of an element's children, in order (any namespace prefix left out). */
function childNames(xml: string, parent: string): string[] {
  const out: string[] = [];
  let depth = -1;
  for (const tag of xmlTags(xml)) {
    if (depth < 0) {
      if (tag.name === parent && tag.kind === "open") depth = 0;
      continue;
    }
    if (tag.kind === "close") {
      if (depth === 0) break;
      depth--;
    } else {
      if (depth === 0) out.push(tag.name);
      if (tag.kind === "open") depth++;
    }
  }
  return out;
}

/** True when `names` follow `order` (names not in it are not allowed). */
function inOrder(names: readonly string[], order: readonly string[]): boolean {
  let last = -1;
  for (const name of names) {
    const rank = order.indexOf(name);
    if (rank < last || rank < 0) return false;
    last = rank;
  }
  return true;
}

describe("the output workbook", () => {
  let input: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    input = await richWorkbook();
    output = await segmented(input);
  });

  it("carries every part the run does not change byte for byte, the macro project included", () => {
    const before = zipOf(input);
    const after = zipOf(output);
    const kept = before.entries.filter((e) => !CHANGED.has(e.name));
    expect(kept.map((e) => e.name)).toEqual(
      expect.arrayContaining(["xl/worksheets/sheet1.xml", "xl/theme/theme1.xml", "xl/vbaProject.bin"]),
    );
    expect(kept.some((e) => e.name.startsWith("xl/comments"))).toBe(true);
    for (const entry of kept) {
      const copy = after.byName.get(entry.name);
      expect(copy).toBeDefined();
      const a = Buffer.from(before.bytes.subarray(entry.recordStart, entry.recordEnd));
      const b = Buffer.from(after.bytes.subarray(copy!.recordStart, copy!.recordEnd));
      expect({ name: entry.name, same: a.equals(b) }).toEqual({ name: entry.name, same: true });
    }
  });

  it("keeps the defined names the user had, and marks the product's sheets with hidden names", async () => {
    const workbook = await partXml(output, "xl/workbook.xml");
    expect(workbook).toContain('name="Customers"');
    for (const marker of ["_ARSEG_SUMMARY", "_ARSEG_PIVOTDATA", "_ARSEG_SETTINGS"])
      expect(workbook).toMatch(new RegExp(`<definedName name="${marker}" hidden="1">`));
  });

  it("writes the patched sheet in SpreadsheetML order: rows ascending, cells ascending, a dimension over all of them", async () => {
    const xml = await partXml(output, "xl/worksheets/sheet2.xml");
    expect(inOrder(childNames(xml, "worksheet"), SCHEMA_ORDER.worksheet)).toBe(true);
    const rows = [...xml.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)];
    expect(rows.map((r) => Number(r[1]))).toEqual(Array.from({ length: 301 }, (_, i) => i + 1));
    let right = 0;
    for (const [, , cells] of rows) {
      const columns = [...cells.matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) =>
        m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0),
      );
      expect(columns).toEqual([...columns].sort((a, b) => a - b));
      right = Math.max(right, ...columns);
    }
    expect(right).toBe(22);
    expect(xml).toContain('<dimension ref="A1:V301"/>');
    expect(xml).toContain('<autoFilter ref="A1:V301"/>');
  });

  it("keeps the order rules of the stylesheet, the workbook and the PivotTable parts", async () => {
    expect(inOrder(childNames(await partXml(output, "xl/styles.xml"), "styleSheet"), SCHEMA_ORDER.styleSheet)).toBe(true);
    expect(inOrder(childNames(await partXml(output, "xl/workbook.xml"), "workbook"), SCHEMA_ORDER.workbook)).toBe(true);
    const names = zipOf(output).entries.map((e) => e.name);
    const table = names.find((n) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(n))!;
    const cache = names.find((n) => /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/.test(n))!;
    expect(inOrder(childNames(await partXml(output, table), "pivotTableDefinition"), SCHEMA_ORDER.pivotTableDefinition)).toBe(true);
    expect(inOrder(childNames(await partXml(output, cache), "pivotCacheDefinition"), SCHEMA_ORDER.pivotCacheDefinition)).toBe(true);
    expect(await partXml(output, "[Content_Types].xml")).toContain(`PartName="/${table}"`);
  });

  it("is the same, byte for byte, when the same run is made again", async () => {
    expect(Buffer.from(await segmented(input)).equals(Buffer.from(output))).toBe(true);
  });

  it("replaces its columns, summary and pivot on a re-run of its output, never adding a second set", async () => {
    const again = await segmented(output);
    const workbook = await partXml(again, "xl/workbook.xml");
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "Notes",
      "AR Ledger",
      "Segment Summary",
      "Segment Pivot Data",
      "_arseg_settings",
    ]);
    expect([...workbook.matchAll(/<pivotCache /g)]).toHaveLength(1);
    const names = zipOf(again).entries.map((e) => e.name);
    expect(names.filter((n) => n.startsWith("xl/pivotTables/") && n.endsWith(".xml"))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith("xl/worksheets/sheet") && n.endsWith(".xml"))).toHaveLength(5);
    const xml = await partXml(again, "xl/worksheets/sheet2.xml");
    expect(xml).toContain('<dimension ref="A1:V301"/>');
    expect([...xml.matchAll(/<conditionalFormatting /g)]).toHaveLength(1);
  });
});
