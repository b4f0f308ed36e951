#!/usr/bin/env node
/**
 * Draws the add-in and ribbon icons as PNG files in assets/ (no image library: shapes are
 * tested per pixel with 4x4 supersampling and written with node's zlib).
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/)
 *
 * The output is deterministic, so re-running it leaves the committed files unchanged.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BRAND = [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
const EXCEL = [16, 124, 65, 255]; // Excel green #107C41
const INK = [66, 66, 66, 255]; // Fluent neutral foreground #424242
const WHITE = [255, 255, 255, 255];

// ---------- PNG encoding ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * Encodes RGBA pixels (row-major, 4 bytes a pixel) as a PNG file.
 * @example encodePng(1, 1, Buffer.from([255, 0, 0, 255])) // a 1x1 red PNG
 */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------- shapes in a unit square, y pointing down ----------

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return dx * dx + dy * dy <= r * r;
};

/** Angle in degrees, clockwise from +x (the y axis points down). */
const angleOf = (cx, cy, x, y) => (Math.atan2(y - cy, x - cx) * 180) / Math.PI;

/** A pie slice from angle a0 to a1 (degrees, clockwise, a0 < a1, within -180..180). */
const wedge = (cx, cy, r, a0, a1) => (x, y) => {
  if (!circle(cx, cy, r)(x, y)) return false;
  const a = angleOf(cx, cy, x, y);
  return a >= a0 && a <= a1;
};

const not = (shape) => (x, y) => !shape(x, y);
const and =
  (...shapes) =>
  (x, y) =>
    shapes.every((s) => s(x, y));

const ring = (cx, cy, r0, r1) => and(circle(cx, cy, r1), not(circle(cx, cy, r0)));

const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s1 = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
  const s2 = (cx - bx) * (y - by) - (cy - by) * (x - bx);
  const s3 = (ax - cx) * (y - cy) - (ay - cy) * (x - cx);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
};

// ---------- the glyphs: lists of [colour, shape] layers, painted in order ----------

const GLYPHS = {
  // The add-in: a green tile with three bars of falling length (a ledger split into segments).
  app: [
    [EXCEL, roundedRect(0.04, 0.04, 0.96, 0.96, 0.18)],
    [WHITE, roundedRect(0.2, 0.2, 0.8, 0.34, 0.05)],
    [WHITE, roundedRect(0.2, 0.43, 0.66, 0.57, 0.05)],
    [WHITE, roundedRect(0.2, 0.66, 0.5, 0.8, 0.05)],
  ],
  // Segment: a pie with one slice pulled out.
  segment: [
    [INK, and(circle(0.45, 0.55, 0.38), not(wedge(0.45, 0.55, 0.38, -90, 0)))],
    [BRAND, wedge(0.55, 0.45, 0.38, -90, 0)],
  ],
  // Configure: three sliders.
  configure: [
    [INK, roundedRect(0.08, 0.2, 0.92, 0.28, 0.04)],
    [INK, roundedRect(0.08, 0.46, 0.92, 0.54, 0.04)],
    [INK, roundedRect(0.08, 0.72, 0.92, 0.8, 0.04)],
    [BRAND, circle(0.66, 0.24, 0.13)],
    [BRAND, circle(0.32, 0.5, 0.13)],
    [BRAND, circle(0.56, 0.76, 0.13)],
  ],
  // Refresh: a clockwise circular arrow.
  refresh: [
    [BRAND, and(ring(0.5, 0.53, 0.26, 0.38), not(wedge(0.5, 0.53, 0.4, -90, -40)))],
    [BRAND, triangle(0.5, 0.04, 0.5, 0.38, 0.74, 0.21)],
  ],
};

/**
 * Paints a glyph at size x size pixels with 4x4 supersampling and returns RGBA pixels.
 * @example renderGlyph("refresh", 16).length // 16 * 16 * 4
 */
function renderGlyph(name, size) {
  const layers = GLYPHS[name];
  if (!layers) throw new Error(`Unknown glyph: ${name}`);
  const SS = 4;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour over the subsamples ("over" compositing per sample).
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          let cr = 0;
          let cg = 0;
          let cb = 0;
          let ca = 0;
          for (const [colour, shape] of layers) {
            if (!shape(x, y)) continue;
            const la = colour[3] / 255;
            cr = colour[0] * la + cr * (1 - la);
            cg = colour[1] * la + cg * (1 - la);
            cb = colour[2] * la + cb * (1 - la);
            ca = la + ca * (1 - la);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const n = SS * SS;
      const alpha = a / n;
      const i = (py * size + px) * 4;
      out[i] = alpha > 0 ? Math.round(r / n / alpha) : 0;
      out[i + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
      out[i + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}

/** Every icon file the manifest references: file name → [glyph, size]. */
const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => [`icon-${size}.png`, "app", size]),
  ...["segment", "configure", "refresh"].flatMap((glyph) => [16, 32, 80].map((size) => [`icon-${glyph}-${size}.png`, glyph, size])),
];

/** Writes every icon into outDir and returns the file names written. */
function makeIcons(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  return ICONS.map(([file, glyph, size]) => {
    fs.writeFileSync(path.join(outDir, file), encodePng(size, size, renderGlyph(glyph, size)));
    return file;
  });
}

module.exports = { encodePng, renderGlyph, makeIcons, ICONS };

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  const files = makeIcons(outDir);
  console.log(`Wrote ${files.length} icons to ${path.relative(process.cwd(), outDir) || "."}`);
}
