/**
 * Row-block planning for big ranges. Excel on the web refuses a request or
 * response over 5 MB and every platform caps a get at 5,000,000 cells, so
 * values travel in blocks of rows sized by bytes: the first block is small,
 * each block's measured size plans the next, and a block refused for its
 * payload is retried at half the rows (down to one row). Syncs therefore
 * grow with the number of blocks, never with the number of rows.
 */
import { fail, ok, type Result } from "../engine/result";
import { isPayloadLimit } from "./officeErrors";

/** Bytes a block may carry: 4 MB leaves a margin under Excel's 5 MB cap. */
export const BLOCK_BUDGET_BYTES = 4_000_000;
/** Excel's cap on cells per get. */
export const MAX_CELLS_PER_GET = 5_000_000;
/** Largest block in rows, whatever the bytes say (OFFICE.md: 5k-20k rows). */
export const MAX_BLOCK_ROWS = 20_000;

/**
 * UTF-8 bytes of a 2-D array's JSON, the measure of what a block costs on the
 * wire: Excel's 5 MB cap counts bytes, and "é" takes two, "東" three, an emoji
 * four, where `String.length` counts one or two.
 *
 * @example
 * jsonBytes([["Café"]]) //=> 11
 */
export function jsonBytes(rows: readonly (readonly unknown[])[]): number {
  return utf8Length(JSON.stringify(rows));
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** Bytes of a string in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  // Most blocks are plain ASCII: one native scan answers, and the loop below runs only for the rest.
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair: two UTF-16 units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * Rows per block for a measured size per row, within the byte budget, the
 * cell cap and MAX_BLOCK_ROWS; at least 1.
 *
 * @example
 * rowsForBytes(400, 16) //=> 10000
 */
export function rowsForBytes(bytesPerRow: number, columns: number, budget = BLOCK_BUDGET_BYTES): number {
  const byBytes = Math.floor(budget / Math.max(1, bytesPerRow));
  const byCells = Math.floor(MAX_CELLS_PER_GET / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells, MAX_BLOCK_ROWS));
}

export type BlockStop = "cancelled" | "payloadTooLarge";

export interface BlockLoopOptions {
  readonly total: number;
  readonly columns: number;
  /** Rows in the first block. */
  readonly firstRows: number;
  readonly budget?: number;
  readonly signal?: AbortSignal;
  readonly onBlockDone?: (done: number, total: number) => void;
}

/**
 * Runs `step(start, rows)` over rows [0, total) in blocks. `step` performs one
 * sync and returns the bytes the block carried. Payload-limit errors shrink the
 * block and retry it; any other error propagates.
 */
export async function forEachBlock(
  options: BlockLoopOptions,
  step: (start: number, rows: number) => Promise<number>,
): Promise<Result<void, BlockStop>> {
  const { total, columns } = options;
  let start = 0;
  let size = Math.max(1, Math.min(options.firstRows, total));
  let ceiling = Number.MAX_SAFE_INTEGER;
  let bytesPerRow = 0;
  while (start < total) {
    if (options.signal?.aborted) return fail("cancelled");
    const rows = Math.min(size, total - start);
    let bytes: number;
    try {
      bytes = await step(start, rows);
    } catch (error) {
      if (!isPayloadLimit(error)) throw error;
      if (rows === 1) return fail("payloadTooLarge");
      ceiling = Math.ceil(rows / 2);
      size = ceiling;
      continue;
    }
    start += rows;
    options.onBlockDone?.(start, total);
    // Plan from the widest rows seen so far, with a fifth spare for variation.
    bytesPerRow = Math.max(bytesPerRow, (bytes / rows) * 1.2);
    size = Math.min(ceiling, rowsForBytes(bytesPerRow, columns, options.budget));
  }
  return ok(undefined);
}
