// Draws the toolbar icons (16, 32, 48, 128 px PNG) with Node alone: a dark
// rounded square with three lines of "text", the middle one highlighted.
//   node www/extension/icons/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// The picture in unit coordinates (0..1): the colour at a point, or null.
function paint(x, y) {
  const r = 0.2, inset = 0.03;
  const cx = Math.min(Math.max(x, inset + r), 1 - inset - r), cy = Math.min(Math.max(y, inset + r), 1 - inset - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const line = (top, from, to) => y >= top && y <= top + 0.09 && x >= from && x <= to;
  if (y >= 0.40 && y <= 0.60 && x >= 0.16 && x <= 0.84) { // highlighter band
    if (line(0.455, 0.22, 0.78)) return [40, 34, 0, 255];
    return [255, 205, 40, 255];
  }
  if (line(0.22, 0.22, 0.78) || line(0.69, 0.22, 0.6)) return [225, 230, 240, 255];
  return [35, 48, 74, 255];
}

const here = fileURLToPath(new URL('.', import.meta.url));
for (const size of [16, 32, 48, 128]) {
  const ss = 4, buf = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) for (let px = 0; px < size; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) {
      const c = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
      if (c) for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3] / 255;
      if (c) acc[3] += c[3];
    }
    const n = ss * ss, a = acc[3] / n, o = (py * size + px) * 4;
    buf[o + 3] = Math.round(a);
    for (let i = 0; i < 3; i++) buf[o + i] = a ? Math.round((acc[i] / n) * 255 / a) : 0;
  }
  writeFileSync(`${here}icon-${size}.png`, png(size, buf));
}
console.log('icons: written');
