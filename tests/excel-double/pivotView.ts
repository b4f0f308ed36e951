/**
 * What a PivotTable shows, computed from its cache (see pivots.ts for the sources): row and
 * column items in Excel's ascending order — numbers, then text ignoring case, "(blank)" for
 * blank cells last — and each data hierarchy's Count (non-empty cells) or Sum (numbers) for
 * any item pair or the grand total.
 */
import type { PivotState, StoredValue } from "./state";

/** An axis item's label: the cell's value, or "(blank)". */
export type PivotItem = string | number | boolean;
export const BLANK_ITEM = "(blank)";

/** Excel's ascending item order: numbers, then text ignoring case, then "(blank)". */
function compareItems(a: PivotItem, b: PivotItem): number {
  const rank = (x: PivotItem): number => (x === BLANK_ITEM ? 2 : typeof x === "number" ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en", { sensitivity: "base" });
}

/** What a PivotTable shows, computed from its cache: the items in order and each data hierarchy's figures. */
export interface PivotView {
  readonly rowItems: readonly PivotItem[];
  readonly columnItems: readonly PivotItem[];
  /** A data hierarchy's figure for a row item and a column item (undefined = grand total); 0 for an empty cell. */
  value(data: string, row?: PivotItem, column?: PivotItem): number;
}

export function pivotView(pivot: PivotState): PivotView {
  const index = (f: string | undefined): number => (f === undefined ? -1 : pivot.fields.indexOf(f));
  const rowField = index(pivot.rowHierarchies[0]);
  const columnField = index(pivot.columnHierarchies[0]);
  const itemOf = (row: readonly StoredValue[], at: number): PivotItem | undefined => {
    if (at < 0) return undefined;
    const v = row[at];
    return v === "" ? BLANK_ITEM : v;
  };
  const distinct = (at: number): PivotItem[] => {
    if (at < 0) return [];
    const seen = new Map<string, PivotItem>();
    for (const row of pivot.cache) {
      const item = itemOf(row, at)!;
      // Items ignore case; the caption is the first spelling met.
      const key = typeof item === "string" ? item.toLowerCase() : String(item);
      if (!seen.has(key)) seen.set(key, item);
    }
    return [...seen.values()].sort(compareItems);
  };
  const same = (a: PivotItem | undefined, b: PivotItem | undefined): boolean =>
    b === undefined || (typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b);
  return {
    rowItems: distinct(rowField),
    columnItems: distinct(columnField),
    value(data, row, column) {
      const d = pivot.dataHierarchies.find((h) => h.name === data);
      if (!d) throw new Error(`The pivot has no data hierarchy "${data}" (it has ${pivot.dataHierarchies.map((h) => h.name).join(", ")})`);
      const at = pivot.fields.indexOf(d.field);
      let count = 0;
      let sum = 0;
      for (const r of pivot.cache) {
        if (!same(itemOf(r, rowField), row) || !same(itemOf(r, columnField), column)) continue;
        const v = r[at];
        if (v !== "") count++;
        if (typeof v === "number") sum += v;
      }
      if (d.summarizeBy === "Count") return count;
      if (d.summarizeBy === "Sum") return sum;
      throw new Error(`The double does not compute ${d.summarizeBy}`);
    },
  };
}
