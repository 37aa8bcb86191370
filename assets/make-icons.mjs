// Draws painmap's app icons (a tap point on the clinic-teal ground) and writes them as PNGs
// beside this file: icon-192.png and icon-512.png (rounded square, transparent corners) and
// icon-maskable-512.png / icon-maskable-192.png (full bleed, the mark inside the 80 % safe zone).
// icon.svg is the same mark as a vector, for browsers' tab icons. The PNGs are committed; run
// this again only to change the design:  node assets/make-icons.mjs
//
// No image library: shapes are drawn analytically with 4x4 supersampling and written with
// node's zlib as a plain RGBA PNG.

import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const TEAL = [0x0a, 0x6e, 0x5c];
const WHITE = [0xff, 0xff, 0xff];

// The mark, in units of the icon's side (0..1), centred: a soft outer ring, a ring, a dot.
function mark(scale) {
  return [
    { kind: 'ring', r: 0.36 * scale, w: 0.028 * scale, colour: WHITE, alpha: 0.45 },
    { kind: 'ring', r: 0.25 * scale, w: 0.055 * scale, colour: WHITE, alpha: 1 },
    { kind: 'disc', r: 0.115 * scale, colour: WHITE, alpha: 1 },
  ];
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function coverage(shape, x, y) {
  const d = Math.hypot(x - 0.5, y - 0.5);
  if (shape.kind === 'disc') return d <= shape.r ? 1 : 0;
  return Math.abs(d - shape.r) <= shape.w / 2 ? 1 : 0;
}

function draw(size, { maskable }) {
  const px = Buffer.alloc(size * size * 4);
  const shapes = mark(maskable ? 0.8 : 1);
  const S = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < S; sj++) {
        for (let si = 0; si < S; si++) {
          const x = (i + (si + 0.5) / S) / size;
          const y = (j + (sj + 0.5) / S) / size;
          if (!maskable && !insideRoundedSquare(x, y, 0.2)) continue;
          let c = TEAL;
          for (const s of shapes) {
            if (coverage(s, x, y)) c = c.map((v, k) => v * (1 - s.alpha) + s.colour[k] * s.alpha);
          }
          r += c[0]; g += c[1]; b += c[2]; a += 255;
        }
      }
      const n = S * S;
      const o = (j * size + i) * 4;
      // Colours are averaged over covered samples only (straight, not premultiplied, alpha).
      const covered = a / 255;
      px[o] = covered ? Math.round(r / covered) : 0;
      px[o + 1] = covered ? Math.round(g / covered) : 0;
      px[o + 2] = covered ? Math.round(b / covered) : 0;
      px[o + 3] = Math.round(a / n);
    }
  }
  return png(size, size, px);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg() {
  const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
  const parts = mark(1).map((s) =>
    s.kind === 'disc'
      ? `<circle cx="50" cy="50" r="${+(s.r * 100).toFixed(2)}" fill="${hex(s.colour)}"/>`
      : `<circle cx="50" cy="50" r="${+(s.r * 100).toFixed(2)}" fill="none" stroke="${hex(s.colour)}" stroke-width="${+(s.w * 100).toFixed(2)}"${s.alpha < 1 ? ` stroke-opacity="${s.alpha}"` : ''}/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="20" fill="${hex(TEAL)}"/>${parts.join('')}</svg>\n`;
}

for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-192.png', 192, true],
  ['icon-maskable-512.png', 512, true],
]) {
  writeFileSync(join(HERE, name), draw(size, { maskable }));
}
writeFileSync(join(HERE, 'icon.svg'), svg());
console.log('icons written to', HERE);
