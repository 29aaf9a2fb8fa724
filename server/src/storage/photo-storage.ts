import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

/** Where photo bytes live. Local disk by default; an object store implements the same two calls. */
export abstract class PhotoStorage {
  /** Stores new bytes under a key; a key that already holds bytes is an EEXIST error, never overwritten. */
  abstract put(key: string, content: Buffer): Promise<void>;
  abstract get(key: string): Promise<Buffer | null>;
  /** Removes the bytes of an upload that was refused after they were stored; missing is fine. */
  abstract remove(key: string): Promise<void>;
  /** Readiness: the store answers. Local disk always does (a missing directory is made on first write). */
  answers(_timeoutMs: number): Promise<boolean> {
    return Promise.resolve(true);
  }
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]{0,199}$/;

@Injectable()
export class LocalDiskPhotoStorage extends PhotoStorage {
  private readonly root: string;

  constructor(config: AppConfig) {
    super();
    this.root = resolve(config.UPLOAD_DIR);
  }

  async put(key: string, content: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside, then linked into place: a reader never sees half a file (a photo upgraded
    // while being served twice at once), and link() refuses an existing key as 'wx' did.
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, content, { flag: 'wx' });
    try {
      await link(temporary, path);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`unsafe storage key: ${key}`);
    return join(this.root, key);
  }
}
