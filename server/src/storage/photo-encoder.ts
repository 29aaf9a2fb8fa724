import { Injectable } from '@nestjs/common';
import sharp, { Sharp } from 'sharp';

export interface EncodedImage {
  content: Buffer;
  mime: 'image/jpeg' | 'image/png';
  extension: 'jpg' | 'png';
  width: number;
  height: number;
}

/** What is stored for one upload: the photo as shown in a detail view, and a small one for walls and cards. */
export interface EncodedPhoto {
  full: EncodedImage;
  thumb: EncodedImage;
}

export const PHOTO_LIMITS = {
  /** Long side of the stored photo: sharp on a phone screen, a fraction of a camera's 12–50 MP. */
  maxSide: 2048,
  /** Long side of the thumbnail: a wall card is ~340 logical px wide, ~2× on a phone. */
  thumbSide: 480,
  /**
   * Pixels a 5 MB upload may declare. A flat-colour PNG of 5 MB can declare billions of pixels and
   * would take gigabytes to decode; 50 MP covers the full-resolution mode of phone cameras.
   */
  maxInputPixels: 50_000_000,
  /** Uploads decoded at once; each one holds a decoded frame (~36 MB for 12 MP) and libvips threads. */
  concurrency: 2,
} as const;

/**
 * Re-encodes every upload so that what is stored and served is only pixels: the EXIF orientation
 * is applied and every piece of metadata (EXIF with GPS, XMP, ICC, comments) is dropped, because a
 * phone photo of a wish can locate a vulnerable beneficiary's home. Decoding the pixels here is
 * also the real check that the file is an image: a header that parses over missing or corrupt
 * pixel data is null, not a stored photo.
 */
@Injectable()
export class PhotoEncoder {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async encode(content: Buffer): Promise<EncodedPhoto | null> {
    await this.acquire();
    try {
      return await encodePhoto(content);
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.running < PHOTO_LIMITS.concurrency) {
      this.running++;
      return;
    }
    // release() hands its place straight to the next in line, so `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

export async function encodePhoto(content: Buffer): Promise<EncodedPhoto | null> {
  try {
    // 'truncated' also refuses a file cut short in transfer, which libjpeg would otherwise pad with grey.
    const source = sharp(content, { failOn: 'truncated', limitInputPixels: PHOTO_LIMITS.maxInputPixels, pages: 1 });
    const { hasAlpha } = await source.metadata();
    // Decoded once, upright; both sizes are cut from this buffer.
    const upright = await source
      .rotate()
      .resize({ width: PHOTO_LIMITS.maxSide, height: PHOTO_LIMITS.maxSide, fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { width, height, channels } = upright.info;
    const pixels = () => sharp(upright.data, { raw: { width, height, channels } });
    // A transparent image (a screenshot, a drawing) stays PNG; JPEG would turn its background black.
    const full = hasAlpha ? await asPng(pixels()) : await asJpeg(pixels(), 82);
    const thumb = await asJpeg(
      pixels()
        .resize({ width: PHOTO_LIMITS.thumbSide, height: PHOTO_LIMITS.thumbSide, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' }),
      70,
    );
    return { full, thumb };
  } catch {
    return null;
  }
}

async function asJpeg(image: Sharp, quality: number): Promise<EncodedImage> {
  const { data, info } = await image.jpeg({ quality }).toBuffer({ resolveWithObject: true });
  return { content: data, mime: 'image/jpeg', extension: 'jpg', width: info.width, height: info.height };
}

async function asPng(image: Sharp): Promise<EncodedImage> {
  const { data, info } = await image.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
  return { content: data, mime: 'image/png', extension: 'png', width: info.width, height: info.height };
}
