import { platformCodec } from "../src/files/zip/codec";
import { inflateEntry } from "../src/files/zip/inflate";
import { readZip } from "../src/files/zip/zipArchive";
import { ZipWriter } from "../src/files/zip/zipWriter";
import { concatBytes } from "../src/files/zip/bytes";
(async () => {
  const data = new TextEncoder().encode("<row>".repeat(200_000));
  let t = Date.now();
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter({ write: (b) => void chunks.push(b.slice()) }, platformCodec);
  await zip.add("a.xml", data); await zip.finish();
  console.log("zip", Date.now() - t); t = Date.now();
  const a = readZip(concatBytes(chunks)); if (!a.ok) throw 1;
  let n = 0; for await (const p of inflateEntry(a.value, a.value.byName.get("a.xml")!, { codec: platformCodec, limit: 1e8, verify: true })) n += p.length;
  console.log("inflate", Date.now() - t, n);
})();
