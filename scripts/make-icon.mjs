// PNG icons drawn from the same shapes as web/icon.svg: a blue rounded square with four text
// lines, one highlighted. Chrome wants PNG for extension icons, and the page's favicon is a PNG
// because an SVG one costs the page's main thread ~20 ms (an isolated SVG document) just when
// the summarizer comes up.
//   node scripts/make-icon.mjs OUT.png [SIZE]       or   import { iconPng } from './make-icon.mjs'
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** The icon as PNG bytes, SIZE pixels square. */
export function iconPng(size) {
  return encodePng(size, drawIcon(size));
}

const rgba = (hex, a = 1) => [...hex.match(/\w\w/g).map((h) => parseInt(h, 16)), Math.round(a * 255)];
/** RGBA pixels, row by row. */
function drawIcon(size) {
  const k = size / 512;
  const px = Buffer.alloc(size * size * 4);
  const roundRect = (x, y, w, h, r, color) => {
    for (let py = 0; py < size; ++py) {
      for (let pxx = 0; pxx < size; ++pxx) {
        const X = (pxx + 0.5) / k;
        const Y = (py + 0.5) / k;
        if (X < x || X > x + w || Y < y || Y > y + h) continue;
        const dx = Math.max(x + r - X, 0, X - (x + w - r));
        const dy = Math.max(y + r - Y, 0, Y - (y + h - r));
        if (dx * dx + dy * dy > r * r) continue;
        const i = (py * size + pxx) * 4;
        const a = color[3] / 255;
        for (let c = 0; c < 3; ++c) px[i + c] = Math.round(color[c] * a + px[i + c] * (1 - a));
        px[i + 3] = Math.max(px[i + 3], color[3]);
      }
    }
  };
  roundRect(0, 0, 512, 512, 96, rgba('0b5cad'));
  roundRect(112, 120, 288, 36, 18, rgba('ffffff'));
  roundRect(112, 196, 288, 36, 18, rgba('ffffff', 0.55));
  roundRect(112, 272, 220, 36, 18, rgba('fff1a8'));
  roundRect(112, 348, 260, 36, 18, rgba('ffffff', 0.55));
  return px;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let j = 0; j < 8; ++j) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
function encodePng(size, px) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; ++y) px.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, size = '128'] = process.argv.slice(2);
  writeFileSync(out, iconPng(Number(size)));
}
