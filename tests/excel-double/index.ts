/**
 * A test double of the Excel JavaScript API, faithful where the adapter's
 * correctness and speed depend on it: load/sync and PropertyNotLoaded,
 * queued writes applied at sync, payload and cell caps, values read as typed
 * input (formulas from "=" strings), tables, worksheets, protection, settings,
 * conditional formats, PivotTables, charts, requirement sets. Each module
 * documents what it imitates and from which Microsoft page.
 *
 * @example
 * const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: [["Customer"], ["Acme"]] }] });
 * await excel.run(async (context) => { … });
 * excel.sheet("Ledger").cell("A2") //=> "Acme"
 */
import type { CellValue } from "../../src/engine/cell";
import { cellAddress } from "../../src/engine/address";
import { parseAddress } from "./addresses";
import { DoubleContext } from "./context";
import { cellKey, readCell, storedValue, usedRect, type ApiVersion, type BookState, type SheetState, type StoredValue } from "./state";
import { ApplicationDouble, WorkbookDouble } from "./workbook";
import { newSheetState } from "./worksheet";

export { ExcelDoubleError } from "./errors";
export type { ApiVersion, SheetState, BookStats } from "./state";

export interface SeedSheet {
  readonly name: string;
  /** Row-major from A1. Adopted as the sheet's storage when it holds no Date/null (no copy: big benches stay cheap). */
  readonly cells: CellValue[][];
  readonly tables?: readonly { readonly name: string; readonly address: string }[];
  readonly protected?: boolean;
}

export interface ExcelDoubleSeed {
  readonly sheets: readonly SeedSheet[];
  readonly active?: string;
  readonly apiVersion?: ApiVersion;
  /** Request and response cap per sync (Excel on the web: 5 MB). */
  readonly payloadLimitBytes?: number;
  /** Above this many cells a get of `values` returns null (5,000,000). */
  readonly maxCellsPerGet?: number;
  readonly date1904?: boolean;
}

/** The minimal `Excel.run` shape the adapter takes. */
export type RunFunction = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SheetView {
  readonly state: SheetState;
  /** Stored value of a cell by A1 address ("" when empty). */
  cell(address: string): StoredValue;
  /** Formula text of a cell, if it holds one. */
  formula(address: string): string | undefined;
  numberFormat(address: string): string;
  /** True when the cell was written with a leading apostrophe (text). */
  quotePrefixed(address: string): boolean;
  /** The used range's values, from its top-left cell. */
  usedValues(): StoredValue[][];
  /** Values of one row (0-based), `width` cells from column A. */
  row(index: number, width: number): StoredValue[];
}

export interface ExcelDouble {
  readonly run: RunFunction;
  readonly stats: BookState["stats"];
  readonly book: BookState;
  sheet(name: string): SheetView;
  readonly settings: Map<string, unknown>;
  readonly requirements: { isSetSupported(name: string, version?: string): boolean };
  /** Runs `action` at the start of sync number `n` (1-based, counted over the double's life). */
  atSync(n: number, action: () => void): void;
  deleteSheet(name: string): void;
  select(sheet: string, address: string): void;
  setCellEditMode(on: boolean): void;
  resetStats(): void;
}

function adoptRows(cells: CellValue[][]): (StoredValue[] | undefined)[] {
  const clean = cells.every((row) => row.every((v) => v !== null && v !== undefined && !(v instanceof Date)));
  return clean ? (cells as StoredValue[][]) : cells.map((row) => row.map(storedValue));
}

export function createExcelDouble(seed: ExcelDoubleSeed): ExcelDouble {
  let id = 1;
  const sheets: SheetState[] = seed.sheets.map((s) => {
    const state = newSheetState(id++, s.name);
    state.rows = adoptRows(s.cells);
    state.protected = s.protected ?? false;
    for (const t of s.tables ?? []) {
      const rect = parseAddress(t.address)!.rect;
      const columnNames = Array.from({ length: rect.columns }, (_, i) => String(readCell(state, rect.top, rect.left + i)));
      state.tables.push({ name: t.name, rect, columnNames });
    }
    return state;
  });
  const hooks = new Map<number, (() => void)[]>();
  const book: BookState = {
    sheets,
    active: sheets.find((s) => s.name === seed.active) ?? sheets[0],
    settings: new Map(),
    apiVersion: seed.apiVersion ?? "1.16",
    payloadLimitBytes: seed.payloadLimitBytes ?? 5 * 1024 * 1024,
    maxCellsPerGet: seed.maxCellsPerGet ?? 5_000_000,
    date1904: seed.date1904 ?? false,
    cellEditMode: false,
    stats: { syncs: 0, largestRequestBytes: 0, largestResponseBytes: 0, totalRequestBytes: 0, totalResponseBytes: 0, suspendCalls: 0 },
    beforeSync: (n) => hooks.get(n)?.forEach((h) => h()),
    nextSheetId: id,
  };

  const run = (async <T>(...args: unknown[]): Promise<T> => {
    // Excel.run(batch) or Excel.run(options, batch); unsynced commands left at the end are dropped.
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
    const ctx = new DoubleContext(book);
    ctx.workbook = new WorkbookDouble(ctx);
    ctx.application = new ApplicationDouble(ctx);
    return batch(ctx as unknown as Excel.RequestContext);
  }) as RunFunction;

  const find = (name: string): SheetState => {
    const s = book.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`The double has no sheet "${name}" (sheets: ${book.sheets.map((x) => x.name).join(", ")})`);
    return s;
  };
  const at = (address: string) => parseAddress(address)!.rect;

  return {
    run,
    stats: book.stats,
    book,
    settings: book.settings,
    requirements: {
      isSetSupported(name: string, version = "1.1"): boolean {
        if (name !== "ExcelApi") return false;
        const wanted = Number(version.split(".")[1] ?? 0);
        return Number(book.apiVersion.split(".")[1]) >= wanted;
      },
    },
    sheet(name: string): SheetView {
      const state = find(name);
      return {
        state,
        cell: (a) => readCell(state, at(a).top, at(a).left),
        formula: (a) => state.formulas.get(cellKey(at(a).top, at(a).left)),
        numberFormat: (a) => state.numberFormats.get(cellKey(at(a).top, at(a).left)) ?? "General",
        quotePrefixed: (a) => state.quotePrefix.has(cellKey(at(a).top, at(a).left)),
        usedValues: () => {
          const used = usedRect(state);
          if (!used) return [];
          return Array.from({ length: used.rows }, (_, r) =>
            Array.from({ length: used.columns }, (_, c) => readCell(state, used.top + r, used.left + c)),
          );
        },
        row: (index, width) => Array.from({ length: width }, (_, c) => readCell(state, index, c)),
      };
    },
    atSync(n, action) {
      hooks.set(n, [...(hooks.get(n) ?? []), action]);
    },
    deleteSheet(name) {
      const s = find(name);
      book.sheets.splice(book.sheets.indexOf(s), 1);
      if (book.active === s) book.active = book.sheets[0];
    },
    select(sheet, address) {
      book.selection = { sheet: find(sheet), rect: at(address) };
    },
    setCellEditMode(on) {
      book.cellEditMode = on;
    },
    resetStats() {
      Object.assign(book.stats, {
        syncs: 0,
        largestRequestBytes: 0,
        largestResponseBytes: 0,
        totalRequestBytes: 0,
        totalResponseBytes: 0,
        suspendCalls: 0,
      });
      hooks.clear();
    },
  };
}

/** "B7" for 0-based coordinates, re-exported for tests. */
export { cellAddress };
