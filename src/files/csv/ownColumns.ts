import { CSV_OUTPUT_HEADERS } from "../../engine/segmentation";
import { ALL_TEXTS } from "../../engine/messages";
import type { Delimiter } from "./splitter";

/** Where an earlier run's output columns stand in a header record, so a re-run replaces them. */
export interface OwnColumns {
  readonly at: number;
  /** 5 (a csv output) or 6 (an xlsx output saved as csv, with Aging Bucket). */
  readonly width: number;
  /** Fields of the header record: more than `at + width` when columns stand right of the output columns. */
  readonly headerWidth: number;
}

/**
 * Finds this tool's output headers (Segment, Priority, Strategy, Score, Reason,
 * and Aging Bucket when present) as a run of cells in a header record.
 *
 * @example
 * findOwnColumns(["Customer", "Amount", "Segment", "Priority", "Strategy", "Score", "Reason"])
 * //=> { at: 2, width: 5, headerWidth: 7 }
 */
export function findOwnColumns(cells: readonly string[]): OwnColumns | undefined {
  const n = CSV_OUTPUT_HEADERS.length;
  for (let k = 0; k + n <= cells.length; k++) {
    // An earlier run's headers in any language the product writes.
    const own = ALL_TEXTS.find((t) => t.outputHeaders.slice(0, n).every((h, j) => cells[k + j].trim() === h));
    if (own) {
      const extra = cells[k + n]?.trim() === own.outputHeaders[n] ? 1 : 0;
      return { at: k, width: n + extra, headerWidth: cells.length };
    }
  }
  return undefined;
}

/**
 * Where a record's earlier output fields start: under their headers, except
 * in a record wider than a header that ends with them, where csv → csv
 * appended them after every field the record has (its last fields). When
 * columns stand right of the output columns in the header (a workbook output
 * saved as csv), every record has them under their headers.
 *
 * @example ownFieldsAt(7, { at: 2, width: 5, headerWidth: 7 })  //=> 2
 * @example ownFieldsAt(9, { at: 2, width: 5, headerWidth: 7 })  //=> 4 (two extra data fields before them)
 * @example ownFieldsAt(9, { at: 2, width: 5, headerWidth: 9 })  //=> 2
 */
export function ownFieldsAt(recordWidth: number, own: OwnColumns): number {
  const end = own.at + own.width;
  return own.headerWidth <= end && recordWidth > end ? recordWidth - own.width : own.at;
}

/** A record without the earlier output columns. */
export function withoutOwnColumns(cells: string[], own: OwnColumns): string[] {
  if (cells.length <= own.at) return cells;
  const at = ownFieldsAt(cells.length, own);
  return cells.slice(0, at).concat(cells.slice(at + own.width));
}

/**
 * A record's raw text without the earlier output columns, every other field
 * kept byte for byte (quotes, spaces and all). Fields are found as the
 * splitter finds them: a quote opens a quoted field only at a field's start.
 *
 * @example
 * withoutOwnFields('a,"x,y",p,st,sc,r,"z"', ",", { at: 1, width: 5, headerWidth: 7 }) //=> 'a,"z"'
 */
export function withoutOwnFields(raw: string, delimiter: Delimiter, own: OwnColumns): string {
  const starts = fieldStarts(raw, delimiter.charCodeAt(0));
  if (starts.length <= own.at) return raw;
  const at = ownFieldsAt(starts.length, own);
  // Cut from the delimiter before the first own field (or from the start) to the delimiter before the field after them.
  const from = at === 0 ? 0 : starts[at] - 1;
  if (starts.length <= at + own.width) return raw.slice(0, from);
  const to = at === 0 ? starts[own.width] : starts[at + own.width] - 1;
  return raw.slice(0, from) + raw.slice(to);
}

const QUOTE = 34;

/** Where each field of a raw record starts. */
function fieldStarts(raw: string, delimiter: number): number[] {
  const starts = [0];
  let i = 0;
  while (i <= raw.length) {
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
