// Draws the app's icons (a mentor and a child, white on the theme's blue) as PNG files, with no
// dependencies: shapes as signed distances, 4 × 4 supersampling, and a minimal PNG encoder.
// Run `node scripts/make-icons.mjs` after changing the drawing; the PNGs are committed in public/icons.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x18, 0x64, 0xab]; // Mantine blue 9, the header's colour
const WHITE = [0xff, 0xff, 0xff];

const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
/** The upper half of an ellipse standing on y = cy (a shoulder line). */
const dome = (cx, cy, rx, ry) => (x, y) =>
  y > cy ? y - cy : (Math.hypot((x - cx) / rx, (y - cy) / ry) - 1) * Math.min(rx, ry);
const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

const adult = union(circle(0.4, 0.31, 0.115), dome(0.4, 0.8, 0.215, 0.3));
const child = union(circle(0.665, 0.475, 0.085), dome(0.665, 0.8, 0.15, 0.215));
const GAP = 0.03;

/** White where a figure is: the child in front, the adult cut back around the child. */
function inFigure(x, y) {
  if (child(x, y) <= 0) return true;
  return adult(x, y) <= 0 && child(x, y) > GAP;
}

/** Rounded square for the plain icon; the full square for the maskable one (the launcher masks it). */
function inBackground(x, y, rounded) {
  if (!rounded) return true;
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return Math.hypot(dx, dy) <= r;
}

function draw(size, { rounded, scale }) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (!inBackground(x, y, rounded)) continue;
          bg += 1;
          // The figures drawn at `scale` of the icon, centred (the maskable icon's safe zone).
          const fx = (x - 0.5) / scale + 0.5;
          const fy = (y - 0.5) / scale + 0.5;
          if (inFigure(fx, fy)) fg += 1;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = bg / (n * n);
      const white = bg ? fg / bg : 0;
      for (let c = 0; c < 3; c++)
        rgba[i + c] = Math.round(BLUE[c] * (1 - white) + WHITE[c] * white);
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
const icons = [
  ['icon-192.png', 192, { rounded: true, scale: 0.92 }],
  ['icon-512.png', 512, { rounded: true, scale: 0.92 }],
  ['maskable-512.png', 512, { rounded: false, scale: 0.72 }],
  ['apple-touch-icon.png', 180, { rounded: false, scale: 0.8 }],
];
for (const [name, size, options] of icons) {
  writeFileSync(new URL(name, out), draw(size, options));
  console.log(`public/icons/${name}`);
}
