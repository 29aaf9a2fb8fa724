import { POST_DEFAULTS } from '../posts';

/**
 * The on-site QR code carries a token signed for one time window of `rotationSeconds` (30 s by
 * default). The server signs; these rules only say which window an instant falls in and whether
 * a token's window is still good. The previous window is accepted too, so a code scanned just
 * before it rotated still works; anything older has expired; a window in the future was not
 * issued by the server.
 */
export function qrWindowOf(now: number, rotationSeconds: number = POST_DEFAULTS.qrRotationSeconds): number {
  return Math.floor(now / (rotationSeconds * 1000));
}

export type QrWindowVerdict = 'current' | 'expired' | 'future';

export function qrWindowVerdict(tokenWindow: number, now: number, rotationSeconds: number = POST_DEFAULTS.qrRotationSeconds): QrWindowVerdict {
  const current = qrWindowOf(now, rotationSeconds);
  if (tokenWindow > current) return 'future';
  return tokenWindow >= current - 1 ? 'current' : 'expired';
}

/** When a token of this window stops being accepted (the end of the next window). */
export function qrWindowExpiresAt(tokenWindow: number, rotationSeconds: number = POST_DEFAULTS.qrRotationSeconds): number {
  return (tokenWindow + 2) * rotationSeconds * 1000;
}

/**
 * What the QR code shows: a URL-like string the mini-program's scanner recognises, naming the
 * shift so one scan both finds the shift and proves presence.
 */
export function qrContentOf(shiftId: string, token: string): string {
  return `linli://shift-check?shift=${encodeURIComponent(shiftId)}&token=${encodeURIComponent(token)}`;
}

/** The shift id and token from scanned QR content, or null if it is not a Linli check-in code. */
export function parseQrContent(content: string): { shiftId: string; token: string } | null {
  const match = /^linli:\/\/shift-check\?shift=([^&]+)&token=([^&]+)$/.exec(content.trim());
  if (!match) return null;
  try {
    return { shiftId: decodeURIComponent(match[1]), token: decodeURIComponent(match[2]) };
  } catch {
    return null;
  }
}

/** A typed 6-digit check-in code (the number under the QR), as opposed to a scanned token. */
export function isShortCheckInCode(input: string): boolean {
  return /^\d{6}$/.test(input.trim());
}
