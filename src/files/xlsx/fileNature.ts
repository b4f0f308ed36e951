import type { ZipArchive } from "../zip/zipArchive";

import type { FileNature } from "../fileProblems";

export type { FileNature };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when the bytes start as an OLE compound file (old .xls, or an encrypted .xlsx). */
export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * What an OLE compound file holds, from the stream names in its directory
 * (UTF-16 names): an encrypted OOXML package ("EncryptedPackage"), an
 * Excel 97-2003 workbook ("Workbook" / "Book"), or something else.
 *
 * @example
 * oleContent(readFileSync("protected.xlsx")) //=> "encrypted"
 */
export function oleContent(bytes: Uint8Array): "encrypted" | "xls" | "ole" {
  if (holdsUtf16(bytes, "EncryptedPackage")) return "encrypted";
  if (holdsUtf16(bytes, "Workbook") || holdsUtf16(bytes, "Book\u0000")) return "xls";
  return "ole";
}

function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * What a file that is not a zip nor an OLE file is: empty, text (a csv named
 * .xlsx, say), or unknown bytes.
 */
export function plainNature(bytes: Uint8Array): FileNature {
  if (bytes.length === 0) return "empty";
  const sample = bytes.subarray(0, 4096);
  let printable = 0;
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  return printable === sample.length ? "text" : "unknown";
}

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/**
 * What a zip archive without a workbook in it is, from its entry names: an
 * OpenDocument file (.ods spreadsheet or another), a Word or PowerPoint file,
 * or some other zip.
 */
export function zipNature(archive: ZipArchive): FileNature {
  const mimetype = archive.byName.get("mimetype");
  if (mimetype) {
    const stored = mimetype.method === 0 ? new TextDecoder().decode(archive.bytes.subarray(mimetype.dataStart, mimetype.dataEnd)) : "";
    return stored.trim() === ODS_MIME ? "ods" : "opendocument";
  }
  if (archive.byName.has("word/document.xml")) return "word";
  if (archive.byName.has("ppt/presentation.xml")) return "powerpoint";
  return "zip";
}
