/**
 * A test double of the Excel JavaScript API, faithful where the adapter's
 * correctness and speed depend on it: load/sync and PropertyNotLoaded,
 * queued writes applied at sync, payload (in UTF-8 bytes) and cell caps, values
 * read as typed input (formulas from "=" strings), formulas that show "", the
 * used range with and without formatting, tables that grow when written beside,
 * worksheets (bounds, rename, visibility, calculate), protection, settings,
 * defined names, the date system through workbook.functions, selections of
 * several areas, conditional formats, PivotTables with their computed values,
 * charts, requirement sets. Each module documents what it imitates and from
 * which Microsoft page or office-js issue; README "What the add-in relies on
 * in Excel" lists them with the test that models each.
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
import { pivotView, type PivotView } from "./pivotView";
import {
  cellKey,
  numberFormatOf,
  readCell,
  storedValue,
  usedRect,
  writeCell,
  type ApiVersion,
  type BookState,
  type SheetState,
  type StoredValue,
} from "./state";
import { ApplicationDouble, WorkbookDouble } from "./workbook";
import { newSheetState, removeSheet } from "./worksheet";

export { ExcelDoubleError } from "./errors";
export { BLANK_ITEM, type PivotView } from "./pivotView";
export type { ApiVersion, SheetState, BookStats } from "./state";

export interface SeedSheet {
  readonly name: string;
  /** Row-major from A1. Adopted as the sheet's storage when it holds no Date/null (no copy: big benches stay cheap). */
  readonly cells: CellValue[][];
  readonly tables?: readonly { readonly name: string; readonly address: string }[];
  readonly protected?: boolean;
  /** Formula cells by A1 address, with the value each shows (e.g. `=IF(B2>0,"")` showing ""). */
  readonly formulas?: Readonly<Record<string, { readonly formula: string; readonly value: StoredValue }>>;
  /** Number formats by A1 address of a cell or range ("C2:C9": "@"), or of whole columns ("A:K": "#,##0"). */
  readonly numberFormats?: Readonly<Record<string, string>>;
  readonly visibility?: SheetState["visibility"];
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
  /** AutoCorrect's "Include new rows and columns in table" (default on). */
  readonly tableAutoExpand?: boolean;
  /** Defined names: name → "Sheet!A1" reference. */
  readonly names?: Readonly<Record<string, string>>;
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
  /** Width of a column (0-based) in points, when something set or autofitted it. */
  columnWidth(column: number): number | undefined;
  /** What the PivotTable of that name shows. */
  pivot(name: string): PivotView;
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
  /** Selects cells: "A1:K20", whole columns "A:K", or several areas "A1:B3,D1:D3". */
  select(sheet: string, address: string): void;
  /** Makes the next command at `location` (e.g. "PivotTableCollection.add") fail with `code`. */
  failAt(location: string, code: string): void;
  /** Where each defined name points: "Sheet!A1", or "#REF!" once its sheet is deleted. */
  names(): Record<string, string>;
  /** Sheets whose formulas wait for a recalculation after values were written with calculation suspended. */
  readonly staleSheets: readonly string[];
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
    state.visibility = s.visibility ?? "Visible";
    for (const [address, { formula, value }] of Object.entries(s.formulas ?? {})) {
      const { top, left } = parseAddress(address)!.rect;
      writeCell(state, top, left, value);
      state.formulas.set(cellKey(top, left), formula);
    }
    for (const [address, format] of Object.entries(s.numberFormats ?? {})) {
      const rect = parseAddress(address)!.rect;
      if (rect.rows === 1_048_576) for (let c = rect.left; c < rect.left + rect.columns; c++) state.columnFormats.set(c, format);
      else
        for (let r = rect.top; r < rect.top + rect.rows; r++)
          for (let c = rect.left; c < rect.left + rect.columns; c++) state.numberFormats.set(cellKey(r, c), format);
    }
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
    names: [],
    settings: new Map(),
    apiVersion: seed.apiVersion ?? "1.16",
    payloadLimitBytes: seed.payloadLimitBytes ?? 5 * 1024 * 1024,
    maxCellsPerGet: seed.maxCellsPerGet ?? 5_000_000,
    date1904: seed.date1904 ?? false,
    tableAutoExpand: seed.tableAutoExpand ?? true,
    cellEditMode: false,
    staleSheets: new Set(),
    calculationSuspended: false,
    failures: new Map(),
    stats: freshStats(),
    beforeSync: (n) => hooks.get(n)?.forEach((h) => h()),
    nextSheetId: id,
  };
  for (const [name, reference] of Object.entries(seed.names ?? {})) {
    const parsed = parseAddress(reference)!;
    book.names.push({ name, sheet: sheets.find((s) => s.name === parsed.sheet), rect: parsed.rect, visible: true, comment: "" });
  }

  const run = (async <T>(...args: unknown[]): Promise<T> => {
    // Excel.run(batch) or Excel.run(options, batch); unsynced commands left at the end are dropped.
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
    const ctx = new DoubleContext(book);
    const workbook = new WorkbookDouble(ctx);
    const application = new ApplicationDouble(ctx);
    workbook.application = application;
    ctx.workbook = workbook;
    ctx.application = application;
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
        numberFormat: (a) => numberFormatOf(state, at(a).top, at(a).left),
        quotePrefixed: (a) => state.quotePrefix.has(cellKey(at(a).top, at(a).left)),
        columnWidth: (c) => state.columnWidths.get(c),
        pivot: (pivotName) => {
          const p = state.pivots.find((x) => x.name === pivotName);
          if (!p) throw new Error(`Sheet "${name}" has no PivotTable "${pivotName}"`);
          return pivotView(p);
        },
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
      removeSheet(book, find(name));
    },
    select(sheet, address) {
      // The selection is on the active sheet: selecting cells activates their sheet.
      book.active = find(sheet);
      book.selection = { sheet: book.active, areas: address.split(",").map((a) => at(a.trim())) };
    },
    failAt(location, code) {
      book.failures.set(location, code);
    },
    names() {
      return Object.fromEntries(
        book.names.map((n) => [n.name, n.sheet ? `${n.sheet.name}!${cellAddress(n.rect.top, n.rect.left)}` : "#REF!"]),
      );
    },
    get staleSheets() {
      return [...book.staleSheets].map((s) => s.name);
    },
    setCellEditMode(on) {
      book.cellEditMode = on;
    },
    resetStats() {
      Object.assign(book.stats, freshStats());
      hooks.clear();
    },
  };
}

function freshStats(): BookState["stats"] {
  return {
    syncs: 0,
    largestRequestBytes: 0,
    largestResponseBytes: 0,
    totalRequestBytes: 0,
    totalResponseBytes: 0,
    suspendCalls: 0,
    screenSuspends: 0,
    refusedSyncs: 0,
    applicationCalculations: 0,
    sheetCalculations: [],
  };
}

/** "B7" for 0-based coordinates, re-exported for tests. */
export { cellAddress };
