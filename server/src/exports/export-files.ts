import { createReadStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

export const EXPORT_KEY = /^[0-9a-f-]{36}-[0-9a-f-]{36}\.xlsx$/;

/**
 * Where finished exports live, under <job id>-<worker token>.xlsx. The token in the name gives each
 * worker its own file, so a worker that lost its lease can never overwrite the file the job row
 * points at. Every instance must see every file: a shared directory, or the object store.
 */
export abstract class ExportFiles {
  keyOf(jobId: string, token: string): string {
    return `${jobId}-${token}.xlsx`;
  }
  /** A local path to write a new file to. */
  abstract pathForWriting(key: string): Promise<string>;
  /** Makes a written file available to every instance (a no-op where the directory is shared). */
  abstract publish(key: string): Promise<void>;
  abstract size(key: string): Promise<number>;
  /** Opens a stored file for download; null when it is gone. */
  abstract open(key: string): Promise<Readable | null>;
  abstract remove(key: string): Promise<void>;
  /** Deletes files last written before `cutoff`: expired exports and those of workers that died mid-write. */
  abstract removeOlderThan(cutoff: Date): Promise<number>;
}

/** UPLOAD_DIR/exports on local (or shared network) disk. */
@Injectable()
export class LocalExportFiles extends ExportFiles {
  private readonly root: string;

  constructor(config: AppConfig) {
    super();
    this.root = resolve(config.UPLOAD_DIR, 'exports');
  }

  /** Creates the directory on first use. */
  async pathForWriting(key: string): Promise<string> {
    await mkdir(this.root, { recursive: true });
    return this.pathOf(key);
  }

  async publish(): Promise<void> {}

  async size(key: string): Promise<number> {
    return (await stat(this.pathOf(key))).size;
  }

  async open(key: string): Promise<Readable | null> {
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

  async removeOlderThan(cutoff: Date): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names.filter((n) => EXPORT_KEY.test(n))) {
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
    if (!EXPORT_KEY.test(key)) throw new Error(`bad export file key: ${key}`);
    return join(this.root, key);
  }
}
