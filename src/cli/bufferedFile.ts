import { readSync, writeSync } from "fs";

/** Bytes held before a write: large enough for few system calls, small enough to stay in the cache. */
const BUFFER_BYTES = 1 << 20;

/**
 * A file written through one reused buffer. Texts are encoded straight into
 * it and written out with a synchronous write when it fills, so a million
 * output lines cost no joined million-line strings and no fresh memory per
 * piece (on a large file, fresh memory is what makes writing slow).
 */
export class BufferedFile {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  /** Adds text (UTF-8). Throws the system error when the disk refuses it. */
  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const worst = text.length * 3;
    if (worst > BUFFER_BYTES - this.used) {
      this.flush();
      if (worst > BUFFER_BYTES) {
        writeSync(this.fd, text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  /** Adds bytes as they are. */
  writeBytes(bytes: Uint8Array, start: number, end: number): void {
    if (end - start > BUFFER_BYTES - this.used) {
      this.flush();
      if (end - start > BUFFER_BYTES) {
        for (let done = start; done < end;) done += writeSync(this.fd, bytes, done, end - done);
        return;
      }
    }
    this.buffer.set(bytes.subarray(start, end), this.used);
    this.used += end - start;
  }

  /** Writes out what the buffer holds. */
  flush(): void {
    let done = 0;
    while (done < this.used) done += writeSync(this.fd, this.buffer, done, this.used - done);
    this.used = 0;
  }
}

/** A file read front to back through one reused buffer, copied on in byte runs. */
export class ByteReader {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  /** The buffer holds file bytes [`bufferStart`, `bufferStart + filled`); `at` is the next byte to hand out. */
  private bufferStart = 0;
  private filled = 0;
  private at = 0;

  constructor(private readonly fd: number) {}

  /** Copies the next `length` bytes to `out`. Throws when the file ends first. */
  copyTo(out: BufferedFile, length: number): void {
    let left = length;
    while (left > 0) {
      const offset = this.fill();
      const take = Math.min(left, this.filled - offset);
      out.writeBytes(this.buffer, offset, offset + take);
      this.at += take;
      left -= take;
    }
  }

  /** Passes over the next `length` bytes. */
  skip(length: number): void {
    this.at += length;
  }

  /** Makes the buffer hold byte `at`; returns its offset in the buffer. */
  private fill(): number {
    const offset = this.at - this.bufferStart;
    if (offset >= 0 && offset < this.filled) return offset;
    this.bufferStart = this.at;
    this.filled = readSync(this.fd, this.buffer, 0, BUFFER_BYTES, this.at);
    if (this.filled === 0) throw new Error("the input file is shorter than when it was read");
    return 0;
  }
}
