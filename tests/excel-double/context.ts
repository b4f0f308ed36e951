/**
 * The request context and the proxy base class: the heart of the double.
 *
 * Imitated from "Office JavaScript API object model / load() and sync()"
 * (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
 * - calls on proxies only queue commands; nothing reaches the workbook until
 *   `context.sync()`, which runs the queue in order;
 * - a property can be read only after `load` AND `sync` (PropertyNotLoaded otherwise);
 * - a command that fails stops the batch at that command: earlier commands stay
 *   applied (Excel has no rollback), later ones are dropped, loads are not delivered;
 * - resource limits (".../concepts/resource-limits-and-performance-optimization"):
 *   a request or response over the payload cap fails with
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded; an
 *   oversized request is refused before anything is applied.
 * - while the user edits a cell every sync fails with InvalidOperationInCellEditMode.
 * Payload bytes are counted as the UTF-8 bytes of the JSON of the values set and loaded: the
 * 5 MB cap is on the request's bytes, and "é" or "東" take two or three of them, not one
 * (the resource-limits page gives the limit in MB; a payload is UTF-8 JSON on the wire).
 */
import { ExcelDoubleError, propertyNotLoaded } from "./errors";
import { injectedFailure } from "./refs";
import type { BookState } from "./state";

export interface Delivery {
  readonly bytes: number;
  deliver(): void;
}

export interface QueuedAction {
  readonly location: string;
  readonly requestBytes: number;
  apply(): Delivery | void;
}

/** Fixed bytes charged per queued command (its method path and ids in the real JSON request). */
const COMMAND_BYTES = 40;

/** UTF-8 bytes of a value's JSON, what it weighs in a request or a response. */
export function payloadBytes(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), "utf8");
}

export class DoubleContext {
  private queue: QueuedAction[] = [];
  /** Set by the workbook module (kept out of the constructor to avoid an import cycle). */
  workbook!: unknown;
  application!: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly book: BookState) {}

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const actions = this.queue;
    this.queue = [];
    const stats = this.book.stats;
    stats.syncs++;
    this.book.beforeSync?.(stats.syncs);
    if (this.book.cellEditMode) throw new ExcelDoubleError("InvalidOperationInCellEditMode", "RequestContext.sync");
    const requestBytes = actions.reduce((n, a) => n + a.requestBytes + COMMAND_BYTES, 0);
    stats.totalRequestBytes += requestBytes;
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, requestBytes);
    if (requestBytes > this.book.payloadLimitBytes) {
      stats.refusedSyncs++;
      throw new ExcelDoubleError("RequestPayloadSizeLimitExceeded", "RequestContext.sync");
    }
    const deliveries: Delivery[] = [];
    try {
      for (const action of actions) {
        const delivery = action.apply();
        if (delivery) deliveries.push(delivery);
      }
    } finally {
      // suspendApiCalculationUntilNextSync lasts until this sync ends, whether it succeeded or not.
      this.book.calculationSuspended = false;
    }
    const responseBytes = deliveries.reduce((n, d) => n + d.bytes, 0);
    stats.totalResponseBytes += responseBytes;
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, responseBytes);
    if (responseBytes > this.book.payloadLimitBytes) {
      stats.refusedSyncs++;
      throw new ExcelDoubleError("ResponsePayloadSizeLimitExceeded", "RequestContext.sync");
    }
    for (const d of deliveries) d.deliver();
  }
}

/** Splits load arguments ("a,b", ["a","b"], {select:"a,b"}) into property paths. */
export function loadPaths(props?: string | string[] | { select?: string | string[] }): string[] {
  if (props === undefined) return [];
  const raw = typeof props === "string" || Array.isArray(props) ? props : (props.select ?? []);
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

/** Base of every proxy: `load`, loaded-property reads, and queued commands. */
export abstract class DoubleObject {
  private readonly loaded = new Map<string, unknown>();
  /** For objects from a *OrNullObject method: true when nothing stands behind the proxy. */
  private nullCheck?: () => boolean;

  protected constructor(
    protected readonly ctx: DoubleContext,
    protected readonly typeName: string,
  ) {}

  get context(): DoubleContext {
    return this.ctx;
  }

  /** The current value of a scalar property, read from the workbook at sync time. */
  protected abstract readProperty(name: string): unknown;

  /** A navigation property that can be loaded through ("protection/protected"). */
  protected child(name: string): DoubleObject | undefined {
    void name;
    return undefined;
  }

  /** The properties `load()` with no argument brings back. */
  protected defaultProperties(): string[] {
    return [];
  }

  /**
   * Marks a proxy from a *OrNullObject method. As in Office.js, `isNullObject`
   * is filled in by the next sync without being loaded, and loading other
   * properties of a null object brings nothing back instead of failing.
   */
  protected makeNullable(isNull: () => boolean): void {
    this.nullCheck = isNull;
    this.ctx.enqueue({
      location: `${this.typeName}.isNullObject`,
      requestBytes: 0,
      apply: () => {
        const value = isNull();
        return { bytes: 5, deliver: () => void this.loaded.set("isNullObject", value) };
      },
    });
  }

  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }

  /** Reads the requested properties now; runs inside sync. */
  snapshot(paths: readonly string[]): Delivery {
    if (this.nullCheck?.()) return { bytes: 4, deliver: () => void this.loaded.set("isNullObject", true) };
    const values = new Map<string, unknown>();
    const nested: Delivery[] = [];
    const byChild = new Map<string, string[]>();
    for (const path of paths.length > 0 ? paths : this.defaultProperties()) {
      const slash = path.indexOf("/");
      if (slash > 0) {
        const head = path.slice(0, slash);
        byChild.set(head, [...(byChild.get(head) ?? []), path.slice(slash + 1)]);
      } else if (path === "isNullObject") {
        values.set(path, this.nullCheck?.() ?? false);
      } else {
        values.set(path, this.readProperty(path));
      }
    }
    for (const [head, rest] of byChild) {
      const child = this.child(head);
      if (!child) throw new ExcelDoubleError("InvalidArgument", `${this.typeName}.load(${head})`);
      nested.push(child.snapshot(rest));
    }
    let bytes = nested.reduce((n, d) => n + d.bytes, 0);
    for (const [k, v] of values) bytes += k.length + 3 + (v === undefined ? 4 : payloadBytes(v));
    return {
      bytes,
      deliver: () => {
        for (const [k, v] of values) this.loaded.set(k, v);
        for (const d of nested) d.deliver();
      },
    };
  }

  load(props?: string | string[] | { select?: string | string[] }): this {
    const paths = loadPaths(props);
    this.ctx.enqueue({
      location: `${this.typeName}.load`,
      requestBytes: payloadBytes(paths),
      apply: () => this.snapshot(paths),
    });
    return this;
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, `${this.typeName}.${name}`);
    return this.loaded.get(name) as T;
  }

  /** Queues a command; `payload` is what it sends (counted in request bytes). */
  protected command(location: string, payload: unknown, apply: () => void): void {
    const where = `${this.typeName}.${location}`;
    this.ctx.enqueue({
      location: where,
      requestBytes: payloadBytes(payload),
      apply: () => {
        injectedFailure(this.ctx.book, where);
        apply();
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** `ClientResult<T>` (e.g. from `getCount()`): `value` is readable after sync. */
export class DoubleClientResult<T> {
  private ready = false;
  private result: T | undefined;

  constructor(ctx: DoubleContext, location: string, compute: () => T) {
    ctx.enqueue({
      location,
      requestBytes: 0,
      apply: () => {
        const v = compute();
        return {
          bytes: payloadBytes(v),
          deliver: () => {
            this.result = v;
            this.ready = true;
          },
        };
      },
    });
  }

  get value(): T {
    if (!this.ready) throw propertyNotLoaded("value", "ClientResult.value");
    return this.result as T;
  }
}
