// Checks the generated icon files in resources/ byte by byte: PNG structure,
// pixel content, and the ICO / ICNS containers. Regenerate the icons with
// `node scripts/make-icons.mjs`.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const RESOURCES = fileURLToPath(new URL('../../resources/', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const read = (name: string): Buffer => readFileSync(RESOURCES + name);

interface Chunk {
  type: string;
  data: Buffer;
}

interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  /** RGBA, 4 bytes per pixel, row-major. */
  pixels: Buffer;
}

function readChunks(png: Buffer): Chunk[] {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('missing PNG signature');
  const chunks: Chunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw new Error(`truncated chunk at ${offset}`);
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const end = offset + 8 + length;
    if (end + 4 > png.length) throw new Error(`chunk ${type} overruns the file`);
    const data = png.subarray(offset + 8, end);
    const storedCrc = png.readUInt32BE(end);
    const actualCrc = crc32(png.subarray(offset + 4, end));
    if (storedCrc !== actualCrc) throw new Error(`bad CRC in ${type} chunk`);
    chunks.push({ type, data });
    offset = end + 4;
  }
  return chunks;
}

function readIhdr(png: Buffer): { width: number; height: number } {
  const ihdr = readChunks(png)[0];
  if (ihdr?.type !== 'IHDR') throw new Error('first chunk is not IHDR');
  return { width: ihdr.data.readUInt32BE(0), height: ihdr.data.readUInt32BE(4) };
}

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Decodes an 8-bit RGBA, non-interlaced PNG (the only kind we generate). */
function decodePng(png: Buffer): DecodedPng {
  const chunks = readChunks(png);
  const ihdr = chunks[0];
  if (ihdr?.type !== 'IHDR') throw new Error('first chunk is not IHDR');
  if (chunks.at(-1)?.type !== 'IEND') throw new Error('last chunk is not IEND');
  const width = ihdr.data.readUInt32BE(0);
  const height = ihdr.data.readUInt32BE(4);
  const bitDepth = ihdr.data.readUInt8(8);
  const colorType = ihdr.data.readUInt8(9);
  const interlace = ihdr.data.readUInt8(12);
  if (bitDepth !== 8 || colorType !== 6 || interlace !== 0) {
    throw new Error(`unsupported PNG format: depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`);
  }
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * 4;
  if (raw.length !== (stride + 1) * height) {
    throw new Error(`IDAT holds ${raw.length} bytes, expected ${(stride + 1) * height}`);
  }
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw.readUInt8(y * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const value = raw.readUInt8(y * (stride + 1) + 1 + x);
      const left = x >= 4 ? pixels.readUInt8(y * stride + x - 4) : 0;
      const up = y > 0 ? pixels.readUInt8((y - 1) * stride + x) : 0;
      const upLeft = x >= 4 && y > 0 ? pixels.readUInt8((y - 1) * stride + x - 4) : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = Math.floor((left + up) / 2);
      else if (filter === 4) predictor = paeth(left, up, upLeft);
      else throw new Error(`unsupported PNG filter type ${filter} on row ${y}`);
      pixels.writeUInt8((value + predictor) & 0xff, y * stride + x);
    }
  }
  return { width, height, bitDepth, colorType, interlace, pixels };
}

const pixelAt = (img: DecodedPng, x: number, y: number): [number, number, number, number] => {
  const i = (y * img.width + x) * 4;
  const p = img.pixels;
  return [p.readUInt8(i), p.readUInt8(i + 1), p.readUInt8(i + 2), p.readUInt8(i + 3)];
};

function* allPixels(img: DecodedPng): Generator<[number, number, number, number]> {
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) yield pixelAt(img, x, y);
}

const TRAY = { 'tray.png': 16, 'tray@2x.png': 32, 'tray-32.png': 32, 'tray-32@2x.png': 64 };
const TRAY_ATTENTION = { 'tray-attention.png': 16, 'tray-attention@2x.png': 32 };
const TEMPLATES = { 'trayTemplate.png': 16, 'trayTemplate@2x.png': 32 };
const ATTENTION_TEMPLATES = { 'trayAttentionTemplate.png': 16, 'trayAttentionTemplate@2x.png': 32 };
const APP_ICONS = { 'icon.png': 512, 'icon-256.png': 256 };
const ALL_PNGS: Record<string, number> = {
  ...TRAY,
  ...TRAY_ATTENTION,
  ...TEMPLATES,
  ...ATTENTION_TEMPLATES,
  ...APP_ICONS,
};

describe('PNG icons', () => {
  it.each(Object.entries(ALL_PNGS))('%s is a valid %ipx RGBA PNG with visible content', (name, size) => {
    const img = decodePng(read(name));
    expect(img.width).toBe(size);
    expect(img.height).toBe(size);
    expect(img.colorType).toBe(6);
    const alphas = [...allPixels(img)].map(([, , , a]) => a);
    expect(alphas.filter((a) => a === 255).length).toBeGreaterThan(size * size * 0.1);
    // Every icon has a transparent margin (rounded tile corners, tray padding).
    expect(pixelAt(img, 0, 0)[3]).toBe(0);
    expect(pixelAt(img, size - 1, size - 1)[3]).toBe(0);
  });

  it.each(Object.entries({ ...TEMPLATES, ...ATTENTION_TEMPLATES }))(
    '%s is a macOS template image: black pixels with alpha only',
    (name) => {
      const img = decodePng(read(name));
      const coloured = [...allPixels(img)].filter(([r, g, b]) => r !== 0 || g !== 0 || b !== 0);
      expect(coloured).toEqual([]);
    },
  );

  it.each(Object.entries({ ...TRAY, ...TRAY_ATTENTION }))('%s is colourful, not greyscale', (name, size) => {
    const img = decodePng(read(name));
    const saturated = [...allPixels(img)].filter(([r, g, b, a]) => a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 80);
    expect(saturated.length).toBeGreaterThan(size * size * 0.1);
  });

  it.each([
    ['tray.png', 'tray-attention.png'],
    ['tray@2x.png', 'tray-attention@2x.png'],
    ['trayTemplate.png', 'trayAttentionTemplate.png'],
    ['trayTemplate@2x.png', 'trayAttentionTemplate@2x.png'],
  ])('%s has no top-right dot; %s does', (plainName, attentionName) => {
    const plain = decodePng(read(plainName));
    const attention = decodePng(read(attentionName));
    // The dot is centred at ~(85.5%, 14.5%) of the canvas.
    const x = Math.floor(plain.width * 0.855);
    const y = Math.floor(plain.height * 0.145);
    expect(pixelAt(plain, x, y)[3]).toBe(0);
    expect(pixelAt(attention, x, y)[3]).toBe(255);
  });

  it('@2x tray variants are the same design at twice the size', () => {
    // Compare coverage: the 1x image and a 2x2-averaged @2x image should agree closely.
    const small = decodePng(read('tray.png'));
    const large = decodePng(read('tray@2x.png'));
    let totalDiff = 0;
    for (let y = 0; y < small.height; y++) {
      for (let x = 0; x < small.width; x++) {
        const quad = [0, 1].flatMap((dy) => [0, 1].map((dx) => pixelAt(large, 2 * x + dx, 2 * y + dy)[3]));
        const averaged = quad.reduce((sum, a) => sum + a, 0) / 4;
        totalDiff += Math.abs(averaged - pixelAt(small, x, y)[3]);
      }
    }
    expect(totalDiff / (small.width * small.height)).toBeLessThan(8);
  });
});

describe('PNG decoder used by these tests', () => {
  const replaceIdat = (png: Buffer, raw: Buffer): Buffer => {
    const chunks = readChunks(png).filter((c) => c.type !== 'IDAT' && c.type !== 'IEND');
    const encode = (type: string, data: Buffer): Buffer => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(data.length, 0);
      head.write(type, 4, 'ascii');
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
      return Buffer.concat([head, data, crc]);
    };
    return Buffer.concat([
      PNG_SIGNATURE,
      ...chunks.map((c) => encode(c.type, c.data)),
      encode('IDAT', deflateSync(raw)),
      encode('IEND', Buffer.alloc(0)),
    ]);
  };

  it('rejects an unknown scanline filter type', () => {
    const raw = Buffer.alloc((16 * 4 + 1) * 16);
    raw.writeUInt8(5, 0);
    expect(() => decodePng(replaceIdat(read('tray.png'), raw))).toThrow(/filter type 5/);
  });

  it('rejects a corrupted chunk', () => {
    const png = Buffer.from(read('tray.png'));
    png.writeUInt8(png.readUInt8(40) ^ 0xff, 40); // inside IDAT
    expect(() => decodePng(png)).toThrow(/bad CRC/);
  });
});

describe('icon.ico', () => {
  const ico = read('icon.ico');

  it('has an icon header with four PNG entries (16, 32, 48, 256)', () => {
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(4);

    const sizes: number[] = [];
    let expectedOffset = 6 + 16 * 4;
    for (let i = 0; i < 4; i++) {
      const entry = 6 + 16 * i;
      const width = ico.readUInt8(entry) || 256; // 0 encodes 256
      const height = ico.readUInt8(entry + 1) || 256;
      const bytes = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.readUInt16LE(entry + 4)).toBe(1); // planes
      expect(ico.readUInt16LE(entry + 6)).toBe(32); // bits per pixel
      expect(offset).toBe(expectedOffset);
      const png = ico.subarray(offset, offset + bytes);
      expect(png.length).toBe(bytes);
      expect(readIhdr(png)).toEqual({ width, height });
      expect(decodePng(png).colorType).toBe(6);
      sizes.push(width);
      expectedOffset = offset + bytes;
    }
    expect(sizes).toEqual([16, 32, 48, 256]);
    expect(expectedOffset).toBe(ico.length);
  });
});

describe('icon.icns', () => {
  const icns = read('icon.icns');

  it('has the icns magic and a total length equal to the file size', () => {
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });

  it('holds PNG entries icp4, icp5, ic07, ic08, ic09 at the right sizes', () => {
    const entries: [string, number][] = [];
    let offset = 8;
    while (offset < icns.length) {
      const type = icns.toString('ascii', offset, offset + 4);
      const length = icns.readUInt32BE(offset + 4);
      expect(length).toBeGreaterThan(8);
      expect(offset + length).toBeLessThanOrEqual(icns.length);
      const png = icns.subarray(offset + 8, offset + length);
      const { width, height } = readIhdr(png);
      expect(width).toBe(height);
      expect(decodePng(png).colorType).toBe(6);
      entries.push([type, width]);
      offset += length;
    }
    expect(offset).toBe(icns.length);
    expect(entries).toEqual([
      ['icp4', 16],
      ['icp5', 32],
      ['ic07', 128],
      ['ic08', 256],
      ['ic09', 512],
    ]);
  });
});
