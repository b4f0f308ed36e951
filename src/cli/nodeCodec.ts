import { Duplex } from "stream";
import * as zlib from "zlib";
import type { ZipCodec } from "../files/zip/codec";

/** Deflate level of the parts the command line writes: zlib's fastest level makes the write several times quicker for a tenth more bytes (see bench/RESULTS.md). */
export const DEFLATE_LEVEL = 1;

type Pair = ReadableWritablePair<Uint8Array, Uint8Array>;

/**
 * Node's zlib as the zip codec: the same raw deflate as the browser's
 * Compression Streams, with a chosen compression level.
 */
export const nodeCodec: ZipCodec = {
  inflateRaw: () => Duplex.toWeb(zlib.createInflateRaw({ chunkSize: 1 << 16 })) as unknown as Pair,
  deflateRaw: () => Duplex.toWeb(zlib.createDeflateRaw({ level: DEFLATE_LEVEL, chunkSize: 1 << 16 })) as unknown as Pair,
  crc32: (crc, bytes) => zlib.crc32(bytes, crc),
};
