/**
 * `context.workbook.settings` (ExcelApi 1.4), from the Excel.SettingCollection
 * reference and "Persist add-in state and settings": settings are saved inside
 * the workbook, per add-in; a value must be JSON-serialisable;
 * `add(key, value)` creates or replaces; `getItemOrNullObject(key)` gives a
 * Setting whose `isNullObject` is true when the key is missing; `delete()`.
 */
import { DoubleObject, payloadBytes, type DoubleContext } from "./context";
import { ExcelDoubleError } from "./errors";
import { requireApi } from "./refs";

export class SettingCollectionDouble {
  constructor(private readonly ctx: DoubleContext) {}

  add(key: string, value: unknown): SettingDouble {
    let stored: unknown;
    try {
      stored = JSON.parse(JSON.stringify(value));
    } catch {
      throw new ExcelDoubleError("InvalidArgument", "SettingCollection.add");
    }
    this.ctx.enqueue({
      location: "SettingCollection.add",
      requestBytes: payloadBytes(key) + payloadBytes(value),
      apply: () => {
        requireApi(this.ctx.book, 4, "SettingCollection.add");
        this.ctx.book.settings.set(key, stored);
      },
    });
    return new SettingDouble(this.ctx, key, false);
  }

  getItemOrNullObject(key: string): SettingDouble {
    return new SettingDouble(this.ctx, key, true);
  }
}

export class SettingDouble extends DoubleObject {
  constructor(
    ctx: DoubleContext,
    private readonly key: string,
    nullable: boolean,
  ) {
    super(ctx, "Setting");
    if (nullable) this.makeNullable(() => !this.ctx.book.settings.has(this.key));
  }

  protected override readProperty(name: string): unknown {
    requireApi(this.ctx.book, 4, "Setting.load");
    const settings = this.ctx.book.settings;
    if (!settings.has(this.key)) throw new ExcelDoubleError("ItemNotFound", `Setting.${name}`);
    if (name === "key") return this.key;
    if (name === "value") return settings.get(this.key);
    throw new ExcelDoubleError("InvalidArgument", `Setting.load(${name})`);
  }

  get value(): unknown {
    return this.loadedValue("value");
  }

  delete(): void {
    this.command("delete", null, () => {
      this.ctx.book.settings.delete(this.key);
    });
  }
}
