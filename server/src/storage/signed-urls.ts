import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

const TTL_SECONDS = 60 * 60;

/**
 * Capability URLs for images: an <Image> in a mini-program cannot send the bearer header, so the
 * server checks access when it hands out the URL and signs it (HMAC, expiring in an hour).
 */
@Injectable()
export class SignedUrls {
  constructor(private readonly config: AppConfig) {}

  sign(path: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + TTL_SECONDS;
    return `${path}?expires=${expires}&sig=${this.signature(path, expires)}`;
  }

  verify(path: string, expires: string | undefined, sig: string | undefined, now = Date.now()): boolean {
    const at = Number(expires);
    if (!Number.isInteger(at) || at < Math.floor(now / 1000) || typeof sig !== 'string') return false;
    const expected = Buffer.from(this.signature(path, at));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private signature(path: string, expires: number): string {
    return createHmac('sha256', this.config.JWT_SECRET).update(`${path}\n${expires}`).digest('base64url');
  }
}
