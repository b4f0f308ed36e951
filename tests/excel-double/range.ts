/**
 * Excel.Range in the double. Imitated behaviour (Excel.Range reference and
 * "Read or write to a large range"):
 * - address / rowIndex / columnIndex / rowCount / columnCount / values /
 *   formulas / numberFormat are readable after load + sync only;
 * - `values` of a range larger than the per-get cell cap comes back null
 *   (OFFICE.md: above 5,000,000 cells `values` can come back null rather than throw);
 * - assigning `values` / `numberFormat` / `formulas` needs an array of exactly
 *   the range's size (InvalidArgument otherwise); each element is read as
 *   typed input (cellInput.ts); a protected sheet refuses with AccessDenied;
 * - getCell / getResizedRange / getOffsetRange / getRow / getColumn are
 *   relative to the range; `format.autofitColumns()` and `format.columnWidth`;
 *   `conditionalFormats`.
 * - `formulas` gives a formula cell's formula and every other cell's value; `valueTypes`
 *   (ExcelApi 1.1) says "Empty" only for a cell with nothing in it: a formula that shows ""
 *   (`=IF(A2>0,"")`) is "String" (Excel.RangeValueType; OFFICE.md: such a cell reads back
 *   "" in `values`, so only `formulas` or `valueTypes` tell it from an empty one);
 * - `isEntireColumn` / `isEntireRow` (ExcelApi 1.7) for A:K and 1:9;
 * - `format.autofitColumns()` sizes each column to the widest content in the range it is
 *   called on ("Excel.RangeFormat.autofitColumns": "based on the current data in the
 *   columns"): autofitting the header row alone fits the header, not the data below it. The
 *   double measures about 7 points per character plus a margin;
 * - values written while `suspendApiCalculationUntilNextSync` is in effect leave their
 *   dependents stale until something recalculates ("Excel.Application" reference: "it is
 *   the developer's responsibility to re-calc the workbook, to ensure that any dependencies
 *   are propagated");
 * - values written into the column just right of an Excel Table (or the row just below it)
 *   make the table grow to take them in, as typing there does, under Excel's AutoCorrect
 *   option "Include new rows and columns in table" (on by default; AutoFormat-as-you-type
 *   options apply to API writes too: OfficeDev/office-js#2093, #6745). Its new columns are
 *   named after their header cells.
 */
import { rectAddress } from "./addresses";
import { assignValue } from "./cellInput";
import { ConditionalFormatCollectionDouble } from "./conditionalFormats";
import { growTables } from "./tableGrowth";
import { DoubleObject, type DoubleContext } from "./context";
import { ExcelDoubleError } from "./errors";
import { requireUnprotected, type SheetRef } from "./refs";
import { cellKey, numberFormatOf, readCell, SHEET_COLUMNS, SHEET_ROWS, type Rect, type SheetState, type StoredValue } from "./state";

/** Where a range is, computed at sync time; undefined means "null object". */
export type RectRef = (sheet: SheetState) => Rect | undefined;

/** Set by worksheet.ts: builds the Worksheet proxy for `range.worksheet` (breaks an import cycle). */
export const rangeHooks: { worksheet?: (ctx: DoubleContext, ref: SheetRef) => unknown } = {};

export class RangeDouble extends DoubleObject {
  readonly format: RangeFormatDouble;
  readonly conditionalFormats: ConditionalFormatCollectionDouble;

  constructor(
    ctx: DoubleContext,
    readonly sheetRef: SheetRef,
    readonly rectRef: RectRef,
    nullable = false,
  ) {
    super(ctx, "Range");
    if (nullable) this.makeNullable(() => this.isMissing());
    this.format = new RangeFormatDouble(ctx, this);
    this.conditionalFormats = new ConditionalFormatCollectionDouble(ctx, () => this.locate("Range.conditionalFormats"));
  }

  /** True when nothing stands behind the proxy (its sheet or its cells are gone). */
  private isMissing(): boolean {
    try {
      return this.rectRef(this.sheetRef()) === undefined;
    } catch {
      return true;
    }
  }

  /** The sheet and rectangle now; ItemNotFound when the range no longer exists. */
  locate(location: string): { sheet: SheetState; rect: Rect } {
    const sheet = this.sheetRef();
    const rect = this.rectRef(sheet);
    if (!rect) throw new ExcelDoubleError("ItemNotFound", location);
    return { sheet, rect };
  }

  protected override readProperty(name: string): unknown {
    const { sheet, rect } = this.locate(`Range.${name}`);
    switch (name) {
      case "address":
        return rectAddress(sheet.name, rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.columns;
      case "cellCount":
        return rect.rows * rect.columns;
      case "values":
        return rect.rows * rect.columns > this.ctx.book.maxCellsPerGet ? null : grid(rect, (r, c) => readCell(sheet, r, c));
      case "formulas":
        return grid(rect, (r, c) => sheet.formulas.get(cellKey(r, c)) ?? readCell(sheet, r, c));
      case "valueTypes":
        return grid(rect, (r, c) => valueTypeOf(readCell(sheet, r, c), sheet.formulas.has(cellKey(r, c))));
      case "numberFormat":
        return grid(rect, (r, c) => numberFormatOf(sheet, r, c));
      case "isEntireColumn":
        return rect.top === 0 && rect.rows === SHEET_ROWS;
      case "isEntireRow":
        return rect.left === 0 && rect.columns === SHEET_COLUMNS;
      default:
        throw new ExcelDoubleError("InvalidArgument", `Range.load(${name})`);
    }
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(input: unknown[][]) {
    this.assign("values", input, (sheet, r, c, v) => assignValue(sheet, r, c, v));
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  get valueTypes(): string[][] {
    return this.loadedValue("valueTypes");
  }
  get isEntireColumn(): boolean {
    return this.loadedValue("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.loadedValue("isEntireRow");
  }
  set formulas(input: unknown[][]) {
    this.assign("formulas", input, (sheet, r, c, v) => assignValue(sheet, r, c, v));
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.assign("numberFormat", input, (sheet, r, c, v) => {
      if (v === null || v === undefined) return;
      // General over a column format of its own is still a format the cell carries.
      if (v === "General" && !sheet.columnFormats.has(c)) sheet.numberFormats.delete(cellKey(r, c));
      else sheet.numberFormats.set(cellKey(r, c), String(v));
    });
  }

  get worksheet(): unknown {
    return rangeHooks.worksheet!(this.ctx, this.sheetRef);
  }

  private assign(
    property: string,
    input: unknown[][],
    apply: (sheet: SheetState, row: number, column: number, value: unknown) => void,
  ): void {
    this.command(property, input, () => {
      const location = `Range.${property}`;
      const { sheet, rect } = this.locate(location);
      const fits =
        Array.isArray(input) && input.length === rect.rows && input.every((row) => Array.isArray(row) && row.length === rect.columns);
      if (!fits) {
        throw new ExcelDoubleError(
          "InvalidArgument",
          location,
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      requireUnprotected(sheet, location);
      for (let r = 0; r < rect.rows; r++) {
        const row = input[r];
        for (let c = 0; c < rect.columns; c++) apply(sheet, rect.top + r, rect.left + c, row[c]);
      }
      if (property === "numberFormat") return;
      syncTableHeaders(sheet, rect);
      growTables(this.ctx.book, sheet, rect);
      if (this.ctx.book.calculationSuspended) for (const s of this.ctx.book.sheets) this.ctx.book.staleSheets.add(s);
    });
  }

  private relative(transform: (rect: Rect) => Rect): RangeDouble {
    return new RangeDouble(this.ctx, this.sheetRef, (sheet) => {
      const rect = this.rectRef(sheet);
      return rect && transform(rect);
    });
  }

  getCell(row: number, column: number): RangeDouble {
    return this.relative((r) => ({ top: r.top + row, left: r.left + column, rows: 1, columns: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeDouble {
    return this.relative((r) => ({ ...r, rows: r.rows + deltaRows, columns: r.columns + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeDouble {
    return this.relative((r) => ({ ...r, top: r.top + rowOffset, left: r.left + columnOffset }));
  }
  getRow(row: number): RangeDouble {
    return this.relative((r) => ({ ...r, top: r.top + row, rows: 1 }));
  }
  getColumn(column: number): RangeDouble {
    return this.relative((r) => ({ ...r, left: r.left + column, columns: 1 }));
  }
}

/** Range.format: the members the adapter uses (autofitColumns, columnWidth, font.bold). */
export class RangeFormatDouble {
  readonly font: { bold: boolean };

  constructor(
    private readonly ctx: DoubleContext,
    private readonly range: RangeDouble,
  ) {
    const setBold = (value: boolean) => this.setBold(value);
    this.font = {
      set bold(value: boolean) {
        setBold(value);
      },
      get bold(): boolean {
        throw new ExcelDoubleError("InvalidArgument", "RangeFont.bold is not loaded");
      },
    };
  }

  private setBold(value: boolean): void {
    this.ctx.enqueue({
      location: "RangeFont.bold",
      requestBytes: 8,
      apply: () => {
        const { sheet, rect } = this.range.locate("RangeFont.bold");
        requireUnprotected(sheet, "RangeFont.bold");
        for (let r = rect.top; r < rect.top + rect.rows; r++)
          for (let c = rect.left; c < rect.left + rect.columns; c++) {
            if (value) sheet.boldCells.add(cellKey(r, c));
            else sheet.boldCells.delete(cellKey(r, c));
          }
      },
    });
  }

  autofitColumns(): void {
    this.ctx.enqueue({
      location: "RangeFormat.autofitColumns",
      requestBytes: 0,
      apply: () => {
        const { sheet, rect } = this.range.locate("RangeFormat.autofitColumns");
        requireUnprotected(sheet, "RangeFormat.autofitColumns");
        for (let c = rect.left; c < rect.left + rect.columns; c++) {
          sheet.autofitColumns.add(c);
          let widest = 0;
          for (let r = rect.top; r < rect.top + rect.rows; r++) widest = Math.max(widest, String(readCell(sheet, r, c)).length);
          sheet.columnWidths.set(c, widthForCharacters(widest));
        }
      },
    });
  }

  set columnWidth(points: number) {
    this.ctx.enqueue({
      location: "RangeFormat.columnWidth",
      requestBytes: 8,
      apply: () => {
        const { sheet, rect } = this.range.locate("RangeFormat.columnWidth");
        requireUnprotected(sheet, "RangeFormat.columnWidth");
        for (let c = rect.left; c < rect.left + rect.columns; c++) sheet.columnWidths.set(c, points);
      },
    });
  }
}

/** Points a column needs for `characters` characters of Calibri 11 (about 7 each) plus its margins. */
export function widthForCharacters(characters: number): number {
  return Math.max(8.43, characters) * 7 + 5;
}

/** Excel.RangeValueType of a stored cell. */
function valueTypeOf(value: StoredValue, isFormula: boolean): string {
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  if (typeof value === "boolean") return "Boolean";
  if (value === "") return isFormula ? "String" : "Empty";
  return /^#[A-Z/0!?]+[!?A]?$/.test(value) && isFormula ? "Error" : "String";
}

function grid<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
  const out: T[][] = new Array(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const row: T[] = new Array(rect.columns);
    for (let c = 0; c < rect.columns; c++) row[c] = cell(rect.top + r, rect.left + c);
    out[r] = row;
  }
  return out;
}

/** A table's column names are its header cells: writing a header cell renames the column. */
function syncTableHeaders(sheet: SheetState, rect: Rect): void {
  for (const t of sheet.tables) {
    const headerRow = t.rect.top;
    if (headerRow < rect.top || headerRow >= rect.top + rect.rows) continue;
    for (let i = 0; i < t.rect.columns; i++) t.columnNames[i] = String(readCell(sheet, headerRow, t.rect.left + i));
  }
}
