/**
 * A streaming raw-deflate compressor and decompressor: bytes written to
 * `writable` come out of `readable`. The platform's own (the Compression
 * Streams API, in browsers and in Node) by default; the command line passes
 * Node's zlib, which lets it choose the compression level.
 */
export interface ZipCodec {
  inflateRaw(): ReadableWritablePair<Uint8Array, Uint8Array>;
  deflateRaw(): ReadableWritablePair<Uint8Array, Uint8Array>;
  /** A native CRC-32 (Node's zlib has one), else the JavaScript one is used. */
  readonly crc32?: (crc: number, bytes: Uint8Array) => number;
}

/** The Compression Streams API ("deflate-raw"), present in every current browser and in Node 18+. */
export const platformCodec: ZipCodec = {
  inflateRaw: () => new DecompressionStream("deflate-raw") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  deflateRaw: () => new CompressionStream("deflate-raw") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
};

/** Reads a stream to its end, handing each chunk to `take` (which may wait). */
export async function drain(readable: ReadableStream<Uint8Array>, take: (chunk: Uint8Array) => unknown): Promise<void> {
  const reader = readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      await take(value);
    }
  } finally {
    reader.releaseLock();
  }
}
