/**
 * The working columns of a query, each defined once by name, and the chain of
 * common table expressions that computes them. A column's stage is one past
 * the latest stage of the working columns its SQL names, so a window aggregate never reads
 * another computed in the same SELECT; a column nothing asks for is never
 * written, so an aging query holds no customer windows.
 */
import type { Dialect } from "./dialect";

/** The prefix of every working column and stage: a table column may not start with it. */
export const RESERVED_PREFIX = "arseg_";

/** A working column named in SQL text. */
const REFERENCE = new RegExp(`"${RESERVED_PREFIX}([A-Za-z0-9_]+)"`, "g");

interface Defined {
  readonly ref: string;
  readonly stage: number;
  readonly sql: string;
}

export class Plan {
  private readonly defined = new Map<string, Defined>();
  private readonly order: string[] = [];

  constructor(readonly d: Dialect) {}

  /**
   * The reference to working column `name`, defining it with `build` the first
   * time. Its stage follows from the working columns its SQL names.
   */
  col(name: string, build: () => string): string {
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`bad working column name ${name}`);
    let found = this.defined.get(name);
    if (!found) {
      const sql = build();
      let deepest = 0;
      for (const match of sql.matchAll(REFERENCE)) {
        const dep = this.defined.get(match[1]);
        if (dep) deepest = Math.max(deepest, dep.stage);
      }
      found = { ref: this.d.ident(RESERVED_PREFIX + name), stage: deepest + 1, sql };
      this.defined.set(name, found);
      this.order.push(name);
    }
    return found.ref;
  }

  /** A column of the table itself (stage 0). */
  table(name: string): string {
    return this.d.ident(name);
  }

  /** Whether working column `name` has been defined. */
  has(name: string): boolean {
    return this.defined.has(name);
  }

  /**
   * The WITH chain: stage 0 selects the source, each later stage its parent's
   * columns and its own. Returns the chain and the name of the last stage.
   */
  chain(from: string): { readonly withClause: string; readonly last: string } {
    const stages = new Map<number, string[]>();
    for (const name of this.order) {
      const def = this.defined.get(name)!;
      const list = stages.get(def.stage) ?? [];
      list.push(`    ${def.sql} AS ${def.ref}`);
      stages.set(def.stage, list);
    }
    const max = Math.max(0, ...stages.keys());
    const stageName = (k: number) => this.d.ident(`${RESERVED_PREFIX}s${k}`);
    const parts = [`${stageName(0)} AS (\n  SELECT * FROM ${from}\n)`];
    for (let k = 1; k <= max; k++) {
      const cols = stages.get(k) ?? [];
      const list = [`    ${stageName(k - 1)}.*`, ...cols].join(",\n");
      parts.push(`${stageName(k)} AS (\n  SELECT\n${list}\n  FROM ${stageName(k - 1)}\n)`);
    }
    return { withClause: `WITH\n${parts.join(",\n")}`, last: stageName(max) };
  }
}
