import { CSV_OUTPUT_HEADERS, OUTPUT_HEADERS } from "../../engine/segmentation";
import type { Delimiter } from "./splitter";

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

/**
 * A record's raw text without the earlier output columns, every other field
 * kept byte for byte (quotes, spaces and all). Fields are found as the
 * splitter finds them: a quote opens a quoted field only at a field's start.
 *
 * @example
 * withoutOwnFields('a,"x,y",p,st,sc,r,"z"', ",", { at: 1, width: 5 }) //=> 'a,"z"'
 */
export function withoutOwnFields(raw: string, delimiter: Delimiter, own: OwnColumns): string {
  const starts = fieldStarts(raw, delimiter.charCodeAt(0), own.at + own.width);
  if (starts.length <= own.at) return raw;
  // Cut from the delimiter before the first own field (or from the start) to the delimiter before the field after them.
  const from = own.at === 0 ? 0 : starts[own.at] - 1;
  if (starts.length <= own.at + own.width) return raw.slice(0, from);
  const to = own.at === 0 ? starts[own.width] : starts[own.at + own.width] - 1;
  return raw.slice(0, from) + raw.slice(to);
}

const QUOTE = 34;

/** Where the first `limit` fields of a raw record start. */
function fieldStarts(raw: string, delimiter: number, limit: number): number[] {
  const starts = [0];
  let i = 0;
  while (starts.length <= limit && i <= raw.length) {
    if (raw.charCodeAt(i) === QUOTE && i === starts[starts.length - 1]) {
      // A quoted field: "" is a quote inside it; it ends at a lone quote.
      for (i++; i < raw.length; i++) {
        if (raw.charCodeAt(i) !== QUOTE) continue;
        if (raw.charCodeAt(i + 1) === QUOTE) i++;
        else break;
      }
      i++;
    }
    while (i < raw.length && raw.charCodeAt(i) !== delimiter) i++;
    if (i >= raw.length) break;
    i++;
    starts.push(i);
  }
  return starts;
}
