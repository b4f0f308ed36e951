import { deflateRawSync } from "zlib";
import { platformCodec } from "../../../src/files/zip/codec";
import { crc32 } from "../../../src/files/zip/crc32";
import { InflateError, inflateEntry } from "../../../src/files/zip/inflate";
import { readZip, type ZipArchive } from "../../../src/files/zip/zipArchive";
import { ZipWriter } from "../../../src/files/zip/zipWriter";
import { concatBytes } from "../../../src/files/zip/bytes";

const MB = 1 << 20;

async function zipOf(entries: Record<string, Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter({ write: (b) => void chunks.push(b.slice()) }, platformCodec);
  for (const [name, data] of Object.entries(entries)) await zip.add(name, data);
  await zip.finish();
  return concatBytes(chunks);
}

function archive(bytes: Uint8Array): ZipArchive {
  const zip = readZip(bytes);
  if (!zip.ok) throw new Error(JSON.stringify(zip.error));
  return zip.value;
}

/** Sets the inflated size a zip's directory states for its first entry: a bomb that lies about its size. */
function stateSize(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = out.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    view.setUint32(view.getUint32(at + 16, true) + 24, size, true);
    return out;
  }
  throw new Error("no directory");
}

async function drainAll(zip: ZipArchive, name: string, limit: number): Promise<{ bytes: number; error?: unknown }> {
  let bytes = 0;
  try {
    for await (const piece of inflateEntry(zip, zip.byName.get(name)!, { codec: platformCodec, limit, verify: true }))
      bytes += piece.length;
    return { bytes };
  } catch (error) {
    return { bytes, error };
  }
}

describe("crc32", () => {
  it("gives the standard check value and carries across pieces", () => {
    const text = new TextEncoder().encode("123456789");
    expect(crc32(0, text)).toBe(0xcbf43926);
    expect(crc32(crc32(0, text.subarray(0, 4)), text.subarray(4))).toBe(0xcbf43926);
  });
});

describe("inflateEntry", () => {
  it("gives back what was deflated, piece by piece", async () => {
    const data = new TextEncoder().encode("<row>".repeat(200_000));
    const zip = archive(await zipOf({ "a.xml": data }));
    const pieces: Uint8Array[] = [];
    for await (const piece of inflateEntry(zip, zip.byName.get("a.xml")!, { codec: platformCodec, limit: 10 * MB, verify: true }))
      pieces.push(piece.slice());
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.from(concatBytes(pieces)).equals(data)).toBe(true);
  });

  it("refuses an entry stated larger than the limit before inflating a byte of it", async () => {
    const zip = archive(await zipOf({ "sheet.xml": new Uint8Array(8 * MB).fill(32) }));
    const result = await drainAll(zip, "sheet.xml", 1 * MB);
    expect(result.bytes).toBe(0);
    expect(result.error).toBeInstanceOf(InflateError);
    expect((result.error as InflateError).defect).toBe("tooLarge");
  });

  it("stops a bomb that states a small size at that size, long before it is inflated", async () => {
    const bomb = new Uint8Array(64 * MB).fill(32);
    expect(deflateRawSync(bomb).length).toBeLessThan(MB / 4);
    const zip = archive(stateSize(await zipOf({ "sheet.xml": bomb }), 1000));
    const result = await drainAll(zip, "sheet.xml", 2 * 1024 * MB);
    expect((result.error as InflateError).defect).toBe("corrupt");
    expect(result.bytes).toBeLessThan(1000);
  });

  it("finds a damaged entry by its CRC", async () => {
    const bytes = stateSize(await zipOf({ "a.xml": new TextEncoder().encode("hello") }), 5).slice();
    const zip = archive(bytes);
    const entry = zip.byName.get("a.xml")!;
    new DataView(bytes.buffer).setUint32(entry.central.byteOffset + 16, 0x12345678, true);
    const result = await drainAll(archive(bytes), "a.xml", MB);
    expect((result.error as InflateError).defect).toBe("corrupt");
  });
});
