import { CSV_OUTPUT_HEADERS, OUTPUT_HEADERS } from "../../engine/segmentation";

/** Where an earlier run's output columns stand in a header record, so a re-run replaces them. */
export interface OwnColumns {
  readonly at: number;
  /** 5 (a csv output) or 6 (an xlsx output saved as csv, with Aging Bucket). */
  readonly width: number;
}

/**
 * Finds this tool's output headers (Segment, Priority, Strategy, Score, Reason,
 * and Aging Bucket when present) as a run of cells in a header record.
 *
 * @example
 * findOwnColumns(["Customer", "Amount", "Segment", "Priority", "Strategy", "Score", "Reason"])
 * //=> { at: 2, width: 5 }
 */
export function findOwnColumns(cells: readonly string[]): OwnColumns | undefined {
  const n = CSV_OUTPUT_HEADERS.length;
  for (let k = 0; k + n <= cells.length; k++) {
    if (CSV_OUTPUT_HEADERS.every((h, j) => cells[k + j].trim() === h)) {
      const extra = cells[k + n]?.trim() === OUTPUT_HEADERS[n] ? 1 : 0;
      return { at: k, width: n + extra };
    }
  }
  return undefined;
}

/** A record without the earlier output columns. */
export function withoutOwnColumns(cells: string[], own: OwnColumns): string[] {
  if (cells.length <= own.at) return cells;
  return cells.slice(0, own.at).concat(cells.slice(own.at + own.width));
}
