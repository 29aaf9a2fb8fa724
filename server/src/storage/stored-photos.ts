import { Injectable } from '@nestjs/common';
import { EncodedPhoto, PhotoEncoder } from './photo-encoder';
import { PhotoStorage } from './photo-storage';

export type PhotoSize = 'full' | 'thumb';

/** Where a photo row says its bytes are. `thumbKey` is null for a photo stored as received, before re-encoding. */
export interface PhotoFiles {
  storageKey: string;
  thumbKey: string | null;
  mime: string;
}

/** What a photo row records of its re-encoded files. */
export interface StoredPhoto extends PhotoFiles {
  thumbKey: string;
  bytes: number;
  width: number;
  height: number;
}

/** How a photo's row is read again and moved to re-encoded files; each owner of photos (wishes, deliberation) has its table. */
export interface PhotoRecord {
  reload(): Promise<PhotoFiles | null>;
  /** Records the re-encoded files only if the row still has none (one conditional UPDATE); true if this call did. */
  upgrade(stored: StoredPhoto): Promise<boolean>;
}

const THUMB_MIME = 'image/jpeg';

/**
 * Photo files as the photo services see them: every upload re-encoded (no metadata, capped) and
 * stored with its thumbnail, and either size read back. The CPU work happens here, before and
 * outside any database transaction.
 */
@Injectable()
export class StoredPhotos {
  constructor(
    private readonly storage: PhotoStorage,
    private readonly encoder: PhotoEncoder,
  ) {}

  /** Re-encodes and stores both sizes under `base` (e.g. wishes/<wish>/<photo>); null, with nothing stored, when the pixels do not decode. */
  async store(base: string, content: Buffer): Promise<StoredPhoto | null> {
    const encoded = await this.encoder.encode(content);
    if (!encoded) return null;
    const stored = filesOf(base, encoded);
    try {
      await this.storage.put(stored.storageKey, encoded.full.content);
      await this.storage.put(stored.thumbKey, encoded.thumb.content);
    } catch (error) {
      await this.remove(stored);
      throw error;
    }
    return stored;
  }

  async remove(files: PhotoFiles): Promise<void> {
    await this.storage.remove(files.storageKey);
    if (files.thumbKey) await this.storage.remove(files.thumbKey);
  }

  /**
   * One size of a photo, or null if its bytes are gone. A photo stored as received (before
   * re-encoding; it may carry GPS) is re-encoded on its first request: its row moves to the new
   * files and the original is deleted, so no request ever serves the original's metadata.
   */
  async read(files: PhotoFiles, size: PhotoSize, record: PhotoRecord): Promise<{ mime: string; content: Buffer } | null> {
    if (files.thumbKey) return this.readStored(files.storageKey, files.thumbKey, files.mime, size);
    const original = await this.storage.get(files.storageKey);
    if (!original) {
      // Another request upgraded the photo (and deleted the original) since its row was read.
      const now = await record.reload();
      return now?.thumbKey ? this.readStored(now.storageKey, now.thumbKey, now.mime, size) : null;
    }
    const encoded = await this.encoder.encode(original);
    if (!encoded) return null; // stored before decoding was checked, and never displayable
    const stored = filesOf(files.storageKey.replace(/\.[a-z]+$/, ''), encoded);
    // Both requests of a race write the same bytes under the same keys: the second finds them there.
    await this.putOnce(stored.storageKey, encoded.full.content);
    await this.putOnce(stored.thumbKey, encoded.thumb.content);
    if (await record.upgrade(stored)) await this.storage.remove(files.storageKey);
    const image = size === 'thumb' ? encoded.thumb : encoded.full;
    return { mime: image.mime, content: image.content };
  }

  private async readStored(storageKey: string, thumbKey: string, mime: string, size: PhotoSize): Promise<{ mime: string; content: Buffer } | null> {
    const content = await this.storage.get(size === 'thumb' ? thumbKey : storageKey);
    return content && { mime: size === 'thumb' ? THUMB_MIME : mime, content };
  }

  private async putOnce(key: string, content: Buffer): Promise<void> {
    try {
      await this.storage.put(key, content);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

function filesOf(base: string, encoded: EncodedPhoto): StoredPhoto {
  return {
    storageKey: `${base}.full.${encoded.full.extension}`,
    thumbKey: `${base}.thumb.${encoded.thumb.extension}`,
    mime: encoded.full.mime,
    bytes: encoded.full.content.length,
    width: encoded.full.width,
    height: encoded.full.height,
  };
}
