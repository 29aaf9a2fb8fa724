import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { PhotoStorage } from './photo-storage';
import { createS3Client, isNotFound } from './s3-client';

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]{0,199}$/;
const PREFIX = 'photos/';

/** Photos in an S3-compatible bucket (STORAGE=s3), so every instance reads every other's uploads. */
@Injectable()
export class S3PhotoStorage extends PhotoStorage implements OnApplicationShutdown {
  private readonly s3: S3Client;
  private readonly bucket: string;

  constructor(config: AppConfig) {
    super();
    this.s3 = createS3Client(config);
    this.bucket = config.S3_BUCKET!;
  }

  async put(key: string, content: Buffer): Promise<void> {
    try {
      // If-None-Match: * makes the store refuse an existing key (S3, MinIO), as link() does on disk.
      await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key), Body: content, IfNoneMatch: '*' }));
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 412 || status === 409) throw Object.assign(new Error(`photo ${key} exists`), { code: 'EEXIST' });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
  }

  override async answers(timeoutMs: number): Promise<boolean> {
    try {
      await this.s3.send(new HeadBucketCommand({ Bucket: this.bucket }), { abortSignal: AbortSignal.timeout(timeoutMs) });
      return true;
    } catch {
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.s3.destroy();
  }

  private keyOf(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`unsafe storage key: ${key}`);
    return PREFIX + key;
  }
}
