/**
 * Defined names, `workbook.names` (Excel.NamedItemCollection / Excel.NamedItem references):
 * - `add(name, reference, comment)` (ExcelApi 1.4): the reference is a Range or an address;
 *   a name already defined fails with ItemAlreadyExists (names ignore case, as Excel's do);
 *   a name must start with a letter, "_" or "\" and hold no spaces, and must not read as a
 *   cell address ("Define and use names in formulas", support.microsoft.com: syntax rules);
 * - `getItem(name)` (ItemNotFound at sync when missing), `getItemOrNullObject(name)`,
 *   `load("items/name")`; a NamedItem's `name`, `type`, `value`, `formula`, `visible`
 *   (settable: a hidden name is not listed in Name Manager's default view), `comment`,
 *   `getRange()`, `getRangeOrNullObject()` and `delete()`;
 * - a name follows its sheet through a rename (its formula reads the new name) and, once
 *   that sheet is deleted, refers to #REF!: its type is "Error", `getRange()` fails and
 *   `getRangeOrNullObject()` is a null object — which is why a marker name is a safe way to
 *   recognise a sheet the add-in made (design note D2).
 */
import { parseAddress, rectAddress } from "./addresses";
import { DoubleCollection } from "./collection";
import { DoubleObject, type DoubleContext } from "./context";
import { ExcelDoubleError } from "./errors";
import { RangeDouble } from "./range";
import { requireApi } from "./refs";
import type { NamedItemState, Rect, SheetState } from "./state";

type NameRef = () => NamedItemState | undefined;

function byName(ctx: DoubleContext, name: string): NameRef {
  return () => ctx.book.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
}

const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|R\d*C\d*)$/;

export function validName(name: string): boolean {
  return /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) && !CELL_LIKE.test(name);
}

function absolute(sheet: SheetState, rect: Rect): string {
  const [sheetPart, cells] = rectAddress(sheet.name, rect).split("!");
  return `=${sheetPart}!${cells.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

export class NamedItemCollectionDouble extends DoubleCollection<NamedItemDouble> {
  constructor(ctx: DoubleContext) {
    super(ctx, "NamedItemCollection");
  }

  protected currentItems(): NamedItemDouble[] {
    return this.ctx.book.names.map((n) => new NamedItemDouble(this.ctx, () => n, false));
  }

  add(name: string, reference: unknown, comment = ""): NamedItemDouble {
    this.command("add", { name, comment }, () => {
      const book = this.ctx.book;
      requireApi(book, 4, "NamedItemCollection.add");
      if (!validName(name)) throw new ExcelDoubleError("InvalidArgument", "NamedItemCollection.add");
      if (book.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new ExcelDoubleError("ItemAlreadyExists", "NamedItemCollection.add");
      }
      let sheet: SheetState | undefined;
      let rect: Rect | undefined;
      if (reference instanceof RangeDouble) ({ sheet, rect } = reference.locate("NamedItemCollection.add"));
      else {
        const parsed = parseAddress(String(reference).replace(/^=/, ""));
        sheet = parsed?.sheet ? book.sheets.find((s) => s.name.toLowerCase() === parsed.sheet!.toLowerCase()) : undefined;
        rect = parsed?.rect;
      }
      if (!sheet || !rect) throw new ExcelDoubleError("InvalidReference", "NamedItemCollection.add");
      book.names.push({ name, sheet, rect, visible: true, comment });
    });
    return new NamedItemDouble(this.ctx, byName(this.ctx, name), false);
  }

  getItem(name: string): NamedItemDouble {
    return new NamedItemDouble(this.ctx, byName(this.ctx, name), false);
  }

  getItemOrNullObject(name: string): NamedItemDouble {
    return new NamedItemDouble(this.ctx, byName(this.ctx, name), true);
  }
}

export class NamedItemDouble extends DoubleObject {
  constructor(
    ctx: DoubleContext,
    private readonly ref: NameRef,
    nullable: boolean,
  ) {
    super(ctx, "NamedItem");
    if (nullable) this.makeNullable(() => ref() === undefined);
  }

  private state(location: string): NamedItemState {
    const n = this.ref();
    if (!n || !this.ctx.book.names.includes(n)) throw new ExcelDoubleError("ItemNotFound", location);
    return n;
  }

  protected override readProperty(name: string): unknown {
    const n = this.state(`NamedItem.${name}`);
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return n.sheet ? "Range" : "Error";
      case "value":
        return n.sheet ? rectAddress(n.sheet.name, n.rect) : "#REF!";
      case "formula":
        return n.sheet ? absolute(n.sheet, n.rect) : "=#REF!";
      case "visible":
        return n.visible;
      case "comment":
        return n.comment;
      default:
        throw new ExcelDoubleError("InvalidArgument", `NamedItem.load(${name})`);
    }
  }

  protected override defaultProperties(): string[] {
    return ["name", "type", "value", "visible"];
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get value(): string {
    return this.loadedValue("value");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(value: boolean) {
    this.command("visible", value, () => {
      this.state("NamedItem.visible").visible = value;
    });
  }

  delete(): void {
    this.command("delete", null, () => {
      const n = this.state("NamedItem.delete");
      this.ctx.book.names.splice(this.ctx.book.names.indexOf(n), 1);
    });
  }

  getRange(): RangeDouble {
    return this.rangeOf(false);
  }

  getRangeOrNullObject(): RangeDouble {
    return this.rangeOf(true);
  }

  private rangeOf(nullable: boolean): RangeDouble {
    const sheetRef = (): SheetState => {
      const n = this.ref();
      if (!n?.sheet) throw new ExcelDoubleError(nullable ? "ItemNotFound" : "InvalidReference", "NamedItem.getRange");
      return n.sheet;
    };
    return new RangeDouble(
      this.ctx,
      sheetRef,
      () => {
        const n = this.ref();
        return n?.sheet && this.ctx.book.sheets.includes(n.sheet) ? n.rect : undefined;
      },
      nullable,
    );
  }
}
