/**
 * Real export layouts (tests/fixtures/exports, built from the vendors'
 * documented layouts) read with no mapping, and give on every row what a
 * collector computes by hand (the fixture's expected file): which rows are
 * items, each item's customer, open balance, days past due, aging bucket and
 * status, and the as-of date a title line gives.
 */
import * as fs from "fs";
import * as path from "path";
import { Readable } from "stream";
import { describeIssue, segment, type Segmentation, type SegmentationConfig } from "../../src/engine";
import { readCsvRecords } from "../../src/files/csv/reader";
import { preset } from "../support/engineFixtures";
import { textsFor, type PresetSegment } from "../../src/engine/messages";

const DIR = path.join(__dirname, "..", "fixtures", "exports");
/** Long after every fixture's own date, so a fixture without a title date must say its as-of date. */
const TODAY = "2026-12-01";

interface ExpectedRow {
  readonly row: number;
  readonly kind: string;
  readonly customer?: string;
  readonly balance?: number;
  readonly daysPastDue?: number | null;
  readonly bucket?: string | null;
  readonly status?: "open" | "paid" | "disputed" | "credit" | "not-yet-issued";
}

interface Expected {
  readonly fixture: string;
  readonly asOf: string;
  readonly asOfFrom: "title" | "none";
  readonly fields?: Readonly<Record<string, string>>;
  readonly rows: readonly ExpectedRow[];
}

async function csvGrid(file: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const record of readCsvRecords(Readable.from([fs.readFileSync(file)]))) rows.push(record.cells);
  return rows;
}

function run(grid: readonly (readonly string[])[], config: SegmentationConfig, expected: Expected): Segmentation {
  const withDate = expected.asOfFrom === "title" ? config : { ...config, asOf: expected.asOf };
  const result = segment(grid, { config: withDate, sheet: expected.fixture, today: TODAY });
  if (!result.ok) throw new Error(describeIssue(result.error));
  return result.value;
}

/** The segmented row of each 1-based record number. */
function byRecord(s: Segmentation): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i < s.rowCount; i++) map.set(s.sourceRow[i] + 1, i);
  return map;
}

/**
 * The header an expected file names for a field: as written, or "column N" (1-based) for the
 * convention variants, "(M in dotted-suffix.csv)" or "(M)" giving the dotted-suffix file's column.
 */
function wantedHeader(want: string | undefined, header: readonly string[], file: string): string | undefined {
  if (want === undefined) return undefined;
  const byColumn = /^column (\d+)(?: \((\d+)(?: in ([^)]+))?\))?$/.exec(want);
  if (!byColumn) return want.includes(" with ") ? undefined : want;
  const other = byColumn[2] !== undefined && (byColumn[3] === undefined ? file === "dotted-suffix.csv" : file === byColumn[3]);
  return header[Number(other ? byColumn[2] : byColumn[1]) - 1];
}

/** The segment the aging preset gives an item, in the words of the run's language (the headers' language: these exports are read with no language option). */
const AGING_SEGMENT: Record<string, (bucket: string, s: Segmentation) => string> = {
  open: (bucket) => bucket,
  disputed: (bucket) => bucket,
  paid: (_, s) => segmentName(s, "paid"),
  credit: (_, s) => segmentName(s, "credit"),
  "not-yet-issued": (_, s) => segmentName(s, "notYetIssued"),
};

/** An expected file's bucket label in the run's language (the word buckets, Current and Paid, are translated; ranges stay). */
function bucketWord(s: Segmentation, label: string): string {
  const words = textsFor(s.language).buckets;
  return label === "Paid" ? words.paid : label === "Current" ? words.current : label;
}

function segmentName(s: Segmentation, key: PresetSegment): string {
  return textsFor(s.language).presets.segments[key];
}

function expectedFiles(): { csv: string; expected: Expected }[] {
  const found: { csv: string; expected: Expected }[] = [];
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) {
        if (name !== "build") walk(full);
      } else if (name.endsWith(".csv")) {
        const own = `${full}.expected.json`;
        const shared = path.join(dir, "expected.json");
        const file = fs.existsSync(own) ? own : shared;
        const expected = JSON.parse(fs.readFileSync(file, "utf8")) as Expected;
        found.push({ csv: full, expected: { ...expected, fixture: path.relative(DIR, full) } });
      }
    }
  };
  walk(DIR);
  return found;
}

describe.each(expectedFiles())("$expected.fixture", ({ csv, expected }) => {
  let grid: string[][];
  let aging: Segmentation;
  beforeAll(async () => {
    grid = await csvGrid(csv);
    aging = run(grid, preset("aging"), expected);
  });

  it("reads the as-of date it implies", () => {
    expect(aging.reading.asOf.date).toBe(expected.asOf);
    expect(aging.reading.asOf.source.kind).toBe(expected.asOfFrom === "title" ? "title" : "given");
  });

  it("reads the columns a collector would take", () => {
    const read = Object.fromEntries(aging.reading.fields.map((f) => [f.field, f.header]));
    const header = grid[aging.reading.headerRow - 1];
    for (const field of ["customer", "balance", "dueDate", "paidDate", "status"]) {
      const want = wantedHeader(expected.fields?.[field], header, path.basename(csv));
      if (want !== undefined) expect([field, read[field]]).toEqual([field, want]);
    }
  });

  it("segments the items, and only them", () => {
    const rows = byRecord(aging);
    const items = expected.rows.filter((r) => r.kind === "item");
    expect(aging.rowCount).toBe(items.length);
    for (const item of items) {
      const i = rows.get(item.row);
      expect([item.row, i === undefined ? "not segmented" : "segmented"]).toEqual([item.row, "segmented"]);
      const o = aging.outcome(i!);
      const label = bucketWord(aging, item.bucket ?? "");
      expect([item.row, o.customer]).toEqual([item.row, item.customer]);
      expect([item.row, o.segment]).toEqual([item.row, AGING_SEGMENT[item.status!](label, aging)]);
      if (item.status === "not-yet-issued") continue;
      expect([item.row, o.bucket]).toEqual([item.row, label]);
      expect([item.row, Math.round(o.openBalance * 100) / 100]).toEqual([item.row, item.balance]);
      if (item.daysPastDue !== null && item.daysPastDue !== undefined)
        expect([item.row, o.daysPastDue]).toEqual([item.row, item.daysPastDue]);
    }
  });

  it("sets disputed items apart", () => {
    const disputed = expected.rows.filter((r) => r.status === "disputed");
    if (disputed.length === 0) return;
    const collections = run(grid, preset("collections"), expected);
    const rows = byRecord(collections);
    for (const item of disputed)
      expect([item.row, collections.outcome(rows.get(item.row)!).segment]).toEqual([item.row, segmentName(collections, "dispute")]);
  });

  it("never chases a credit", () => {
    const collections = run(grid, preset("collections"), expected);
    const rows = byRecord(collections);
    for (const item of expected.rows.filter((r) => r.status === "credit")) {
      const o = collections.outcome(rows.get(item.row)!);
      expect([item.row, o.segment, o.priority]).toEqual([item.row, segmentName(collections, "credit"), null]);
    }
  });
});
