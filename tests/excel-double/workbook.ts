/**
 * `context.workbook` and `context.application` in the double:
 * - workbook.worksheets, workbook.settings (settings.ts), workbook.names (names.ts);
 * - workbook.getSelectedRange(): "If there are multiple ranges selected, this method will
 *   throw an error" (Excel.Workbook reference) — InvalidSelection, an Excel.ErrorCodes value;
 *   workbook.getSelectedRanges() (ExcelApi 1.9) gives every area (`areaCount`, `address`);
 * - workbook.functions.date(year, month, day) (ExcelApi 1.2, "Excel.Functions"): the serial
 *   in the workbook's date system, so 1 Jan 1904 is 0 in a 1904 workbook and 1462 in a 1900
 *   one — the released way to tell the two apart;
 * - no `use1904DateSystem`: it is listed only in the preview API (OFFICE.md; absent from the
 *   released @types/office-js), so loading it fails here as loading any unknown property does;
 * - application.suspendApiCalculationUntilNextSync() (ExcelApi 1.6): writes in that sync leave
 *   dependents stale until something recalculates (range.ts); suspendScreenUpdatingUntilNextSync()
 *   (ExcelApi 1.9): counted, since "Repeated calls will cause the Excel window to flicker"
 *   (Excel.Application reference); application.calculate(type) "recalculates all currently
 *   opened workbooks in Excel", so it is counted apart from worksheet.calculate (this book only).
 */
import { DoubleObject, type DoubleContext } from "./context";
import { ExcelDoubleError } from "./errors";
import { NamedItemCollectionDouble } from "./names";
import { RangeDouble, rangeHooks } from "./range";
import { rectAddress } from "./addresses";
import { requireApi, sheetByIdentity, type SheetRef } from "./refs";
import { SettingCollectionDouble } from "./settings";
import { WorksheetCollectionDouble } from "./worksheet";

const DAY = 86400000;

export class WorkbookDouble extends DoubleObject {
  readonly worksheets: WorksheetCollectionDouble;
  readonly settings: SettingCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly functions: FunctionsDouble;
  /** The same object as `context.application` (set by index.ts). */
  application!: ApplicationDouble;

  constructor(ctx: DoubleContext) {
    super(ctx, "Workbook");
    this.worksheets = new WorksheetCollectionDouble(ctx);
    this.settings = new SettingCollectionDouble(ctx);
    this.names = new NamedItemCollectionDouble(ctx);
    this.functions = new FunctionsDouble(ctx);
  }

  protected override readProperty(name: string): unknown {
    throw new ExcelDoubleError("InvalidArgument", `Workbook.load(${name})`);
  }

  getSelectedRange(): RangeDouble {
    const book = this.ctx.book;
    const selection = book.selection ?? { sheet: book.active, areas: [{ top: 0, left: 0, rows: 1, columns: 1 }] };
    return new RangeDouble(this.ctx, sheetByIdentity(book, selection.sheet, "Workbook.getSelectedRange"), () => {
      if (selection.areas.length !== 1) throw new ExcelDoubleError("InvalidSelection", "Workbook.getSelectedRange");
      return selection.areas[0];
    });
  }

  getSelectedRanges(): RangeAreasDouble {
    const book = this.ctx.book;
    const selection = book.selection ?? { sheet: book.active, areas: [{ top: 0, left: 0, rows: 1, columns: 1 }] };
    return new RangeAreasDouble(this.ctx, sheetByIdentity(book, selection.sheet, "Workbook.getSelectedRanges"), selection.areas);
  }
}

/** RangeAreas (ExcelApi 1.9): one or more rectangles of one sheet. */
export class RangeAreasDouble extends DoubleObject {
  constructor(
    ctx: DoubleContext,
    private readonly sheetRef: SheetRef,
    private readonly areas: readonly { top: number; left: number; rows: number; columns: number }[],
  ) {
    super(ctx, "RangeAreas");
  }

  protected override readProperty(name: string): unknown {
    requireApi(this.ctx.book, 9, "RangeAreas.load");
    const sheet = this.sheetRef();
    if (name === "areaCount") return this.areas.length;
    if (name === "address") return this.areas.map((a) => rectAddress(sheet.name, a)).join(",");
    throw new ExcelDoubleError("InvalidArgument", `RangeAreas.load(${name})`);
  }

  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get worksheet(): unknown {
    return rangeHooks.worksheet!(this.ctx, this.sheetRef);
  }
}

/** workbook.functions: only DATE, which the adapter uses to tell the date system. */
export class FunctionsDouble {
  constructor(private readonly ctx: DoubleContext) {}

  date(year: number, month: number, day: number): FunctionResultDouble<number> {
    return new FunctionResultDouble(this.ctx, "Functions.date", () => {
      requireApi(this.ctx.book, 2, "Functions.date");
      const days = (Date.UTC(year, month - 1, day) - Date.UTC(1904, 0, 1)) / DAY;
      return this.ctx.book.date1904 ? days : days + 1462;
    });
  }
}

/** FunctionResult<T>: `value` (and `error`) readable after load + sync. */
export class FunctionResultDouble<T> extends DoubleObject {
  constructor(
    ctx: DoubleContext,
    location: string,
    private readonly compute: () => T,
  ) {
    super(ctx, "FunctionResult");
    void location;
  }

  protected override readProperty(name: string): unknown {
    if (name === "value") return this.compute();
    if (name === "error") return "";
    throw new ExcelDoubleError("InvalidArgument", `FunctionResult.load(${name})`);
  }

  protected override defaultProperties(): string[] {
    return ["value", "error"];
  }

  get value(): T {
    return this.loadedValue("value");
  }
  get error(): string {
    return this.loadedValue("error");
  }
}

export class ApplicationDouble {
  constructor(private readonly ctx: DoubleContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue({
      location: "Application.suspendApiCalculationUntilNextSync",
      requestBytes: 0,
      apply: () => {
        requireApi(this.ctx.book, 6, "Application.suspendApiCalculationUntilNextSync");
        this.ctx.book.stats.suspendCalls++;
        this.ctx.book.calculationSuspended = true;
      },
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue({
      location: "Application.suspendScreenUpdatingUntilNextSync",
      requestBytes: 0,
      apply: () => {
        requireApi(this.ctx.book, 9, "Application.suspendScreenUpdatingUntilNextSync");
        this.ctx.book.stats.suspendCalls++;
        this.ctx.book.stats.screenSuspends++;
      },
    });
  }

  calculate(calculationType: string): void {
    this.ctx.enqueue({
      location: "Application.calculate",
      requestBytes: calculationType.length,
      apply: () => {
        this.ctx.book.stats.applicationCalculations++;
        this.ctx.book.staleSheets.clear();
      },
    });
  }
}
