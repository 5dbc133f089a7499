// Generates assets/icon-<size>.png: a rounded green-teal square with a white table glyph.
// Pure Node (zlib + a hand-written PNG encoder) so the icons can be regenerated anywhere: `node scripts/make-icons.js`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const TEAL = [0x1f, 0x8a, 0x70];
const TEAL_DARK = [0x15, 0x6b, 0x57];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width*height*4) as a PNG. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage (0..1) of pixel (x, y) by a rounded square, supersampled 4×4 for smooth edges. */
function roundedCoverage(x, y, size, radius) {
  let inside = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      const cx = Math.min(Math.max(px, radius), size - radius);
      const cy = Math.min(Math.max(py, radius), size - radius);
      if ((px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2) inside += 1;
    }
  }
  return inside / 16;
}

/** Draws the icon: teal rounded square, white table (header band + 3×3 grid lines). */
function drawIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const radius = size * 0.18;
  const margin = Math.round(size * 0.2);
  const inner = size - 2 * margin;
  const line = Math.max(1, Math.round(size / 24));
  const headerHeight = Math.max(line * 2, Math.round(inner * 0.24));
  const columns = [0, 1 / 3, 2 / 3, 1].map((f) => margin + Math.round(f * (inner - line)));
  const rows = [0, headerHeight, headerHeight + (inner - headerHeight) / 2, inner].map((f) => margin + Math.round(Math.min(f, inner - line)));
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const alpha = roundedCoverage(x, y, size, radius);
      const inTable = x >= margin && x < margin + inner && y >= margin && y < margin + inner;
      const onColumn = columns.some((c) => x >= c && x < c + line);
      const onRow = rows.some((r) => y >= r && y < r + line);
      const inHeader = y >= margin && y < margin + headerHeight;
      let color = y > size * 0.55 ? TEAL_DARK.map((v, i) => Math.round(v + (TEAL[i] - v) * (1 - (y - size * 0.55) / (size * 0.45)))) : TEAL;
      if (inTable && (onColumn || onRow || inHeader)) color = WHITE;
      const offset = (y * size + x) * 4;
      rgba[offset] = color[0];
      rgba[offset + 1] = color[1];
      rgba[offset + 2] = color[2];
      rgba[offset + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const out = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) fs.writeFileSync(path.join(out, `icon-${size}.png`), drawIcon(size));
  process.stdout.write(`icons written to ${out}: ${SIZES.map((s) => `icon-${s}.png`).join(', ')}\n`);
}

if (require.main === module) main();

module.exports = { encodePng, drawIcon, crc32, SIZES };
