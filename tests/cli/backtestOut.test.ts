/**
 * `arseg backtest --out` and `arseg compare --out`: a copy of the workbook
 * with the product's Backtest or Compare sheet, read back through the
 * product's own xlsx reader — its cells equal the JSON's figures, its lift
 * chart points at the lift table and caches its values, a hidden marker
 * names it, a re-run replaces it, a user's sheet of that name is kept, and
 * every other part of the input is copied byte for byte.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import type { BacktestResult } from "../../src/engine/backtest/backtest";
import type { CellValue } from "../../src/engine/cell";
import { inflateWhole } from "../../src/files/zip/inflate";
import { platformCodec } from "../../src/files/zip/codec";
import { partXml, portOf, zipOf } from "../xlsx/support";
import { runOn, useTempDir } from "./support";

const run = (...argv: string[]) => runOn("2030-01-01", ...argv);
const FIXTURE = path.join(__dirname, "../fixtures/exports/late-payment-camelcase.csv");
const SAMPLE_XLSX = path.join(__dirname, "../../assets/sample-ledger.xlsx");
const DATES = ["--from", "2013-02-28", "--to", "2013-05-31"];
const { at } = useTempDir();

async function sheetValues(file: string, sheet: string): Promise<CellValue[][]> {
  const port = await portOf(new Uint8Array(await fs.readFile(file)));
  const region = await port.readRegion({ sheet });
  if (!region.ok) throw new Error(JSON.stringify(region.error));
  // The region starts at A1: the title is there.
  expect([region.value.top, region.value.left]).toEqual([0, 0]);
  return region.value.values.map((row) => [...row]);
}

const rowOf = (values: CellValue[][], first: CellValue) => values.findIndex((row) => row[0] === first);
const bytesOf = async (file: string) => new Uint8Array(await fs.readFile(file));

describe("arseg backtest --out", () => {
  it("writes a Backtest sheet whose figures are the JSON's, with its lift chart and marker", async () => {
    const ran = await run("backtest", FIXTURE, "--preset", "aging", ...DATES, "--json", at("b.json"), "--out", at("b.xlsx"), "-q");
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`Backtest sheet "Backtest" → ${at("b.xlsx")}`);
    const json = JSON.parse(await fs.readFile(at("b.json"), "utf8")) as BacktestResult;
    const values = await sheetValues(at("b.xlsx"), "Backtest");
    expect(values[0][0]).toBe("Backtest: does the priority find the invoices that needed a collector?");
    const auc = values[rowOf(values, "AUC")];
    expect(auc[1]).toBeCloseTo(json.overall.auc!, 10);
    expect(auc[2]).toBe(
      `The priority puts the accounts that needed a collector first ${Math.round(json.overall.auc! * 10)} times in 10 (0.50 is a coin toss).`,
    );

    const pooled = rowOf(values, "All snapshots together") + 1;
    expect(values[pooled].slice(0, 9)).toEqual([
      "Segment",
      "Priority",
      "Open invoices",
      "Open balance",
      "Paid within 30 days",
      "Paid balance",
      "Collection rate",
      "Needed a collector",
      "Needed balance",
    ]);
    json.overall.segments.forEach((s, k) => {
      const row = values[pooled + 1 + k];
      expect(row.slice(0, 9)).toEqual([
        s.segment,
        s.priority,
        s.openInvoices,
        expect.closeTo(s.openBalance, 6),
        s.collectedInvoices,
        expect.closeTo(s.collectedBalance, 6),
        s.collectionRate === null ? null : expect.closeTo(s.collectionRate, 10),
        s.neededInvoices,
        expect.closeTo(s.neededBalance, 6),
      ]);
    });
    const total = values[pooled + 1 + json.overall.segments.length];
    expect(total[0]).toBe("Total");
    expect(total[2]).toBe(json.overall.segments.reduce((t, s) => t + s.openInvoices, 0));

    const lift = rowOf(values, "Open balance worked");
    expect(values.slice(lift + 1, lift + 11).map((r) => r.slice(0, 4))).toEqual(
      json.overall.lift.map((p) => [
        p.openShare >= 1 ? "All" : `First ${Math.round(p.openShare * 100)}%`,
        expect.closeTo(p.neededShare!, 10),
        expect.closeTo(p.openShare, 10),
        expect.closeTo(p.lift!, 10),
      ]),
    );
    const snapshots = rowOf(values, "Snapshot date");
    expect(values.slice(snapshots + 1, snapshots + 5).map((r) => r[1])).toEqual(
      json.snapshots.map((s) => s.segments.reduce((t, x) => t + x.openInvoices, 0)),
    );

    const bytes = await bytesOf(at("b.xlsx"));
    const workbook = await partXml(bytes, "xl/workbook.xml");
    expect(workbook).toMatch(/<definedName name="_ARSEG_BACKTEST" hidden="1">'Backtest'!\$A\$1<\/definedName>/);
    const charts = [...zipOf(bytes).byName.keys()].filter((p) => p.startsWith("xl/charts/"));
    expect(charts).toHaveLength(1);
    const chart = await partXml(bytes, charts[0]);
    expect(chart).toContain("<c:lineChart>");
    expect(chart).toContain(`<c:f>'Backtest'!$A$${lift + 2}:$A$${lift + 11}</c:f>`);
    expect(chart).toContain(`<c:f>'Backtest'!$B$${lift + 2}:$B$${lift + 11}</c:f>`);
    expect(chart).toContain(`<c:f>'Backtest'!$C$${lift + 1}</c:f>`);
    expect(chart).toContain(`<c:pt idx="0"><c:v>${json.overall.lift[0].neededShare}</c:v></c:pt>`);
    // The independent reader opens it, with the sheets in order.
    const exceljs = new ExcelJS.Workbook();
    await exceljs.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(exceljs.worksheets.map((w) => w.name)).toEqual(["late-payment-camelcase", "Backtest"]);
  });

  it("replaces its own sheet on a re-run and keeps every other part of the workbook byte for byte", async () => {
    const first = await run("backtest", SAMPLE_XLSX, "--preset", "collections", "--dates", "2024-12-31", "--out", at("one.xlsx"), "-q");
    expect(first.code).toBe(0);
    const again = await run(
      "backtest",
      at("one.xlsx"),
      "--preset",
      "collections",
      "--dates",
      "2025-03-31,2025-04-30",
      "--out",
      at("two.xlsx"),
      "-q",
    );
    expect(again.code).toBe(0);
    const input = zipOf(await bytesOf(SAMPLE_XLSX));
    const one = await bytesOf(at("one.xlsx"));
    const two = await bytesOf(at("two.xlsx"));
    const out = zipOf(two);
    const listed = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
    for (const entry of input.entries) {
      if (listed.has(entry.name)) continue;
      const copy = out.byName.get(entry.name);
      expect(copy).toBeDefined();
      const read = (zip: typeof input, e: typeof entry) => inflateWhole(zip, e, { codec: platformCodec, limit: 1 << 30 });
      expect(Buffer.from(await read(out, copy!)).equals(Buffer.from(await read(input, entry)))).toBe(true);
    }
    const workbook = await partXml(two, "xl/workbook.xml");
    expect(workbook.match(/<sheet /g)).toHaveLength(
      (await partXml(await bytesOf(SAMPLE_XLSX), "xl/workbook.xml")).match(/<sheet /g)!.length + 1,
    );
    expect(workbook.match(/_ARSEG_BACKTEST/g)).toHaveLength(1);
    expect([...out.byName.keys()].filter((p) => p.startsWith("xl/charts/") && p.endsWith(".xml"))).toHaveLength(1);
    expect([...zipOf(one).byName.keys()].filter((p) => p.startsWith("xl/drawings/") && p.endsWith(".xml"))).toHaveLength(1);
    const values = await sheetValues(at("two.xlsx"), "Backtest");
    expect(values[1][0]).toMatch(/2 snapshots from 2025-03-31 to 2025-04-30/);
  });

  it("keeps a user's own sheet named Backtest and writes beside it", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE_XLSX);
    workbook.addWorksheet("backtest").getCell("A1").value = "my notes";
    const input = at("mine.xlsx");
    await workbook.xlsx.writeFile(input);
    const ran = await run(
      "backtest",
      input,
      "--preset",
      "collections",
      "--dates",
      "2024-12-31",
      "--sheet",
      workbook.worksheets[0].name,
      "--out",
      at("out.xlsx"),
      "-q",
    );
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toContain('Backtest sheet "Backtest (2)"');
    expect((await sheetValues(at("out.xlsx"), "backtest"))[0][0]).toBe("my notes");
    expect((await sheetValues(at("out.xlsx"), "Backtest (2)"))[0][0]).toMatch(/^Backtest: /);
    expect(await partXml(await bytesOf(at("out.xlsx")), "xl/workbook.xml")).toContain(
      `<definedName name="_ARSEG_BACKTEST" hidden="1">'Backtest (2)'!$A$1</definedName>`,
    );
  });

  it("refuses the input as its output and leaves nothing behind when the backtest fails", async () => {
    const copy = at("ledger.xlsx");
    await fs.copyFile(SAMPLE_XLSX, copy);
    const same = await run("backtest", copy, "--dates", "2024-12-31", "--out", copy);
    expect(same.code).toBe(2);
    const late = await run("backtest", FIXTURE, "--dates", "2013-06-30", "--out", at("late.xlsx"));
    expect(late.code).toBe(2);
    await expect(fs.stat(at("late.xlsx"))).rejects.toThrow();
  });
});

describe("arseg compare --out", () => {
  it("writes a Compare sheet: the moves matrix, the priority changes and both backtests with one lift chart", async () => {
    const ran = await run(
      "compare",
      FIXTURE,
      "--preset",
      "aging",
      "--with-preset",
      "collections",
      ...DATES,
      "--json",
      at("c.json"),
      "--out",
      at("c.xlsx"),
      "-q",
    );
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    const json = JSON.parse(await fs.readFile(at("c.json"), "utf8")) as {
      moves: { from: string; to: string; invoices: number; balance: number }[];
      priority: Record<"rose" | "fell" | "same", { invoices: number; balance: number }>;
      backtests: { first: BacktestResult; second: BacktestResult };
    };
    const values = await sheetValues(at("c.xlsx"), "Compare");
    const matrix = rowOf(values, "A ↓  B →");
    const to = values[matrix].slice(1).filter((v) => v !== null && v !== "Total");
    for (const m of json.moves) {
      const r = values.findIndex((row, k) => k > matrix && row[0] === m.from);
      expect(values[r][1 + to.indexOf(m.to)]).toBe(m.invoices);
    }
    const rose = values.find((row) => row[0] === "More urgent")!;
    expect(rose.slice(1, 3)).toEqual([json.priority.rose.invoices, expect.closeTo(json.priority.rose.balance, 6)]);
    const auc = values.find((row) => row[0] === "AUC")!;
    expect(auc.slice(1, 3)).toEqual([
      expect.closeTo(json.backtests.first.overall.auc!, 10),
      expect.closeTo(json.backtests.second.overall.auc!, 10),
    ]);
    const changes = rowOf(values, "Row");
    const changed = values.slice(changes + 1).filter((row) => row[8] === "More urgent" || row[8] === "Less urgent");
    expect(changed).toHaveLength(json.priority.rose.invoices + json.priority.fell.invoices);
    // The largest open balance first.
    const balances = changed.map((row) => row[2] as number);
    expect([...balances].sort((a, b) => b - a)).toEqual(balances);
    const bytes = await bytesOf(at("c.xlsx"));
    const chart = await partXml(bytes, "xl/charts/chart1.xml");
    expect(chart.match(/<c:ser>/g)).toHaveLength(3);
    expect(await partXml(bytes, "xl/workbook.xml")).toContain(`<definedName name="_ARSEG_COMPARE" hidden="1">'Compare'!$A$1</definedName>`);
  });

  it("writes a Compare sheet without backtests when no dates are given", async () => {
    const ran = await run("compare", SAMPLE_XLSX, "--preset", "aging", "--with-preset", "collections", "--out", at("c.xlsx"), "-q");
    expect(ran.code).toBe(0);
    const values = await sheetValues(at("c.xlsx"), "Compare");
    expect(values.some((row) => row[0] === "AUC")).toBe(false);
    expect([...zipOf(await bytesOf(at("c.xlsx"))).byName.keys()].some((p) => p.startsWith("xl/charts/"))).toBe(false);
  });
});
