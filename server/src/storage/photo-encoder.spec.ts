import { randomFillSync } from 'node:crypto';
import sharp from 'sharp';
import { encodePhoto, PhotoEncoder } from './photo-encoder';

/** A phone-like JPEG: taken sideways (EXIF orientation 6) at a location (GPS in EXIF). */
async function phoneJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#4a7' } })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 2/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 7/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

/** A camera-sized photo that compresses badly: 4000×3000 of noise, ≈5 MB. */
async function noisyJpeg(): Promise<Buffer> {
  const pixels = randomFillSync(Buffer.alloc(4000 * 3000 * 3));
  return sharp(pixels, { raw: { width: 4000, height: 3000, channels: 3 } })
    .jpeg({ quality: 60 })
    .toBuffer();
}

describe('photo encoder', () => {
  it('drops EXIF (GPS included) and stands the photo upright', async () => {
    const input = await phoneJpeg(64, 48);
    const before = await sharp(input).metadata();
    expect([before.exif?.includes('TestPhone'), before.orientation]).toEqual([true, 6]);

    const photo = (await encodePhoto(input))!;
    for (const image of [photo.full, photo.thumb]) {
      const after = await sharp(image.content).metadata();
      expect([after.format, after.exif, after.xmp, after.icc, after.orientation]).toEqual(['jpeg', undefined, undefined, undefined, undefined]);
      expect([after.width, after.height]).toEqual([48, 64]); // rotated by the orientation, not enlarged
    }
    expect(photo.full).toEqual(expect.objectContaining({ mime: 'image/jpeg', extension: 'jpg', width: 48, height: 64 }));
  });

  it('caps the long side at 2048 px and makes a small thumbnail of a 5 MB photo', async () => {
    const input = await noisyJpeg();
    expect(input.length).toBeGreaterThan(4 * 1024 * 1024);
    const photo = (await encodePhoto(input))!;
    expect([photo.full.width, photo.full.height]).toEqual([2048, 1536]);
    expect([photo.thumb.width, photo.thumb.height]).toEqual([480, 360]);
    expect(photo.thumb.content.length).toBeLessThan(60 * 1024);
    expect(photo.full.content.length).toBeLessThan(input.length);
  }, 30_000);

  it('keeps a transparent PNG as PNG and gives it a white thumbnail', async () => {
    const input = await sharp({ create: { width: 10, height: 10, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const photo = (await encodePhoto(input))!;
    expect([photo.full.mime, (await sharp(photo.full.content).metadata()).hasAlpha]).toEqual(['image/png', true]);
    const { data } = await sharp(photo.thumb.content).raw().toBuffer({ resolveWithObject: true });
    expect([photo.thumb.mime, data[0], data[1], data[2]]).toEqual(['image/jpeg', 255, 255, 255]);
  });

  it.each([
    [
      'the first 30 bytes of a PNG (a header over no pixels)',
      async () =>
        (
          await sharp({ create: { width: 64, height: 48, channels: 3, background: '#f00' } })
            .png()
            .toBuffer()
        ).subarray(0, 30),
    ],
    ['a JPEG cut short', async () => (await noisyJpeg()).subarray(0, 1_000_000)],
    ['text', async () => Buffer.from('not an image at all')],
    [
      'a PNG declaring 100 000 × 100 000 pixels',
      async () =>
        sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
          .png()
          .toBuffer()
          .then(declare(100_000, 100_000)),
    ],
  ])(
    'refuses %s',
    async (_case, make) => {
      expect(await encodePhoto(await make())).toBeNull();
    },
    30_000,
  );

  it('queues uploads beyond two at once and answers every one', async () => {
    const encoder = new PhotoEncoder();
    const input = await phoneJpeg(32, 32);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => encoder.encode(input)));
    expect(results.every((r) => r?.full.width === 32)).toBe(true);
  });
});

/** Rewrites a PNG's IHDR dimensions (and its CRC) without adding pixels. */
function declare(width: number, height: number) {
  return (png: Buffer): Buffer => {
    const out = Buffer.from(png);
    out.writeUInt32BE(width, 16);
    out.writeUInt32BE(height, 20);
    out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
    return out;
  };
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
