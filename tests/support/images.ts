import { randomFillSync } from 'node:crypto';
import sharp from 'sharp';

/** Made in the test rather than committed: what a phone sends and what a broken upload looks like. */

/** A phone photo taken sideways (EXIF orientation 6, so 40×60 as shown) where it was taken (GPS in EXIF). */
export function gpsJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 60, height: 40, channels: 3, background: '#c33' } })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'GPS-1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 35/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 17/1 45/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

/** A camera-sized photo just under the 5 MB upload limit: 4000×3000 of noise, which compresses badly. */
export function noisyJpeg(): Promise<Buffer> {
  const pixels = randomFillSync(Buffer.alloc(4000 * 3000 * 3));
  return sharp(pixels, { raw: { width: 4000, height: 3000, channels: 3 } })
    .jpeg({ quality: 55 })
    .toBuffer();
}

/** The first 30 bytes of a real PNG: the signature and a header that parses, over no pixels. */
export async function headerOnlyPng(): Promise<Buffer> {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#36c' } })
    .png()
    .toBuffer();
  return png.subarray(0, 30);
}

export { sharp };
