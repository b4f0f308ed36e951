import { drain, type ZipCodec } from "./codec";
import { crc32 } from "./crc32";
import type { ZipArchive, ZipEntry } from "./zipArchive";

/** Where a zip archive's bytes go: a file (command line) or a list of chunks (browser). */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void> | void;
}

/** The archive would pass 4 GB, which needs zip64: past any workbook this product writes. */
export class ZipTooLargeError extends Error {
  constructor() {
    super("the zip archive would be larger than 4 GB");
    this.name = "ZipTooLargeError";
  }
}

const LIMIT_32 = 0xffffffff;
/** 1980-01-01 00:00, as Excel stamps its own parts: the same input gives the same bytes. */
const DOS_DATE = 0x21;
const FLAGS = 0x0808; // data descriptor follows; names are UTF-8
const CHUNK = 1 << 18;
/** Chunks a part writer lets the compressor lag behind by. */
const MAX_IN_FLIGHT = 8;

/**
 * Writes a zip archive front to back: entries copied from another archive
 * byte for byte (local record and data as they are), and new entries
 * deflated as they are written, each followed by a data descriptor.
 *
 * @example
 * const zip = new ZipWriter(sink, platformCodec);
 * await zip.copy(input, input.byName.get("xl/theme/theme1.xml")!);
 * const part = zip.open("xl/worksheets/sheet2.xml"); part.write("<worksheet …>"); await part.close();
 * await zip.finish();
 */
export class ZipWriter {
  private offset = 0;
  private readonly central: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly sink: ByteSink,
    private readonly codec: ZipCodec,
  ) {}

  /** Copies an entry of `archive` as it stands: its bytes are not inflated, nor changed. */
  async copy(archive: ZipArchive, entry: ZipEntry): Promise<void> {
    const start = this.offset;
    await this.put(archive.bytes.subarray(entry.recordStart, entry.recordEnd));
    this.central.push(entry.zip64 ? centralRecord(this.encoder.encode(entry.name), entry, start) : withOffset(entry.central, start));
  }

  /** A new entry whose text (or bytes) is written piece by piece; `close` ends it. */
  open(name: string): PartWriter {
    return new PartWriter(this, name, this.codec);
  }

  /** A new entry written whole. */
  async add(name: string, content: string | Uint8Array): Promise<void> {
    const part = this.open(name);
    if (typeof content === "string") part.write(content);
    else part.writeBytes(content);
    await part.close();
  }

  /** Writes the central directory: the archive is complete. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const record of this.central) await this.put(record);
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.central.length, true);
    end.setUint16(10, this.central.length, true);
    end.setUint32(12, this.offset - start, true);
    end.setUint32(16, start, true);
    if (this.central.length > 0xffff) throw new ZipTooLargeError();
    await this.put(new Uint8Array(end.buffer));
  }

  /** @internal Writes bytes at the end of the archive. */
  async put(bytes: Uint8Array): Promise<void> {
    if (this.offset + bytes.length > LIMIT_32) throw new ZipTooLargeError();
    this.offset += bytes.length;
    await this.sink.write(bytes);
  }

  /** @internal Where the next byte goes. */
  get position(): number {
    return this.offset;
  }

  /** @internal Records a finished new entry for the directory. */
  entered(name: Uint8Array, sizes: Pick<ZipEntry, "crc" | "compressedSize" | "size">, start: number): void {
    this.central.push(centralRecord(name, { ...sizes, flags: FLAGS, method: 8 }, start));
  }
}

/**
 * One new entry being written. `write` is synchronous and cheap (text is
 * encoded into a buffer); call `flush` now and then (say once per block of
 * rows) so the compressor keeps pace and memory stays flat.
 */
export class PartWriter {
  private readonly name: Uint8Array;
  private readonly start: number;
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  private readonly pumped: Promise<void>;
  private readonly encoder = new TextEncoder();
  private buffer = new Uint8Array(CHUNK);
  private used = 0;
  private crc = 0;
  private size = 0;
  private compressedSize = 0;
  private failure: unknown;
  private ready: Promise<void> = Promise.resolve();
  /** Chunks handed to the compressor and not yet taken, oldest first. */
  private readonly inFlight: Promise<void>[] = [];
  private readonly crc32: (crc: number, bytes: Uint8Array) => number;

  constructor(
    private readonly zip: ZipWriter,
    name: string,
    codec: ZipCodec,
  ) {
    this.name = this.encoder.encode(name);
    this.crc32 = codec.crc32 ?? crc32;
    this.start = zip.position;
    const pair = codec.deflateRaw();
    this.writer = pair.writable.getWriter();
    const header = localHeader(this.name);
    this.pumped = zip
      .put(header)
      .then(() =>
        drain(pair.readable, (chunk) => {
          this.compressedSize += chunk.length;
          return zip.put(chunk);
        }),
      )
      .catch((error: unknown) => {
        this.failure ??= error;
        return this.writer.abort(error).catch(() => undefined);
      });
  }

  /** Adds text, UTF-8 encoded. */
  write(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.hand();
    }
  }

  /** Adds bytes as they are. */
  writeBytes(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length;) {
      const take = Math.min(bytes.length - at, this.buffer.length - this.used);
      this.buffer.set(bytes.subarray(at, at + take), this.used);
      this.used += take;
      at += take;
      if (this.used === this.buffer.length) this.hand();
    }
  }

  /**
   * Waits until the compressor has nearly caught up: a few chunks may stay in
   * flight, so writing and compressing (on zlib's own thread) overlap.
   */
  async flush(): Promise<void> {
    while (this.inFlight.length > MAX_IN_FLIGHT) await this.inFlight.shift();
    if (this.failure) throw this.failure;
  }

  /** Ends the entry: the rest is compressed and written, then its data descriptor. */
  async close(): Promise<void> {
    if (this.used > 0) this.hand();
    await this.ready.catch(() => undefined);
    await this.writer.close().catch((error: unknown) => (this.failure ??= error));
    await this.pumped;
    if (this.failure) throw this.failure;
    const descriptor = new DataView(new ArrayBuffer(16));
    descriptor.setUint32(0, 0x08074b50, true);
    descriptor.setUint32(4, this.crc, true);
    descriptor.setUint32(8, this.compressedSize, true);
    descriptor.setUint32(12, this.size, true);
    if (this.size > LIMIT_32) throw new ZipTooLargeError();
    await this.zip.put(new Uint8Array(descriptor.buffer));
    this.zip.entered(this.name, { crc: this.crc, compressedSize: this.compressedSize, size: this.size }, this.start);
  }

  /** Hands the full buffer to the compressor and starts a fresh one (the stream owns what it was given). */
  private hand(): void {
    const chunk = this.used === this.buffer.length ? this.buffer : this.buffer.slice(0, this.used);
    this.crc = this.crc32(this.crc, chunk);
    this.size += chunk.length;
    this.buffer = new Uint8Array(CHUNK);
    this.used = 0;
    this.ready = this.ready
      .then(() => this.writer.write(chunk))
      .catch((error: unknown) => {
        this.failure ??= error;
      });
  }
}

function localHeader(name: Uint8Array): Uint8Array {
  const header = new Uint8Array(30 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, FLAGS, true);
  view.setUint16(8, 8, true);
  view.setUint16(12, DOS_DATE, true);
  view.setUint16(26, name.length, true);
  header.set(name, 30);
  return header;
}

function centralRecord(
  name: Uint8Array,
  entry: Pick<ZipEntry, "crc" | "compressedSize" | "size" | "flags" | "method">,
  offset: number,
): Uint8Array {
  const record = new Uint8Array(46 + name.length);
  const view = new DataView(record.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, 20, true);
  view.setUint16(8, entry.flags & ~0x0001, true);
  view.setUint16(10, entry.method, true);
  view.setUint16(14, DOS_DATE, true);
  view.setUint32(16, entry.crc, true);
  view.setUint32(20, entry.compressedSize, true);
  view.setUint32(24, entry.size, true);
  view.setUint16(28, name.length, true);
  view.setUint32(42, offset, true);
  record.set(name, 46);
  return record;
}

function withOffset(central: Uint8Array, offset: number): Uint8Array {
  // A copy (a Node Buffer's slice() would share the input's memory).
  const record = new Uint8Array(central);
  new DataView(record.buffer).setUint32(42, offset, true);
  return record;
}
