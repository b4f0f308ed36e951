/** Reads a PNG's size from its IHDR chunk (the first chunk, at a fixed offset). */
"use strict";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * @returns {{ width: number, height: number } | null} null when the bytes are not a PNG
 * @example readPngSize(fs.readFileSync("assets/icon-32.png")) //=> { width: 32, height: 32 }
 */
function readPngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

module.exports = { readPngSize };
