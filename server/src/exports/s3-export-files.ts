import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { createS3Client, isNotFound } from '../storage/s3-client';
import { EXPORT_KEY, ExportFiles } from './export-files';

const PREFIX = 'exports/';

/**
 * Exports in the object store (STORAGE=s3): written to a local scratch file by the worker, then
 * put in the bucket before the job is marked done, so any instance can serve the download.
 */
@Injectable()
export class S3ExportFiles extends ExportFiles implements OnApplicationShutdown {
  private readonly s3: S3Client;
  private readonly bucket: string;
  private readonly scratch = join(tmpdir(), 'linli-exports');

  constructor(config: AppConfig) {
    super();
    this.s3 = createS3Client(config);
    this.bucket = config.S3_BUCKET!;
  }

  async pathForWriting(key: string): Promise<string> {
    await mkdir(this.scratch, { recursive: true });
    return this.scratchOf(key);
  }

  async publish(key: string): Promise<void> {
    const path = this.scratchOf(key);
    try {
      const { size } = await stat(path);
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: PREFIX + key,
          Body: createReadStream(path),
          ContentLength: size,
          ContentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      );
    } finally {
      await rm(path, { force: true });
    }
  }

  async size(key: string): Promise<number> {
    const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectOf(key) }));
    return head.ContentLength ?? 0;
  }

  async open(key: string): Promise<Readable | null> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectOf(key) }));
      return object.Body instanceof Readable ? object.Body : null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.scratchOf(key), { force: true });
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectOf(key) }));
  }

  async removeOlderThan(cutoff: Date): Promise<number> {
    let removed = 0;
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: PREFIX, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(PREFIX.length) ?? '';
        if (!EXPORT_KEY.test(key) || !object.LastModified || object.LastModified >= cutoff) continue;
        await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: object.Key }));
        removed++;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return removed;
  }

  onApplicationShutdown(): void {
    this.s3.destroy();
  }

  private scratchOf(key: string): string {
    return join(this.scratch, this.checked(key));
  }

  private objectOf(key: string): string {
    return PREFIX + this.checked(key);
  }

  private checked(key: string): string {
    if (!EXPORT_KEY.test(key)) throw new Error(`bad export file key: ${key}`);
    return key;
  }
}
