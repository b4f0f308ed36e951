/**
 * One contract, run against every WorkbookPort: the Office adapter over the
 * Excel double and the ExcelJS adapter. Through the one orchestration
 * (`segmentWorkbook`), a small ledger gets the engine's outcomes in the same
 * columns, the same summary figures, the same refusal of occupied columns,
 * and the same result when run twice.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/engine/cell";
import { cellAddress, columnLetters } from "../../src/engine/address";
import { presetConfig } from "../../src/engine/presets";
import { segment } from "../../src/engine/segment";
import { OUTPUT_HEADERS } from "../../src/engine/segmentation";
import type { XlsxPort } from "../../src/xlsx/xlsxPort";
import { segmentWorkbook, SUMMARY_SHEET } from "../../src/workbook/segmentWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";
import { ledgerGrid } from "../support/ledgers";
import { loadExcelJS, portOf, savedBytes, valuesOf, xlsxBytes } from "../xlsx/support";

interface World {
  /** The port, after what was written so far is where the face keeps it (for a file: saved and opened again). */
  port(): Promise<WorkbookPort>;
  /** A sheet's values from A1, `width` columns wide, "" for empty cells. */
  values(sheet: string, width: number): Promise<CellValue[][]>;
  hasSheet(name: string): Promise<boolean>;
}

type MakeWorld = (sheets: readonly { name: string; cells: CellValue[][] }[]) => World;

const TODAY = "2025-06-30";
const config = () => {
  const c = presetConfig("collections");
  if (!c.ok) throw new Error("preset missing");
  return c.value;
};

/** A ledger with every aging bucket, a dispute, a promise, and text that looks like a formula. */
const LEDGER = ledgerGrid([
  { customer: "Acme Foods", balance: 1200, dueDate: "2025-07-15" },
  { customer: "=Globex", balance: 5400, dueDate: "2025-06-10" },
  { customer: "+Initech", balance: 800, dueDate: "2025-05-01", disputed: "Yes" },
  { customer: "-Umbrella", balance: 15000, dueDate: "2025-03-20" },
  { customer: "@Hooli", balance: 300, dueDate: "2024-12-01", promiseDate: "2025-07-05" },
  { customer: "Acme Foods", balance: -150, dueDate: "2025-06-01" },
  { customer: "Stark Ind.", balance: 22000, dueDate: "2025-04-25" },
]);
const WIDTH = LEDGER[0].length;

/** The engine's own answer for the ledger, to hold every port to. */
function expectedOutputs(grid: CellValue[][]) {
  const result = segment(grid, { config: config(), sheet: "Ledger", today: TODAY });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const s = result.value;
  const rows: (string | number | null)[][] = grid.slice(1).map(() => OUTPUT_HEADERS.map(() => null));
  for (let i = 0; i < s.rowCount; i++) {
    const o = s.outcome(i);
    rows[s.sourceRow[i] - 1] = [o.segment, o.priority, o.strategy, o.score, o.reason, o.bucket];
  }
  return { rows: rows.map((r) => r.map((v) => (v === null ? "" : v))), summary: s.summary };
}

export function describeWorkbookContract(name: string, makeWorld: MakeWorld): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    it("writes the engine's outcomes right of the data and reports the engine's summary", async () => {
      const world = makeWorld([{ name: "Ledger", cells: LEDGER }]);
      const run = await segmentWorkbook(await world.port(), { config: config(), today: TODAY, whenOccupied: "stop" });
      if (!run.ok) throw new Error(JSON.stringify(run.error));
      const expected = expectedOutputs(LEDGER);
      const values = await world.values("Ledger", WIDTH + OUTPUT_HEADERS.length);
      expect(values[0].slice(WIDTH)).toEqual([...OUTPUT_HEADERS]);
      expect(values.slice(1).map((r) => r.slice(WIDTH))).toEqual(expected.rows);
      expect(values.slice(1).map((r) => r[0])).toEqual(LEDGER.slice(1).map((r) => r[0]));
      expect(run.value.summary).toEqual(expected.summary);
      expect(run.value.outputColumn).toBe(columnLetters(WIDTH));
      expect(await world.hasSheet(SUMMARY_SHEET)).toBe(true);
    });

    it("refuses occupied columns right of the data, naming the cells, and writes nothing", async () => {
      const cells = LEDGER.map((r, i) => (i === 3 ? [...r, "", "", "keep me"] : [...r]));
      const world = makeWorld([{ name: "Ledger", cells }]);
      const before = await world.values("Ledger", WIDTH + 6);
      const run = await segmentWorkbook(await world.port(), { config: config(), today: TODAY, whenOccupied: "stop" });
      expect(run).toEqual({ ok: false, error: { kind: "columnsOccupied", sheet: "Ledger", cells: [cellAddress(3, WIDTH + 2)] } });
      expect(await world.values("Ledger", WIDTH + 6)).toEqual(before);
      expect(await world.hasSheet(SUMMARY_SHEET)).toBe(false);
    });

    it("hands over, block by block, the same region and rows as a whole read", async () => {
      const world = makeWorld([{ name: "Ledger", cells: LEDGER }]);
      const whole = await (await world.port()).readRegion({});
      if (!whole.ok) throw new Error(JSON.stringify(whole.error));
      const rows: (readonly CellValue[])[] = [];
      const blocks = await (await world.port()).readRegionBlocks({}, () => (block) => rows.push(...block));
      const { values, ...place } = whole.value;
      expect(blocks).toEqual({ ok: true, value: { ...place, rowCount: values.length } });
      expect(rows).toEqual(values);
    });

    it("gives the same sheet when run twice (own columns updated in place)", async () => {
      const world = makeWorld([{ name: "Ledger", cells: LEDGER }]);
      const request = { config: config(), today: TODAY, whenOccupied: "stop" as const };
      expect((await segmentWorkbook(await world.port(), request)).ok).toBe(true);
      const first = await world.values("Ledger", WIDTH + 12);
      const again = await segmentWorkbook(await world.port(), request);
      expect(again.ok && again.value.outputColumn).toBe(columnLetters(WIDTH));
      expect(await world.values("Ledger", WIDTH + 12)).toEqual(first);
      expect(first[0].slice(WIDTH + 6).every((v) => v === "")).toBe(true);
    });
  });
}

/** Office adapter over the Excel double. */
const officeWorld: MakeWorld = (sheets) => {
  const excel = createExcelDouble({ sheets: sheets.map((s) => ({ name: s.name, cells: s.cells.map((r) => [...r]) })) });
  const port = officePortFor(excel);
  return {
    port: async () => port,
    values: async (sheet, width) =>
      excel
        .sheet(sheet)
        .state.rows.slice(0, LEDGER.length)
        .map((_, r) => excel.sheet(sheet).row(r, width)),
    hasSheet: async (name) => excel.book.sheets.some((s) => s.name === name),
  };
};

/**
 * The xlsx adapter over a file: written by ExcelJS, read by the port; what a
 * run wrote is saved and the file opened again (as the next run would),
 * then read back by ExcelJS.
 */
const xlsxWorld: MakeWorld = (sheets) => {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name);
    s.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
  }
  let bytes: Promise<Uint8Array> = xlsxBytes(workbook);
  let current: XlsxPort | undefined;
  const settle = async (): Promise<Uint8Array> => {
    if (current) {
      const port = current;
      current = undefined;
      bytes = savedBytes(port);
    }
    return bytes;
  };
  return {
    port: async () => (current = await portOf(await settle())),
    values: async (sheet, width) => valuesOf((await loadExcelJS(await settle())).getWorksheet(sheet)!, 1, 1, LEDGER.length, width),
    hasSheet: async (name) => (await loadExcelJS(await settle())).getWorksheet(name) !== undefined,
  };
};

describeWorkbookContract("Office.js adapter (Excel double)", officeWorld);
describeWorkbookContract("xlsx file adapter", xlsxWorld);

describe("both ports", () => {
  it("write the same output columns and report the same summary", async () => {
    const request = { config: config(), today: TODAY, whenOccupied: "stop" as const };
    const office = officeWorld([{ name: "Ledger", cells: LEDGER }]);
    const xlsx = xlsxWorld([{ name: "Ledger", cells: LEDGER }]);
    const a = await segmentWorkbook(await office.port(), request);
    const b = await segmentWorkbook(await xlsx.port(), request);
    if (!a.ok || !b.ok) throw new Error("a run failed");
    expect(a.value.summary).toEqual(b.value.summary);
    const width = WIDTH + OUTPUT_HEADERS.length;
    expect(await office.values("Ledger", width)).toEqual(await xlsx.values("Ledger", width));
  });
});
