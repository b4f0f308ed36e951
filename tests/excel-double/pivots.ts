/**
 * PivotTables (ExcelApi 1.8), from "Work with PivotTables using the Excel
 * JavaScript API" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-pivottables):
 * - `worksheet.pivotTables.add(name, source, destination)`: source is a Range,
 *   a Table or an address; its header row gives the hierarchies; destination a
 *   cell (Range or address). Before 1.8 the call fails with ApiNotFound.
 * - `pivot.hierarchies.getItem(header)`, `rowHierarchies.add`, `columnHierarchies.add`,
 *   `dataHierarchies.add` → DataPivotHierarchy with `summarizeBy` and `name`.
 * - OFFICE.md: set `summarizeBy` explicitly, it can fall back to Count; the
 *   double starts every data hierarchy at Count so only an explicit setting
 *   gives Sum. The default name follows the function ("Sum of Balance").
 * - The source cannot be changed: delete (`pivot.delete()`) and add again.
 * - Adding the same hierarchy to rows and to data is allowed, as in Excel's UI
 *   ("Count of Segment" beside Segment rows).
 */
import { parseAddress } from "./addresses";
import { DoubleCollection } from "./collection";
import { DoubleClientResult, DoubleObject, type DoubleContext } from "./context";
import { ExcelDoubleError } from "./errors";
import { RangeDouble } from "./range";
import { requireApi, requireUnprotected, type SheetRef } from "./refs";
import { readCell, type BookState, type DataHierarchyState, type PivotState, type Rect, type SheetState } from "./state";
import { TableDouble } from "./tables";

type PivotRef = () => { sheet: SheetState; pivot: PivotState };

function pivotByName(sheetRef: SheetRef, name: string, location: string): PivotRef {
  let bound: PivotState | undefined;
  return () => {
    const sheet = sheetRef();
    if (!bound) bound = sheet.pivots.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (!bound || !sheet.pivots.includes(bound)) throw new ExcelDoubleError("ItemNotFound", location);
    return { sheet, pivot: bound };
  };
}

function resolveSource(book: BookState, source: unknown): { sheet: SheetState; rect: Rect; table?: string } {
  if (source instanceof RangeDouble) return source.locate("PivotTableCollection.add");
  if (source instanceof TableDouble) {
    const { sheet, table } = source.tableRef();
    return { sheet, rect: table.rect, table: table.name };
  }
  const parsed = typeof source === "string" ? parseAddress(source) : undefined;
  const sheet = parsed?.sheet ? book.sheets.find((s) => s.name === parsed.sheet) : undefined;
  if (!parsed || !sheet) throw new ExcelDoubleError("InvalidArgument", "PivotTableCollection.add");
  return { sheet, rect: parsed.rect };
}

export class PivotTableCollectionDouble extends DoubleCollection<PivotTableDouble> {
  constructor(
    ctx: DoubleContext,
    private readonly sheetRef: SheetRef,
  ) {
    super(ctx, "PivotTableCollection");
  }

  protected currentItems(): PivotTableDouble[] {
    requireApi(this.ctx.book, 8, "PivotTableCollection.items");
    return this.sheetRef().pivots.map((p) => new PivotTableDouble(this.ctx, pivotByName(this.sheetRef, p.name, "PivotTable")));
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.ctx, "PivotTableCollection.getCount", () => this.currentItems().length);
  }

  getItem(name: string): PivotTableDouble {
    return new PivotTableDouble(this.ctx, pivotByName(this.sheetRef, name, "PivotTableCollection.getItem"));
  }

  add(name: string, source: unknown, destination: unknown): PivotTableDouble {
    this.command("add", { name }, () => {
      const book = this.ctx.book;
      requireApi(book, 8, "PivotTableCollection.add");
      const sheet = this.sheetRef();
      requireUnprotected(sheet, "PivotTableCollection.add");
      if (sheet.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
        throw new ExcelDoubleError("ItemAlreadyExists", "PivotTableCollection.add");
      }
      const src = resolveSource(book, source);
      const dest =
        destination instanceof RangeDouble ? destination.locate("PivotTableCollection.add").rect : parseAddress(String(destination))?.rect;
      if (!dest) throw new ExcelDoubleError("InvalidArgument", "PivotTableCollection.add");
      const fields = Array.from({ length: src.rect.columns }, (_, i) => String(readCell(src.sheet, src.rect.top, src.rect.left + i)));
      sheet.pivots.push({
        name,
        sourceSheet: src.sheet.name,
        sourceRect: src.rect,
        sourceTable: src.table,
        destination: { row: dest.top, column: dest.left },
        fields,
        rowHierarchies: [],
        columnHierarchies: [],
        dataHierarchies: [],
      });
    });
    return new PivotTableDouble(this.ctx, pivotByName(this.sheetRef, name, "PivotTable"));
  }
}

export class PivotTableDouble extends DoubleObject {
  readonly hierarchies: { getItem(name: string): { readonly field: () => string } };
  readonly rowHierarchies: { add(h: { field: () => string }): void };
  readonly columnHierarchies: { add(h: { field: () => string }): void };
  readonly dataHierarchies: { add(h: { field: () => string }): DataPivotHierarchyDouble };

  constructor(
    ctx: DoubleContext,
    private readonly pivotRef: PivotRef,
  ) {
    super(ctx, "PivotTable");
    const field = (name: string) => (): string => {
      const { pivot } = this.pivotRef();
      const found = pivot.fields.find((f) => f.toLowerCase() === name.toLowerCase());
      if (!found) throw new ExcelDoubleError("ItemNotFound", `PivotHierarchyCollection.getItem(${name})`);
      return found;
    };
    const axis = (pick: (p: PivotState) => string[], location: string) => ({
      add: (h: { field: () => string }): void =>
        this.command(location, null, () => {
          const f = h.field();
          const list = pick(this.pivotRef().pivot);
          if (!list.includes(f)) list.push(f);
        }),
    });
    this.hierarchies = { getItem: (name: string) => ({ field: field(name) }) };
    this.rowHierarchies = axis((p) => p.rowHierarchies, "rowHierarchies.add");
    this.columnHierarchies = axis((p) => p.columnHierarchies, "columnHierarchies.add");
    this.dataHierarchies = {
      add: (h) => {
        const holder: { state?: DataHierarchyState } = {};
        this.command("dataHierarchies.add", null, () => {
          const f = h.field();
          holder.state = { field: f, summarizeBy: "Count", name: `Count of ${f}`, nameSetByUser: false };
          this.pivotRef().pivot.dataHierarchies.push(holder.state);
        });
        return new DataPivotHierarchyDouble(ctx, holder);
      },
    };
  }

  protected override readProperty(name: string): unknown {
    const { pivot } = this.pivotRef();
    if (name === "name") return pivot.name;
    throw new ExcelDoubleError("InvalidArgument", `PivotTable.load(${name})`);
  }

  protected override defaultProperties(): string[] {
    return ["name"];
  }

  get name(): string {
    return this.loadedValue("name");
  }

  delete(): void {
    this.command("delete", null, () => {
      const { sheet, pivot } = this.pivotRef();
      requireUnprotected(sheet, "PivotTable.delete");
      sheet.pivots.splice(sheet.pivots.indexOf(pivot), 1);
    });
  }
}

export class DataPivotHierarchyDouble extends DoubleObject {
  constructor(
    ctx: DoubleContext,
    private readonly holder: { state?: DataHierarchyState },
  ) {
    super(ctx, "DataPivotHierarchy");
  }

  protected override readProperty(name: string): unknown {
    const s = this.holder.state!;
    if (name === "summarizeBy") return s.summarizeBy;
    if (name === "name") return s.name;
    throw new ExcelDoubleError("InvalidArgument", `DataPivotHierarchy.load(${name})`);
  }

  get summarizeBy(): string {
    return this.loadedValue("summarizeBy");
  }
  set summarizeBy(fn: string) {
    this.command("summarizeBy", fn, () => {
      const s = this.holder.state!;
      s.summarizeBy = fn;
      if (!s.nameSetByUser) s.name = `${fn} of ${s.field}`;
    });
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(text: string) {
    this.command("name", text, () => {
      this.holder.state!.name = text;
      this.holder.state!.nameSetByUser = true;
    });
  }
}
