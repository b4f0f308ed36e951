/**
 * `context.workbook` and `context.application` in the double:
 * - workbook.worksheets, workbook.settings (settings.ts),
 *   workbook.getSelectedRange() (fails with InvalidSelection-like
 *   InvalidOperation when nothing is selected on a sheet, which the double never has);
 * - workbook.use1904DateSystem: listed in Microsoft's reference as a newer
 *   Workbook property and absent from the released @types/office-js; the
 *   double offers it only at apiVersion "1.16" (a stand-in for "a build that
 *   has it") and otherwise fails the load with ApiNotFound, so the adapter's
 *   guarded read is exercised both ways;
 * - application.suspendApiCalculationUntilNextSync() (ExcelApi 1.6) and
 *   suspendScreenUpdatingUntilNextSync() (ExcelApi 1.9: ApiNotFound before), counted in stats.
 */
import { DoubleObject, type DoubleContext } from "./context";
import { ExcelDoubleError } from "./errors";
import { RangeDouble } from "./range";
import { requireApi, sheetByIdentity, supports } from "./refs";
import { SettingCollectionDouble } from "./settings";
import { WorksheetCollectionDouble } from "./worksheet";

export class WorkbookDouble extends DoubleObject {
  readonly worksheets: WorksheetCollectionDouble;
  readonly settings: SettingCollectionDouble;

  constructor(ctx: DoubleContext) {
    super(ctx, "Workbook");
    this.worksheets = new WorksheetCollectionDouble(ctx);
    this.settings = new SettingCollectionDouble(ctx);
  }

  protected override readProperty(name: string): unknown {
    if (name === "use1904DateSystem") {
      if (!supports(this.ctx.book, 16)) throw new ExcelDoubleError("ApiNotFound", "Workbook.use1904DateSystem");
      return this.ctx.book.date1904;
    }
    throw new ExcelDoubleError("InvalidArgument", `Workbook.load(${name})`);
  }

  get use1904DateSystem(): boolean {
    return this.loadedValue("use1904DateSystem");
  }

  getSelectedRange(): RangeDouble {
    const book = this.ctx.book;
    const selection = book.selection ?? { sheet: book.active, rect: { top: 0, left: 0, rows: 1, columns: 1 } };
    return new RangeDouble(this.ctx, sheetByIdentity(book, selection.sheet, "Workbook.getSelectedRange"), () => selection.rect);
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
      },
    });
  }
}
