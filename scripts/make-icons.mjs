// Generates every Rebound icon in resources/ from code, so the artwork is
// reproducible and reviewable without design tools or npm dependencies.
//
//   node scripts/make-icons.mjs [outDir]     (default: resources/)
//
// The mark: a coral "ball" bouncing above a teal smile-shaped arc.
// Shapes are signed distance functions in unit space (0..1 across the canvas),
// rasterised with 4x4 supersampling for anti-aliasing.

import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SUPERSAMPLE = 4;

// ---------- palette (sRGB, 0..255) ----------
const CORAL = [255, 122, 89];
const CORAL_DARK = [168, 58, 36];
const TEAL = [28, 184, 168];
const TEAL_DARK = [10, 98, 90];
const AMBER = [255, 184, 28];
const AMBER_DARK = [150, 88, 0];
const CREAM = [255, 247, 236];
const BLACK = [0, 0, 0];
const TILE_TOP = [255, 138, 101];
const TILE_BOTTOM = [236, 84, 72];

// ---------- signed distance functions (negative = inside) ----------
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;

// A stroke along a circular arc with round caps whose width tapers from
// `startHalfWidth` to `endHalfWidth`, so the curve reads as motion (a swoosh).
// Angles in degrees; y grows downward, so 90° points straight down.
function arcStroke(cx, cy, radius, fromDeg, toDeg, startHalfWidth, endHalfWidth) {
  const a0 = (fromDeg * Math.PI) / 180;
  const a1 = (toDeg * Math.PI) / 180;
  const capAt = (a) => [cx + radius * Math.cos(a), cy + radius * Math.sin(a)];
  const [c0x, c0y] = capAt(a0);
  const [c1x, c1y] = capAt(a1);
  return (x, y) => {
    const angle = Math.atan2(y - cy, x - cx);
    if (angle >= a0 && angle <= a1) {
      const t = (angle - a0) / (a1 - a0);
      const halfWidth = startHalfWidth + (endHalfWidth - startHalfWidth) * t;
      return Math.abs(Math.hypot(x - cx, y - cy) - radius) - halfWidth;
    }
    return Math.min(Math.hypot(x - c0x, y - c0y) - startHalfWidth, Math.hypot(x - c1x, y - c1y) - endHalfWidth);
  };
}

function roundedSquare(inset, cornerRadius) {
  const half = 0.5 - inset - cornerRadius;
  return (x, y) => {
    const qx = Math.abs(x - 0.5) - half;
    const qy = Math.abs(y - 0.5) - half;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - cornerRadius;
  };
}

// Grows a shape outward by `amount` (used for outlines and knock-out gaps).
const grow = (sdf, amount) => (x, y) => sdf(x, y) - amount;

// Re-maps a shape drawn in unit space into a sub-box of the canvas.
const place = (sdf, left, top, size) => (x, y) => sdf((x - left) / size, (y - top) / size) * size;

// ---------- the mark ----------
// The arc dips and then rises higher on the right than it started on the
// left: a rebound. It thickens towards the rising end to suggest momentum.
const BALL = circle(0.47, 0.33, 0.195);
const ARC = arcStroke(0.47, 0.39, 0.42, 20, 152, 0.075, 0.035);
const DOT = circle(0.855, 0.145, 0.135);

// A layer paints `color` ([r,g,b] or (x,y)=>[r,g,b]) where sdf <= 0, or
// erases to transparent. `blur` > 0 fades alpha out over that distance
// outside the shape (used for the soft shadow).
const paint = (sdf, color, alpha = 1, blur = 0) => ({ sdf, color, alpha, blur });
const erase = (sdf) => ({ sdf, erase: true });

function trayLayers({ attention, template }) {
  const outline = 0.05; // darker rim so the colours hold up on light panels
  // Templates skip the rim: macOS tints them, and the bare shapes keep a
  // clear gap between ball and arc at 16 px.
  const layers = template
    ? [paint(BALL, BLACK), paint(ARC, BLACK)]
    : [paint(grow(ARC, outline), TEAL_DARK), paint(ARC, TEAL), paint(grow(BALL, outline), CORAL_DARK), paint(BALL, CORAL)];
  if (attention) {
    // Cut a transparent ring around the dot so it stays distinct from the ball.
    layers.push(erase(grow(DOT, 0.05)));
    layers.push(template ? paint(DOT, BLACK) : paint(DOT, AMBER_DARK));
    if (!template) layers.push(paint(grow(DOT, -0.035), AMBER));
  }
  return layers;
}

function appIconLayers() {
  const tile = roundedSquare(0.07, 0.2);
  const shadow = (x, y) => tile(x, y - 0.012); // same tile, nudged down
  const gradient = (_x, y) => TILE_TOP.map((top, i) => top + (TILE_BOTTOM[i] - top) * y);
  // The mark's visual centre is ~(0.5, 0.5) in unit space; shrink it to 66%
  // of the canvas so it keeps a comfortable margin inside the tile.
  const at = (sdf) => place(sdf, 0.17, 0.17, 0.66);
  return [paint(shadow, [90, 30, 20], 0.35, 0.03), paint(tile, gradient), paint(at(ARC), CREAM, 0.9), paint(at(BALL), CREAM)];
}

// ---------- rasteriser ----------
function render(size, layers) {
  const rgba = new Uint8Array(size * size * 4);
  const step = 1 / SUPERSAMPLE;
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour so edges blend without dark fringes.
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) * step) / size;
          const y = (py + (sy + 0.5) * step) / size;
          let cr = 0,
            cg = 0,
            cb = 0,
            ca = 0;
          for (const layer of layers) {
            const distance = layer.sdf(x, y);
            if (distance > (layer.blur || 0)) continue;
            if (layer.erase) {
              cr = cg = cb = ca = 0;
              continue;
            }
            const [lr, lg, lb] = typeof layer.color === 'function' ? layer.color(x, y) : layer.color;
            const fade = distance > 0 ? (1 - distance / layer.blur) ** 2 : 1;
            const la = layer.alpha * fade;
            cr = lr * la + cr * (1 - la);
            cg = lg * la + cg * (1 - la);
            cb = lb * la + cb * (1 - la);
            ca = la + ca * (1 - la);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = a / samples;
      if (alpha > 0) {
        rgba[i] = Math.round(r / samples / alpha);
        rgba[i + 1] = Math.round(g / samples / alpha);
        rgba[i + 2] = Math.round(b / samples / alpha);
      }
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

// ---------- PNG encoder (RGBA, 8-bit, filter 0) ----------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type 0 (None)
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- containers ----------
// ICO with PNG-compressed entries (supported since Windows Vista).
function encodeIco(entries) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(entries.length, 4);
  let offset = 6 + 16 * entries.length;
  const directory = entries.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...directory, ...entries.map((e) => e.png)]);
}

// ICNS: big-endian, each entry is type + length (including its 8-byte header).
function encodeIcns(entries) {
  const blocks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(blocks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

// ---------- output ----------
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'resources'));
mkdirSync(outDir, { recursive: true });

const pngCache = new Map();
const png = (kind, size, layers) => {
  const key = `${kind}@${size}`;
  if (!pngCache.has(key)) pngCache.set(key, encodePng(size, render(size, layers)));
  return pngCache.get(key);
};
const tray = (size, opts) => png(JSON.stringify(opts), size, trayLayers(opts));
const appIcon = (size) => png('app', size, appIconLayers());

const plain = { attention: false, template: false };
const attention = { attention: true, template: false };
const template = { attention: false, template: true };
const attentionTemplate = { attention: true, template: true };

const files = {
  'tray.png': tray(16, plain),
  'tray@2x.png': tray(32, plain),
  'tray-32.png': tray(32, plain),
  'tray-32@2x.png': tray(64, plain),
  'tray-attention.png': tray(16, attention),
  'tray-attention@2x.png': tray(32, attention),
  'trayTemplate.png': tray(16, template),
  'trayTemplate@2x.png': tray(32, template),
  'trayAttentionTemplate.png': tray(16, attentionTemplate),
  'trayAttentionTemplate@2x.png': tray(32, attentionTemplate),
  'icon.png': appIcon(512),
  'icon-256.png': appIcon(256),
  'icon.ico': encodeIco([16, 32, 48, 256].map((size) => ({ size, png: appIcon(size) }))),
  'icon.icns': encodeIcns(
    [
      ['icp4', 16],
      ['icp5', 32],
      ['ic07', 128],
      ['ic08', 256],
      ['ic09', 512],
    ].map(([type, size]) => ({
      type,
      png: appIcon(size),
    })),
  ),
};

for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(outDir, name), bytes);
  console.log(`${name.padEnd(30)} ${String(bytes.length).padStart(7)} bytes`);
}
