// Draws the four tab bar icons as small PNGs into src/assets/tabbar/.
// WeChat wants tab icons as local image files (≤ 40 KB, 81×81 recommended), so they are
// generated once by this script and committed; rerun it only to change their look.
//
//   node scripts/gen-tab-icons.mjs
//
// Each icon is a filled shape described by an "inside?" test on a unit square; every pixel is
// supersampled 4×4 for smooth edges. No image libraries: PNG is written with zlib by hand.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 81;
const SAMPLES = 4;
const COLORS = {
  normal: [0x8a, 0x8a, 0x8a],
  active: [0xc8, 0x16, 0x1d], // the red of the tab bar's selectedColor
};

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tabbar');

/** Coordinates: x, y in [0, 1], y pointing down. */
const shapes = {
  // 心愿墙: a heart.
  wishes(x, y) {
    const u = (x - 0.5) * 3;
    const v = (0.5 - y) * 3;
    const a = u * u + v * v - 1;
    return a * a * a - u * u * v * v * v <= 0;
  },
  // 先锋岗: a five-pointed star.
  posts: (() => {
    const points = [];
    for (let i = 0; i < 10; i++) {
      const r = i % 2 === 0 ? 0.46 : 0.19;
      const angle = -Math.PI / 2 + (i * Math.PI) / 5;
      points.push([0.5 + r * Math.cos(angle), 0.54 + r * Math.sin(angle)]);
    }
    return (x, y) => insidePolygon(points, x, y);
  })(),
  // 议事: a speech bubble with three dots cut out.
  deliberation(x, y) {
    const bubble = insideRoundedRect(x, y, 0.1, 0.16, 0.9, 0.7, 0.14);
    const tail = insidePolygon(
      [
        [0.26, 0.66],
        [0.2, 0.88],
        [0.46, 0.66],
      ],
      x,
      y,
    );
    const dot = [0.3, 0.5, 0.7].some((cx) => (x - cx) ** 2 + (y - 0.43) ** 2 <= 0.055 ** 2);
    return (bubble || tail) && !dot;
  },
  // 我的: head and shoulders.
  me(x, y) {
    const head = (x - 0.5) ** 2 + (y - 0.32) ** 2 <= 0.18 ** 2;
    const shoulders = y >= 0.58 && y <= 0.9 && ((x - 0.5) / 0.36) ** 2 + ((y - 0.9) / 0.32) ** 2 <= 1;
    return head || shoulders;
  },
};

function insidePolygon(points, x, y) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function render(inside, [r, g, b]) {
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4); // leading 0: PNG filter type "none"
    for (let px = 0; px < SIZE; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (inside((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE)) hits++;
        }
      }
      row.set([r, g, b, Math.round((255 * hits) / (SAMPLES * SAMPLES))], 1 + px * 4);
    }
    rows.push(row);
  }
  return encodePng(SIZE, SIZE, Buffer.concat(rows));
}

function encodePng(width, height, scanlines) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

mkdirSync(outDir, { recursive: true });
for (const [name, inside] of Object.entries(shapes)) {
  for (const [state, color] of Object.entries(COLORS)) {
    const file = join(outDir, `${name}${state === 'active' ? '-active' : ''}.png`);
    const png = render(inside, color);
    writeFileSync(file, png);
    console.log(`${file} ${png.length} B`);
  }
}
