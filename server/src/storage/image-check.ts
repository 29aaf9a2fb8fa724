import { imageSize } from 'image-size';

export interface CheckedImage {
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  extension: 'jpg' | 'png' | 'webp';
  width: number;
  height: number;
}

const KINDS = [
  { mime: 'image/jpeg', extension: 'jpg', sizeType: 'jpg', magic: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: 'image/png',
    extension: 'png',
    sizeType: 'png',
    magic: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mime: 'image/webp',
    extension: 'webp',
    sizeType: 'webp',
    magic: (b: Buffer) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  },
] as const;

/**
 * What an upload really is, from its bytes: the signature must be JPEG, PNG or WebP and the
 * image header must parse to real dimensions. A renamed text file or a truncated header is null.
 */
export function checkImage(content: Buffer): CheckedImage | null {
  if (content.length < 12) return null;
  const kind = KINDS.find((k) => k.magic(content));
  if (!kind) return null;
  try {
    const size = imageSize(content);
    if (size.type !== kind.sizeType || !size.width || !size.height) return null;
    return { mime: kind.mime, extension: kind.extension, width: size.width, height: size.height };
  } catch {
    return null;
  }
}
