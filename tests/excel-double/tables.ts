/**
 * Excel Tables in the double, only what the adapter relies on (Excel.Table /
 * TableCollection / TableColumnCollection references; "Work with tables using
 * the Excel JavaScript API"):
 * - `worksheet.tables`: getCount(), getItem(name), getItemOrNullObject(name), load("items/name");
 * - `table.getRange()` (header + body), `getHeaderRowRange()`, `getDataBodyRange()`;
 * - `table.columns.add(index, values, name)`: index null appends at the right
 *   edge (ExcelApi 1.4 makes index optional and adds `name`); `values` holds the
 *   header cell first; cells right of the table in its rows are shifted one
 *   column right, as inserting a table column does; a name already used gets
 *   a number appended;
 * - `table.columns.getItemOrNullObject(name)` and `load("items/name")`;
 * - writing a header cell through a Range renames the column (range.ts);
 * - values written just right of (or below) a table make it grow (range.ts, AutoCorrect's
 *   "Include new rows and columns in table"), unless the book is seeded with that option off;
 * - `table.resize(range)` (ExcelApi 1.13) sets the table's cells without moving any other cell.
 * Not imitated: totals rows, formats and formulas moving with inserted columns.
 */
import { assignValue } from "./cellInput";
import { DoubleCollection } from "./collection";
import { DoubleClientResult, DoubleObject, type DoubleContext } from "./context";
import { ExcelDoubleError } from "./errors";
import { parseAddress } from "./addresses";
import { RangeDouble } from "./range";
import { uniqueColumnName } from "./tableGrowth";
import { requireApi, requireUnprotected, type SheetRef } from "./refs";
import { readCell, type SheetState, type TableState } from "./state";

type TableRef = () => { sheet: SheetState; table: TableState };

function tableByName(sheetRef: SheetRef, name: string, location: string): TableRef {
  let bound: TableState | undefined;
  return () => {
    const sheet = sheetRef();
    if (!bound) bound = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!bound || !sheet.tables.includes(bound)) throw new ExcelDoubleError("ItemNotFound", location);
    return { sheet, table: bound };
  };
}

function exists(ref: () => unknown): boolean {
  try {
    ref();
    return true;
  } catch {
    return false;
  }
}

export class TableCollectionDouble extends DoubleCollection<TableDouble> {
  constructor(
    ctx: DoubleContext,
    private readonly sheetRef: SheetRef,
  ) {
    super(ctx, "TableCollection");
  }

  protected currentItems(): TableDouble[] {
    return this.sheetRef().tables.map((t) => new TableDouble(this.ctx, this.sheetRef, tableByName(this.sheetRef, t.name, "Table")));
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.ctx, "TableCollection.getCount", () => this.sheetRef().tables.length);
  }

  getItem(name: string): TableDouble {
    return new TableDouble(this.ctx, this.sheetRef, tableByName(this.sheetRef, name, "TableCollection.getItem"));
  }

  getItemOrNullObject(name: string): TableDouble {
    return new TableDouble(this.ctx, this.sheetRef, tableByName(this.sheetRef, name, "TableCollection.getItemOrNullObject"), true);
  }
}

export class TableDouble extends DoubleObject {
  readonly columns: TableColumnCollectionDouble;

  constructor(
    ctx: DoubleContext,
    readonly sheetRef: SheetRef,
    readonly tableRef: TableRef,
    nullable = false,
  ) {
    super(ctx, "Table");
    if (nullable) this.makeNullable(() => !exists(tableRef));
    this.columns = new TableColumnCollectionDouble(ctx, tableRef);
  }

  protected override readProperty(name: string): unknown {
    const { table } = this.tableRef();
    if (name === "name") return table.name;
    throw new ExcelDoubleError("InvalidArgument", `Table.load(${name})`);
  }

  protected override defaultProperties(): string[] {
    return ["name"];
  }

  get name(): string {
    return this.loadedValue("name");
  }

  /** Table.resize (ExcelApi 1.13): the same header row, new extent; column names from the header cells. */
  resize(newRange: unknown): void {
    this.command("resize", typeof newRange === "string" ? newRange : null, () => {
      requireApi(this.ctx.book, 13, "Table.resize");
      const { sheet, table } = this.tableRef();
      requireUnprotected(sheet, "Table.resize");
      const rect = newRange instanceof RangeDouble ? newRange.locate("Table.resize").rect : parseAddress(String(newRange))?.rect;
      if (!rect || rect.top !== table.rect.top || rect.left !== table.rect.left || rect.columns < 1) {
        throw new ExcelDoubleError("InvalidArgument", "Table.resize");
      }
      const names: string[] = [];
      for (let i = 0; i < rect.columns; i++) {
        names.push(
          i < table.columnNames.length
            ? table.columnNames[i]
            : uniqueColumnName(names, String(readCell(sheet, rect.top, rect.left + i)) || `Column${i + 1}`),
        );
      }
      table.rect = rect;
      table.columnNames.splice(0, table.columnNames.length, ...names);
    });
  }
  getRange(): RangeDouble {
    return new RangeDouble(
      this.ctx,
      () => this.tableRef().sheet,
      () => this.tableRef().table.rect,
    );
  }
  getHeaderRowRange(): RangeDouble {
    return new RangeDouble(
      this.ctx,
      () => this.tableRef().sheet,
      () => ({ ...this.tableRef().table.rect, rows: 1 }),
    );
  }
  getDataBodyRange(): RangeDouble {
    return new RangeDouble(
      this.ctx,
      () => this.tableRef().sheet,
      () => {
        const r = this.tableRef().table.rect;
        return { ...r, top: r.top + 1, rows: r.rows - 1 };
      },
    );
  }
}

export class TableColumnCollectionDouble extends DoubleCollection<TableColumnDouble> {
  constructor(
    ctx: DoubleContext,
    private readonly tableRef: TableRef,
  ) {
    super(ctx, "TableColumnCollection");
  }

  protected currentItems(): TableColumnDouble[] {
    return this.tableRef().table.columnNames.map((n) => new TableColumnDouble(this.ctx, this.tableRef, n, false));
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.ctx, "TableColumnCollection.getCount", () => this.tableRef().table.columnNames.length);
  }

  getItemOrNullObject(name: string): TableColumnDouble {
    return new TableColumnDouble(this.ctx, this.tableRef, name, true);
  }

  add(index?: number | null, values?: unknown[][] | null, name?: string | null): TableColumnDouble {
    const holder = { name: name ?? "" };
    this.command("add", values ?? name ?? null, () => {
      const { sheet, table } = this.tableRef();
      requireUnprotected(sheet, "TableColumnCollection.add");
      const at = index === null || index === undefined || index < 0 ? table.rect.columns : index;
      if (at > table.rect.columns) throw new ExcelDoubleError("InvalidArgument", "TableColumnCollection.add");
      if (values && (values.length !== table.rect.rows || values.some((r) => r.length !== 1))) {
        throw new ExcelDoubleError("InvalidArgument", "TableColumnCollection.add");
      }
      const column = table.rect.left + at;
      for (let r = table.rect.top; r < table.rect.top + table.rect.rows; r++) {
        const cells = sheet.rows[r];
        if (cells && cells.length > column) cells.splice(column, 0, "");
      }
      table.rect = { ...table.rect, columns: table.rect.columns + 1 };
      const wanted = name ?? (values ? String(values[0][0]) : `Column${table.columnNames.length + 1}`);
      const unique = uniqueColumnName(table.columnNames, wanted);
      table.columnNames.splice(at, 0, unique);
      holder.name = unique;
      if (values) for (let r = 1; r < values.length; r++) assignValue(sheet, table.rect.top + r, column, values[r][0]);
      assignValue(sheet, table.rect.top, column, `'${unique}`);
    });
    return new TableColumnDouble(this.ctx, this.tableRef, () => holder.name, false);
  }
}

export class TableColumnDouble extends DoubleObject {
  constructor(
    ctx: DoubleContext,
    private readonly tableRef: TableRef,
    private readonly key: string | (() => string),
    nullable: boolean,
  ) {
    super(ctx, "TableColumn");
    if (nullable) this.makeNullable(() => this.position() === undefined);
  }

  private position(): { sheet: SheetState; table: TableState; index: number } | undefined {
    const { sheet, table } = this.tableRef();
    const key = typeof this.key === "string" ? this.key : this.key();
    const index = table.columnNames.findIndex((n) => n.toLowerCase() === key.toLowerCase());
    return index < 0 ? undefined : { sheet, table, index };
  }

  protected override readProperty(name: string): unknown {
    const at = this.position();
    if (!at) throw new ExcelDoubleError("ItemNotFound", `TableColumn.${name}`);
    if (name === "name") return at.table.columnNames[at.index];
    if (name === "index") return at.index;
    throw new ExcelDoubleError("InvalidArgument", `TableColumn.load(${name})`);
  }

  protected override defaultProperties(): string[] {
    return ["name", "index"];
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get index(): number {
    return this.loadedValue("index");
  }
  getDataBodyRange(): RangeDouble {
    return new RangeDouble(
      this.ctx,
      () => this.tableRef().sheet,
      () => {
        const at = this.position();
        if (!at) return undefined;
        const r = at.table.rect;
        return { top: r.top + 1, left: r.left + at.index, rows: r.rows - 1, columns: 1 };
      },
    );
  }
}
