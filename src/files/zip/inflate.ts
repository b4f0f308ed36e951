import { crc32 } from "./crc32";
import type { ZipCodec } from "./codec";
import type { ZipArchive, ZipEntry } from "./zipArchive";

/** Why an entry's bytes could not be had: larger than allowed, or damaged. */
export type InflateDefect = "tooLarge" | "corrupt";

/** Thrown out of `inflateEntry`'s stream; the reader turns it into a WorkbookError value. */
export class InflateError extends Error {
  constructor(
    readonly defect: InflateDefect,
    readonly entry: string,
    readonly limit: number,
    options?: { cause?: unknown },
  ) {
    super(`${entry}: ${defect}`, options);
    this.name = "InflateError";
  }
}

export interface InflateOptions {
  readonly codec: ZipCodec;
  /** Most bytes the entry may inflate to. Checked against its stated size first, then against what comes out. */
  readonly limit: number;
  /** Check the CRC-32 at the end (costs a pass over the bytes: once per entry is enough). */
  readonly verify?: boolean;
}

const PIECE = 1 << 18;

/**
 * Streams an entry's inflated bytes, piece by piece. Never inflates past
 * what the directory states (a bomb that lies about its size stops there) nor
 * past `limit`: an entry stated larger than `limit` is refused before a byte
 * is inflated.
 *
 * @example
 * for await (const piece of inflateEntry(zip, zip.byName.get("xl/workbook.xml")!, { codec: platformCodec, limit: 1 << 20 })) use(piece);
 */
export async function* inflateEntry(archive: ZipArchive, entry: ZipEntry, options: InflateOptions): AsyncGenerator<Uint8Array> {
  if (entry.size > options.limit) throw new InflateError("tooLarge", entry.name, options.limit);
  const data = archive.bytes.subarray(entry.dataStart, entry.dataEnd);
  let crc = 0;
  let total = 0;
  const check = (piece: Uint8Array): void => {
    total += piece.length;
    if (total > entry.size) throw new InflateError(entry.size >= options.limit ? "tooLarge" : "corrupt", entry.name, options.limit);
    if (options.verify) crc = (options.codec.crc32 ?? crc32)(crc, piece);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += PIECE) {
      const piece = data.subarray(at, at + PIECE);
      check(piece);
      yield piece;
    }
  } else {
    const pair = options.codec.inflateRaw();
    let at = 0;
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (at >= data.length) controller.close();
          else controller.enqueue(data.subarray(at, (at += PIECE)));
        },
      },
      { highWaterMark: 0 },
    );
    const reader = source.pipeThrough(pair).getReader();
    try {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (error) {
          throw new InflateError("corrupt", entry.name, options.limit, { cause: error });
        }
        if (next.done) break;
        check(next.value);
        yield next.value;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }
  if (total !== entry.size || (options.verify && crc !== entry.crc)) throw new InflateError("corrupt", entry.name, options.limit);
}

/** An entry's whole inflated bytes (for the small parts: workbook, relationships, styles). */
export async function inflateWhole(archive: ZipArchive, entry: ZipEntry, options: InflateOptions): Promise<Uint8Array> {
  const out = new Uint8Array(entry.size);
  let at = 0;
  for await (const piece of inflateEntry(archive, entry, { ...options, verify: true })) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
