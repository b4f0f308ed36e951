import { freeSheetName } from "../files/sheetName";

/**
 * The sheets the product writes, each recognised by a marker, never by its
 * name alone (design note D2): a workbook-scoped defined name pointing at the
 * sheet's A1. A user's sheet that only has the same name keeps its data; the
 * product then writes under a free name. Every face uses these.
 */
export const OWNED_SHEETS = {
  summary: { marker: "_ARSEG_SUMMARY", name: "Segment Summary" },
  pivotData: { marker: "_ARSEG_PIVOTDATA", name: "Segment Pivot Data" },
  settings: { marker: "_ARSEG_SETTINGS", name: "_arseg_settings" },
  backtest: { marker: "_ARSEG_BACKTEST", name: "Backtest" },
  compare: { marker: "_ARSEG_COMPARE", name: "Compare" },
} as const;

export type OwnedSheet = keyof typeof OWNED_SHEETS;

export interface OwnedSheetPlace {
  /** The earlier sheet of this kind, to replace; absent when there is none. */
  readonly replace?: string;
  /** The name to write the sheet under. */
  readonly name: string;
}

/**
 * Where the product's sheet of a kind goes: over the sheet its marker points
 * at (keeping that sheet's name, which the user may have changed), else under
 * its usual name, or the first free variant of it when a user's sheet has that
 * name. A sheet in `keep` (the data being segmented) is never replaced, even
 * when a marker points at it.
 *
 * @example
 * ownedSheetPlace("summary", ["Segment Summary", "AR"], undefined, ["Segment Summary"])
 * //=> { name: "Segment Summary (2)" }
 * ownedSheetPlace("summary", ["AR", "Segment Summary (2)"], "Segment Summary (2)", ["AR"])
 * //=> { replace: "Segment Summary (2)", name: "Segment Summary (2)" }
 */
export function ownedSheetPlace(
  kind: OwnedSheet,
  sheets: readonly string[],
  marked: string | undefined,
  keep: readonly string[] = [],
): OwnedSheetPlace {
  const kept = new Set(keep.map((name) => name.toLowerCase()));
  const earlier = marked === undefined ? undefined : sheets.find((name) => name.toLowerCase() === marked.toLowerCase());
  if (earlier !== undefined && !kept.has(earlier.toLowerCase())) return { replace: earlier, name: earlier };
  return { name: freeSheetName(OWNED_SHEETS[kind].name, sheets) };
}
