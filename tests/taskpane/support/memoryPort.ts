import type { Grid } from "../../../src/engine/cell";
import { ok } from "../../../src/engine/result";
import type { ColumnsWrite, PlanSheetWrite, SummaryWrite, WorkbookPort } from "../../../src/workbook/port";

export interface MemoryPort extends WorkbookPort {
  readonly writes: ColumnsWrite[];
  readonly summaries: SummaryWrite[];
  readonly plans: PlanSheetWrite[];
  readonly settings: Map<string, unknown>;
  /** Cells reported as occupied by findOccupied. */
  occupied: string[];
}

/** A WorkbookPort over one sheet of values held in memory, recording what is written. */
export function memoryPort(values: Grid, sheet = "Ledger"): MemoryPort {
  const writes: ColumnsWrite[] = [];
  const summaries: SummaryWrite[] = [];
  const settings = new Map<string, unknown>();
  const plans: PlanSheetWrite[] = [];
  const port: MemoryPort = {
    face: "xlsx",
    writes,
    summaries,
    plans,
    settings,
    occupied: [],
    listSheets: async () => ok({ sheets: [sheet], active: sheet }),
    readRegion: async () => ok({ sheet, source: { kind: "range" }, top: 0, left: 0, values, date1904: false }),
    // Three rows at a time, so a run reads its rows in several blocks as it does from Excel.
    readRegionBlocks: async (_request, open) => {
      const place = { sheet, source: { kind: "range" } as const, top: 0, left: 0, date1904: false, rowCount: values.length };
      const take = open(place);
      for (let r = 0; r < values.length; r += 3) take(values.slice(r, r + 3));
      return ok(place);
    },
    findOccupied: async () => ok(port.occupied),
    writeColumns: async (write) => {
      writes.push(write);
      return ok(undefined);
    },
    writeSummary: async (write) => {
      summaries.push(write);
      return ok({ kind: "formulas" });
    },
    writePlanSheet: async (write) => {
      plans.push(write);
      return ok({ sheet: write.sheetName });
    },
    loadSetting: async (key) => ok(settings.get(key)),
    saveSetting: async (key, value) => {
      settings.set(key, value);
      return ok(undefined);
    },
  };
  return port;
}

/** A small ledger: seven invoices of three customers, aged at TODAY. */
export const TODAY = "2026-11-22";
export const SMALL_LEDGER: Grid = [
  ["Customer", "Invoice", "Open Balance", "Due Date", "Disputed"],
  ["Acme", "A-1", 1200, "2026-11-30", ""],
  ["Acme", "A-2", 800, "2026-10-01", ""],
  ["Borealis", "B-1", 5000, "2026-07-01", ""],
  ["Borealis", "B-2", 300, "2026-11-01", "Yes"],
  ["Cobalt", "C-1", 0, "2026-09-01", ""],
  ["Cobalt", "C-2", 2500, "2026-08-15", ""],
  ["Cobalt", "C-3", 700, "2026-11-15", ""],
];
