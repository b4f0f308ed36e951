/**
 * Worksheets, from the Excel.Worksheet / WorksheetCollection references and
 * "Work with worksheets using the Excel JavaScript API":
 * - getItem(name) fails at sync with ItemNotFound when there is no such sheet;
 *   getItemOrNullObject(name) gives `isNullObject` instead; getActiveWorksheet();
 *   add(name) (ItemAlreadyExists for a taken name); delete().
 * - getRange(address), getRangeByIndexes(row, column, rows, columns) (ExcelApi 1.7): a range
 *   past the sheet's 1,048,576 rows or 16,384 columns fails with InvalidArgument ("Excel
 *   specifications and limits": a worksheet is 1,048,576 × 16,384);
 * - getUsedRange(valuesOnly) (a blank sheet gives A1) and getUsedRangeOrNullObject (ExcelApi 1.4:
 *   a null object on a blank sheet): without `valuesOnly`, formatted cells count as used (a
 *   number format given to whole columns makes the used range run to row 1,048,576); with it,
 *   only cells with values or formulas do (state.ts, usedRect).
 * - `name` can be set (a rename; ItemAlreadyExists for a name taken, ignoring case);
 *   `visibility` ("Visible", "Hidden", "VeryHidden"; ExcelApi 1.1); `calculate(markAllDirty)`
 *   (ExcelApi 1.6) recalculates this sheet only.
 * - protection.protected (ExcelApi 1.2); writes to a protected sheet fail (refs.ts).
 * - A proxy stays bound to its sheet: after the sheet is deleted, every command
 *   through it fails with ItemNotFound.
 */
import { parseAddress } from "./addresses";
import { ChartCollectionDouble } from "./charts";
import { DoubleCollection } from "./collection";
import { DoubleClientResult, DoubleObject, type DoubleContext } from "./context";
import { ExcelDoubleError } from "./errors";
import { PivotTableCollectionDouble } from "./pivots";
import { RangeDouble, rangeHooks } from "./range";
import { requireApi, sheetByIdentity, sheetByName, type SheetRef } from "./refs";
import { SHEET_COLUMNS, SHEET_ROWS, usedRect, type SheetState, type SheetVisibility } from "./state";
import { TableCollectionDouble } from "./tables";

export class WorksheetProtectionDouble extends DoubleObject {
  constructor(
    ctx: DoubleContext,
    private readonly sheetRef: SheetRef,
  ) {
    super(ctx, "WorksheetProtection");
  }

  protected override readProperty(name: string): unknown {
    if (name === "protected") return this.sheetRef().protected;
    throw new ExcelDoubleError("InvalidArgument", `WorksheetProtection.load(${name})`);
  }

  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

export class WorksheetDouble extends DoubleObject {
  readonly protection: WorksheetProtectionDouble;
  readonly tables: TableCollectionDouble;
  readonly pivotTables: PivotTableCollectionDouble;
  readonly charts: ChartCollectionDouble;

  constructor(
    ctx: DoubleContext,
    readonly sheetRef: SheetRef,
    nullable = false,
  ) {
    super(ctx, "Worksheet");
    if (nullable) this.makeNullable(() => missing(sheetRef));
    this.protection = new WorksheetProtectionDouble(ctx, sheetRef);
    this.tables = new TableCollectionDouble(ctx, sheetRef);
    this.pivotTables = new PivotTableCollectionDouble(ctx, sheetRef);
    this.charts = new ChartCollectionDouble(ctx, sheetRef);
  }

  protected override child(name: string): DoubleObject | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  protected override defaultProperties(): string[] {
    return ["name"];
  }

  protected override readProperty(name: string): unknown {
    const sheet = this.sheetRef();
    if (name === "name") return sheet.name;
    if (name === "position") return this.ctx.book.sheets.indexOf(sheet);
    if (name === "visibility") return sheet.visibility;
    throw new ExcelDoubleError("InvalidArgument", `Worksheet.load(${name})`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.command("name", value, () => {
      const book = this.ctx.book;
      const sheet = this.sheetRef();
      const taken = book.sheets.some((s) => s !== sheet && s.name.toLowerCase() === value.toLowerCase());
      if (taken) throw new ExcelDoubleError("ItemAlreadyExists", "Worksheet.name");
      if (!validSheetName(value)) throw new ExcelDoubleError("InvalidArgument", "Worksheet.name");
      sheet.name = value;
    });
  }
  get visibility(): SheetVisibility {
    return this.loadedValue("visibility");
  }
  set visibility(value: SheetVisibility) {
    this.command("visibility", value, () => {
      const book = this.ctx.book;
      const sheet = this.sheetRef();
      // Excel keeps at least one sheet visible.
      if (value !== "Visible" && !book.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw new ExcelDoubleError("InvalidOperation", "Worksheet.visibility");
      }
      sheet.visibility = value;
    });
  }

  calculate(markAllDirty: boolean): void {
    this.command("calculate", markAllDirty, () => {
      requireApi(this.ctx.book, 6, "Worksheet.calculate");
      const sheet = this.sheetRef();
      this.ctx.book.stats.sheetCalculations.push(sheet.name);
      this.ctx.book.staleSheets.delete(sheet);
    });
  }
  getRange(address?: string): RangeDouble {
    const parsed = address === undefined ? parseAddress("A:XFD") : parseAddress(address);
    return new RangeDouble(this.ctx, this.sheetRef, () => {
      if (!parsed) throw new ExcelDoubleError("InvalidArgument", `Worksheet.getRange(${address})`);
      return parsed.rect;
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeDouble {
    return new RangeDouble(this.ctx, this.sheetRef, () => {
      const inside = row >= 0 && column >= 0 && rows >= 1 && columns >= 1 && row + rows <= SHEET_ROWS && column + columns <= SHEET_COLUMNS;
      if (!inside) throw new ExcelDoubleError("InvalidArgument", "Worksheet.getRangeByIndexes");
      return { top: row, left: column, rows, columns };
    });
  }

  getCell(row: number, column: number): RangeDouble {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): RangeDouble {
    return new RangeDouble(this.ctx, this.sheetRef, (s) => usedRect(s, valuesOnly === true) ?? { top: 0, left: 0, rows: 1, columns: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeDouble {
    return new RangeDouble(this.ctx, this.sheetRef, (s) => usedRect(s, valuesOnly === true), true);
  }

  activate(): void {
    this.command("activate", null, () => {
      this.ctx.book.active = this.sheetRef();
    });
  }

  delete(): void {
    this.command("delete", null, () => {
      const book = this.ctx.book;
      const sheet = this.sheetRef();
      if (!book.sheets.some((s) => s !== sheet && s.visibility === "Visible"))
        throw new ExcelDoubleError("InvalidOperation", "Worksheet.delete");
      removeSheet(book, sheet);
    });
  }
}

/** Takes a sheet out of the book: names that pointed at it now read #REF!, and the active sheet moves. */
export function removeSheet(book: import("./state").BookState, sheet: SheetState): void {
  book.sheets.splice(book.sheets.indexOf(sheet), 1);
  for (const n of book.names) if (n.sheet === sheet) n.sheet = undefined;
  if (book.active === sheet) book.active = book.sheets.find((s) => s.visibility === "Visible") ?? book.sheets[0];
}

/** Excel's rules for a sheet name: 1-31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

function missing(ref: () => unknown): boolean {
  try {
    ref();
    return false;
  } catch {
    return true;
  }
}

rangeHooks.worksheet = (ctx, ref) => new WorksheetDouble(ctx, ref);

export class WorksheetCollectionDouble extends DoubleCollection<WorksheetDouble> {
  constructor(ctx: DoubleContext) {
    super(ctx, "WorksheetCollection");
  }

  protected currentItems(): WorksheetDouble[] {
    return this.ctx.book.sheets.map((s) => new WorksheetDouble(this.ctx, sheetByIdentity(this.ctx.book, s, "Worksheet")));
  }

  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.ctx, sheetByName(this.ctx.book, name, "WorksheetCollection.getItem"));
  }

  getItemOrNullObject(name: string): WorksheetDouble {
    return new WorksheetDouble(this.ctx, sheetByName(this.ctx.book, name, "WorksheetCollection.getItemOrNullObject"), true);
  }

  getActiveWorksheet(): WorksheetDouble {
    let bound: SheetState | undefined;
    return new WorksheetDouble(this.ctx, () => {
      if (!bound) bound = this.ctx.book.active;
      return sheetByIdentity(this.ctx.book, bound, "Worksheet")();
    });
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.ctx, "WorksheetCollection.getCount", () => this.ctx.book.sheets.length);
  }

  add(name: string): WorksheetDouble {
    this.command("add", name, () => {
      const book = this.ctx.book;
      if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new ExcelDoubleError("ItemAlreadyExists", "WorksheetCollection.add");
      }
      if (!validSheetName(name)) throw new ExcelDoubleError("InvalidArgument", "WorksheetCollection.add");
      book.sheets.push(newSheetState(book.nextSheetId++, name));
    });
    return this.getItem(name);
  }
}

export function newSheetState(id: number, name: string): SheetState {
  return {
    id,
    name,
    rows: [],
    formulas: new Map(),
    numberFormats: new Map(),
    columnFormats: new Map(),
    quotePrefix: new Set(),
    columnWidths: new Map(),
    autofitColumns: new Set(),
    boldCells: new Set(),
    protected: false,
    visibility: "Visible",
    tables: [],
    conditionalFormats: [],
    pivots: [],
    charts: [],
  };
}
