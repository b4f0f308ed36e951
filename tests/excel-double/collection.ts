/**
 * Base of the collection proxies (worksheets, tables, table columns, pivot
 * tables, charts). As in Office.js, `items` is readable only after
 * `load("items/name")` (or `load("items")`) and a sync; each item is a proxy
 * bound to the object it stood for at that sync.
 */
import { DoubleObject, type Delivery } from "./context";
import { ExcelDoubleError, propertyNotLoaded } from "./errors";

export abstract class DoubleCollection<T extends DoubleObject> extends DoubleObject {
  private loadedItems?: T[];

  /** Proxies for the members as they are now (called inside sync). */
  protected abstract currentItems(): T[];

  protected override readProperty(name: string): unknown {
    if (name === "count") return this.currentItems().length;
    throw new ExcelDoubleError("InvalidArgument", `${this.typeName}.load(${name})`);
  }

  override snapshot(paths: readonly string[]): Delivery {
    const wantsItems = paths.some((p) => p === "items" || p.startsWith("items/"));
    const itemPaths = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    const base = super.snapshot(paths.filter((p) => p !== "items" && !p.startsWith("items/")));
    if (!wantsItems && paths.length > 0) return base;
    const items = this.currentItems();
    const deliveries = items.map((item) => item.snapshot(itemPaths));
    return {
      bytes: base.bytes + deliveries.reduce((n, d) => n + d.bytes, 0),
      deliver: () => {
        base.deliver();
        for (const d of deliveries) d.deliver();
        this.loadedItems = items;
      },
    };
  }

  get items(): T[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", `${this.typeName}.items`);
    return this.loadedItems;
  }
}
