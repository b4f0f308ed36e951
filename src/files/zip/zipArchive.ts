import { fail, ok, type Result } from "../../engine/result";
import type { ZipDefect } from "../fileProblems";

export type { ZipDefect };

export interface ZipProblem {
  readonly defect: ZipDefect;
  /** The entry concerned, when there is one. */
  readonly entry?: string;
}

/** One file inside the archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** Size once inflated, as the directory states it. */
  readonly size: number;
  /** Where its local record starts, and where its compressed data starts and ends. */
  readonly recordStart: number;
  readonly dataStart: number;
  readonly dataEnd: number;
  /** End of the local record, past any data descriptor: [recordStart, recordEnd) is copied as it is. */
  readonly recordEnd: number;
  /** Its central-directory record, as written, to copy with only the offset changed. */
  readonly central: Uint8Array;
  /** The central record carries zip64 fields, so it is rebuilt rather than copied. */
  readonly zip64: boolean;
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  /** Entries in directory order. */
  readonly entries: readonly ZipEntry[];
  /** Entries by name. */
  readonly byName: ReadonlyMap<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const MAX_COMMENT = 0xffff;

/**
 * Reads the directory of a zip archive held in memory. The entries' data is
 * not touched: `inflateEntry` streams one when asked.
 *
 * @example
 * const zip = readZip(bytes);
 * zip.ok && zip.value.byName.get("xl/workbook.xml")?.size //=> 1742
 */
export function readZip(bytes: Uint8Array): Result<ZipArchive, ZipProblem> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const startsAsZip = bytes.length >= 4 && view.getUint32(0, true) === LOCAL;
  const end = findEndRecord(view);
  if (end < 0) return fail({ defect: startsAsZip ? "truncated" : "notZip" });
  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryStart = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const at = Number(view.getBigUint64(end - 12, true));
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD) return fail({ defect: "badDirectory" });
    count = Number(view.getBigUint64(at + 32, true));
    directorySize = Number(view.getBigUint64(at + 40, true));
    directoryStart = Number(view.getBigUint64(at + 48, true));
  }
  if (directoryStart + directorySize > bytes.length) return fail({ defect: "truncated" });

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const utf8 = new TextDecoder("utf-8", { fatal: false });
  for (let at = directoryStart, k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return fail({ defect: "badDirectory" });
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const recordLength = 46 + nameLength + extraLength + commentLength;
    if (at + recordLength > bytes.length) return fail({ defect: "badDirectory" });
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const sizes = {
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      recordStart: view.getUint32(at + 42, true),
    };
    const zip64 = readZip64Extra(view, at + 46 + nameLength, extraLength, sizes);
    const entry = localRecord(view, {
      name,
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      crc: view.getUint32(at + 16, true),
      ...sizes,
      central: bytes.subarray(at, at + recordLength),
      zip64,
    });
    if (!entry.ok) return entry;
    entries.push(entry.value);
    byName.set(name, entry.value);
    at += recordLength;
  }
  return ok({ bytes, entries, byName });
}

/** The end-of-central-directory record, searched from the end (it may be followed by a comment). */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

interface Sizes {
  compressedSize: number;
  size: number;
  recordStart: number;
}

/** Takes 64-bit sizes and offset from a zip64 extra field where the 32-bit ones are saturated. */
function readZip64Extra(view: DataView, start: number, length: number, sizes: Sizes): boolean {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (sizes.size === 0xffffffff) sizes.size = next();
      if (sizes.compressedSize === 0xffffffff) sizes.compressedSize = next();
      if (sizes.recordStart === 0xffffffff) sizes.recordStart = next();
      return true;
    }
    at += 4 + size;
  }
  return false;
}

type Described = Omit<ZipEntry, "dataStart" | "dataEnd" | "recordEnd">;

/** Checks an entry's local record and finds where its data and the whole record end. */
function localRecord(view: DataView, entry: Described): Result<ZipEntry, ZipProblem> {
  const { recordStart, compressedSize, name, flags, method } = entry;
  if (recordStart + 30 > view.byteLength || view.getUint32(recordStart, true) !== LOCAL) return fail({ defect: "badEntry", entry: name });
  if (flags & 1) return fail({ defect: "encryptedEntry", entry: name });
  if (method !== 0 && method !== 8) return fail({ defect: "unsupportedMethod", entry: name });
  const dataStart = recordStart + 30 + view.getUint16(recordStart + 26, true) + view.getUint16(recordStart + 28, true);
  const dataEnd = dataStart + compressedSize;
  if (dataEnd > view.byteLength) return fail({ defect: "truncated", entry: name });
  let recordEnd = dataEnd;
  if (flags & 8) {
    // A data descriptor follows: crc and sizes, with or without its signature, 32- or 64-bit sizes.
    const signed = dataEnd + 4 <= view.byteLength && view.getUint32(dataEnd, true) === DESCRIPTOR;
    recordEnd = dataEnd + (signed ? 4 : 0) + (entry.zip64 ? 20 : 12);
    if (recordEnd > view.byteLength) return fail({ defect: "truncated", entry: name });
  }
  return ok({ ...entry, dataStart, dataEnd, recordEnd });
}
