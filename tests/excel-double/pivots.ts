/**
 * PivotTables (ExcelApi 1.8), from "Work with PivotTables using the Excel
 * JavaScript API" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-pivottables):
 * - `worksheet.pivotTables.add(name, source, destination)`: source is a Range,
 *   a Table or an address; its header row gives the hierarchies; destination a
 *   cell (Range or address). Before 1.8 the call fails with ApiNotFound.
 * - A header cell that is blank is refused, as Excel refuses it ("The PivotTable field name
 *   is not valid…": a source must be a list with labelled columns). Two columns of one name
 *   are refused too: Excel would tell them apart only by a number it appends, and
 *   `hierarchies.getItem(name)` would then pick one by position (issue 11, item 12).
 * - `pivot.hierarchies.getItem(header)`, `rowHierarchies.add`, `columnHierarchies.add`,
 *   `dataHierarchies.add` → DataPivotHierarchy with `summarizeBy` and `name`.
 * - "Each hierarchy can only exist in one of the four categories… If Type is subsequently
 *   added to row hierarchies, it is removed from the column hierarchies" (same page): adding a
 *   hierarchy to an axis takes it off the others (rows, columns, data). The data category may
 *   hold one field twice, as Excel's Values area does (count and sum of one column; design
 *   note D1); the second caption gets a number appended until it is renamed.
 * - OFFICE.md: set `summarizeBy` explicitly, it can fall back to Count; the
 *   double starts every data hierarchy at Count so only an explicit setting
 *   gives Sum. The default name follows the function ("Sum of Balance").
 * - The values are computed from the pivot cache, a copy of the source taken at creation and
 *   at `refresh()` (ExcelApi 1.3): "PivotTables don't refresh by themselves" (OFFICE.md). A
 *   blank source cell on an axis becomes the item "(blank)"; Count counts non-empty cells and
 *   Sum adds the numbers.
 * - Items of a row or column field are in ascending order: "When you add a label field to a
 *   pivot table, the items in that field are sorted alphabetically" (numbers first, then text
 *   ignoring case, "(blank)" last). The Office.js API has no call that places an item
 *   (PivotItem has only name, visible and isExpanded).
 * - The source cannot be changed: delete (`pivot.delete()`) and add again. A pivot follows its
 *   source sheet through a rename.
 */
import { parseAddress } from "./addresses";
import { DoubleCollection } from "./collection";
import { DoubleClientResult, DoubleObject, type DoubleContext } from "./context";
import { ExcelDoubleError } from "./errors";
import { RangeDouble } from "./range";
import { requireApi, requireUnprotected, type SheetRef } from "./refs";
import { readCell, type BookState, type DataHierarchyState, type PivotState, type Rect, type SheetState, type StoredValue } from "./state";
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

/** The source's data rows as they stand: the pivot cache. */
function cacheOf(sheet: SheetState, rect: Rect): StoredValue[][] {
  const rows: StoredValue[][] = [];
  for (let r = rect.top + 1; r < rect.top + rect.rows; r++) {
    const row: StoredValue[] = [];
    for (let c = rect.left; c < rect.left + rect.columns; c++) row.push(readCell(sheet, r, c));
    rows.push(row);
  }
  return rows;
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
      const fields = Array.from({ length: src.rect.columns }, (_, i) =>
        String(readCell(src.sheet, src.rect.top, src.rect.left + i)).trim(),
      );
      const folded = fields.map((f) => f.toLowerCase());
      if (fields.some((f) => f === "") || new Set(folded).size !== folded.length) {
        throw new ExcelDoubleError("InvalidArgument", "PivotTableCollection.add", "The PivotTable field name is not valid.");
      }
      sheet.pivots.push({
        name,
        sourceSheet: src.sheet,
        sourceRect: src.rect,
        sourceTable: src.table,
        destination: { row: dest.top, column: dest.left },
        fields,
        cache: cacheOf(src.sheet, src.rect),
        rowHierarchies: [],
        columnHierarchies: [],
        dataHierarchies: [],
      });
    });
    return new PivotTableDouble(this.ctx, pivotByName(this.sheetRef, name, "PivotTable"));
  }
}

/** A data hierarchy's caption not yet used in the pivot: Excel appends 2, 3, … to a repeated one. */
function uniqueCaption(pivot: PivotState, wanted: string, self?: DataHierarchyState): string {
  const taken = new Set(pivot.dataHierarchies.filter((d) => d !== self).map((d) => d.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  let i = 2;
  while (taken.has(`${wanted}${i}`.toLowerCase())) i++;
  return `${wanted}${i}`;
}

export class PivotTableDouble extends DoubleObject {
  readonly hierarchies: { getItem(name: string): { readonly field: () => string } };
  readonly rowHierarchies: { add(h: { field: () => string }): void };
  readonly columnHierarchies: { add(h: { field: () => string }): void };
  readonly dataHierarchies: {
    add(h: { field: () => string }): DataPivotHierarchyDouble;
    remove(h: DataPivotHierarchyDouble): void;
  };

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
    /** One category per hierarchy: taking it onto an axis takes it off the other axes and out of the data. */
    const place = (pivot: PivotState, f: string, onto: string[]): void => {
      for (const axis of [pivot.rowHierarchies, pivot.columnHierarchies]) {
        if (axis !== onto && axis.includes(f)) axis.splice(axis.indexOf(f), 1);
      }
      const data = pivot.dataHierarchies.filter((d) => d.field !== f);
      pivot.dataHierarchies.splice(0, pivot.dataHierarchies.length, ...data);
      if (!onto.includes(f)) onto.push(f);
    };
    const axis = (pick: (p: PivotState) => string[], location: string) => ({
      add: (h: { field: () => string }): void =>
        this.command(location, null, () => {
          const { pivot } = this.pivotRef();
          place(pivot, h.field(), pick(pivot));
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
          const { pivot } = this.pivotRef();
          for (const axisList of [pivot.rowHierarchies, pivot.columnHierarchies]) {
            if (axisList.includes(f)) axisList.splice(axisList.indexOf(f), 1);
          }
          holder.state = { field: f, summarizeBy: "Count", name: uniqueCaption(pivot, `Count of ${f}`), nameSetByUser: false };
          pivot.dataHierarchies.push(holder.state);
        });
        return new DataPivotHierarchyDouble(ctx, holder, () => this.pivotRef().pivot);
      },
      remove: (d) =>
        this.command("dataHierarchies.remove", null, () => {
          const { pivot } = this.pivotRef();
          const at = pivot.dataHierarchies.indexOf(d.state());
          if (at < 0) throw new ExcelDoubleError("ItemNotFound", "DataPivotHierarchyCollection.remove");
          pivot.dataHierarchies.splice(at, 1);
        }),
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

  refresh(): void {
    this.command("refresh", null, () => {
      const { pivot } = this.pivotRef();
      pivot.cache = cacheOf(pivot.sourceSheet, pivot.sourceRect);
    });
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
    private readonly pivot: () => PivotState,
  ) {
    super(ctx, "DataPivotHierarchy");
  }

  state(): DataHierarchyState {
    if (!this.holder.state) throw new ExcelDoubleError("ItemNotFound", "DataPivotHierarchy");
    return this.holder.state;
  }

  protected override readProperty(name: string): unknown {
    const s = this.state();
    if (name === "summarizeBy") return s.summarizeBy;
    if (name === "name") return s.name;
    throw new ExcelDoubleError("InvalidArgument", `DataPivotHierarchy.load(${name})`);
  }

  get summarizeBy(): string {
    return this.loadedValue("summarizeBy");
  }
  set summarizeBy(fn: string) {
    this.command("summarizeBy", fn, () => {
      const s = this.state();
      s.summarizeBy = fn;
      if (!s.nameSetByUser) s.name = uniqueCaption(this.pivot(), `${fn} of ${s.field}`, s);
    });
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(text: string) {
    this.command("name", text, () => {
      const s = this.state();
      if (uniqueCaption(this.pivot(), text, s) !== text) throw new ExcelDoubleError("InvalidArgument", "DataPivotHierarchy.name");
      s.name = text;
      s.nameSetByUser = true;
    });
  }
}
