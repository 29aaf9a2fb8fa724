import { createReadStream, ReadStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

const KEY = /^[0-9a-f-]{36}-[0-9a-f-]{36}\.xlsx$/;

/**
 * Where finished exports live: UPLOAD_DIR/exports/<job id>-<worker token>.xlsx. The token in the
 * name gives each worker its own file, so a worker that lost its lease can never overwrite the
 * file the job row points at. Like photos, the directory must be shared by all instances.
 */
@Injectable()
export class ExportFiles {
  private readonly root: string;

  constructor(config: AppConfig) {
    this.root = resolve(config.UPLOAD_DIR, 'exports');
  }

  keyOf(jobId: string, token: string): string {
    return `${jobId}-${token}.xlsx`;
  }

  /** The path to write a new file to; creates the directory on first use. */
  async pathForWriting(key: string): Promise<string> {
    await mkdir(this.root, { recursive: true });
    return this.pathOf(key);
  }

  async size(key: string): Promise<number> {
    return (await stat(this.pathOf(key))).size;
  }

  /** Opens a stored file for download; null when it is gone. */
  async open(key: string): Promise<ReadStream | null> {
    const path = this.pathOf(key);
    try {
      await stat(path);
    } catch {
      return null;
    }
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Deletes files last written before `cutoff`: expired exports and those of workers that died mid-write. */
  async removeOlderThan(cutoff: Date): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names.filter((n) => KEY.test(n))) {
      const path = join(this.root, name);
      const info = await stat(path).catch(() => null);
      if (info && info.mtime < cutoff) {
        await rm(path, { force: true });
        removed++;
      }
    }
    return removed;
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`bad export file key: ${key}`);
    return join(this.root, key);
  }
}
