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
  readonly sql: string;
  /** Working columns its SQL names. */
  readonly deps: readonly string[];
  /** Window aggregates of one window share a group: they are computed in one stage, so the database partitions the rows once. */
  readonly group?: string;
}

export class Plan {
  private readonly defined = new Map<string, Defined>();
  private readonly order: string[] = [];

  constructor(readonly d: Dialect) {}

  /**
   * The reference to working column `name`, defining it with `build` the first
   * time. Its stage follows from the working columns its SQL names; columns of
   * one `group` (the same window) share the latest of their stages.
   */
  col(name: string, build: () => string, group?: string): string {
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`bad working column name ${name}`);
    let found = this.defined.get(name);
    if (!found) {
      const sql = build();
      const deps = [...sql.matchAll(REFERENCE)].map((m) => m[1]).filter((dep) => this.defined.has(dep));
      found = { ref: this.d.ident(RESERVED_PREFIX + name), sql, deps: [...new Set(deps)], group };
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

  /** Each column's stage: one past its latest dependency's; a group's members at the latest of theirs. */
  private stages(): Map<string, number> {
    const own = new Map<string, number>();
    const final = new Map<string, number>();
    const groupStage = new Map<string, number>();
    const ownStage = (name: string): number => {
      let k = own.get(name);
      if (k === undefined) {
        k = 1 + Math.max(0, ...this.defined.get(name)!.deps.map(stageOf));
        own.set(name, k);
      }
      return k;
    };
    const stageOf = (name: string): number => {
      let k = final.get(name);
      if (k !== undefined) return k;
      const group = this.defined.get(name)!.group;
      if (group === undefined) k = ownStage(name);
      else {
        k = groupStage.get(group);
        if (k === undefined) {
          k = Math.max(...this.order.filter((n) => this.defined.get(n)!.group === group).map(ownStage));
          groupStage.set(group, k);
        }
      }
      final.set(name, k);
      return k;
    };
    for (const name of this.order) stageOf(name);
    return final;
  }

  /**
   * The WITH chain: stage 0 selects the source, each later stage its parent's
   * columns and its own. Returns the chain and the name of the last stage.
   */
  chain(from: string): { readonly withClause: string; readonly last: string } {
    const stageOf = this.stages();
    const stages = new Map<number, string[]>();
    for (const name of this.order) {
      const def = this.defined.get(name)!;
      const k = stageOf.get(name)!;
      const list = stages.get(k) ?? [];
      list.push(`    ${def.sql} AS ${def.ref}`);
      stages.set(k, list);
    }
    const max = Math.max(0, ...stages.keys());
    const stageName = (k: number) => this.d.ident(`${RESERVED_PREFIX}s${k}`);
    const parts = [`${stageName(0)} AS (\n  SELECT * FROM ${from}\n)`];
    for (let k = 1; k <= max; k++) {
      const cols = stages.get(k) ?? [];
      const list = [`    ${stageName(k - 1)}.*`, ...cols].join(",\n");
      parts.push(`${stageName(k)} AS (\n  SELECT\n${list}\n  FROM ${stageName(k - 1)}${this.d.stageFence}\n)`);
    }
    return { withClause: `WITH\n${parts.join(",\n")}`, last: stageName(max) };
  }
}
