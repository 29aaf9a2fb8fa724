import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { POST_DEFAULTS, qrWindowExpiresAt, qrWindowOf, qrWindowVerdict } from '@linli/shared';
import { AppConfig } from '../config/app-config';

export type QrVerdict = 'ok' | 'invalid' | 'expired';

const TOKEN = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

/**
 * The rotating check-in code shown on site: `<window>.<HMAC-SHA256(shift id, window)>`. A new
 * window starts every 30 s; the server keeps no state, so any instance verifies any token. The
 * key is derived from the server secret for this one purpose, so a QR token can never stand in
 * for a signed URL or a login token.
 */
@Injectable()
export class ShiftQrTokens {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.JWT_SECRET).update('linli/shift-check-in-qr/v1').digest();
  }

  issue(shiftId: string, now = Date.now()): { token: string; shortCode: string; expiresAt: Date } {
    const window = qrWindowOf(now, POST_DEFAULTS.qrRotationSeconds);
    return {
      token: `${window}.${this.signature(shiftId, window)}`,
      shortCode: this.shortCode(shiftId, window),
      expiresAt: new Date(qrWindowExpiresAt(window, POST_DEFAULTS.qrRotationSeconds)),
    };
  }

  /**
   * A typed 6-digit code carries no window, so it is compared with the codes of the windows a token
   * would be accepted in (this one and the last); the few windows before those say "expired" rather
   * than "wrong". Guessing is bounded by the caller's per-claim tries, not here.
   */
  verifyShort(shiftId: string, code: string, now = Date.now()): QrVerdict {
    const given = Buffer.from(code.trim());
    const current = qrWindowOf(now, POST_DEFAULTS.qrRotationSeconds);
    const matches = (window: number) => {
      const expected = Buffer.from(this.shortCode(shiftId, window));
      return expected.length === given.length && timingSafeEqual(expected, given);
    };
    if (matches(current) || matches(current - 1)) return 'ok';
    return [2, 3, 4].some((back) => matches(current - back)) ? 'expired' : 'invalid';
  }

  /** The signature is checked first: a forged token is "invalid" whatever window it names. */
  verify(shiftId: string, token: string, now = Date.now()): QrVerdict {
    const match = TOKEN.exec(token);
    if (!match) return 'invalid';
    const window = Number(match[1]);
    const expected = Buffer.from(this.signature(shiftId, window));
    const given = Buffer.from(match[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
    const verdict = qrWindowVerdict(window, now, POST_DEFAULTS.qrRotationSeconds);
    if (verdict === 'future') return 'invalid';
    return verdict === 'expired' ? 'expired' : 'ok';
  }

  /** Six decimal digits from a separate HMAC input, so the short code reveals nothing of the token. */
  private shortCode(shiftId: string, window: number): string {
    const mac = createHmac('sha256', this.key).update(`short\n${shiftId}\n${window}`).digest();
    return String(mac.readUInt32BE(0) % 1_000_000).padStart(6, '0');
  }

  private signature(shiftId: string, window: number): string {
    return createHmac('sha256', this.key).update(`${shiftId}\n${window}`).digest('base64url');
  }
}
