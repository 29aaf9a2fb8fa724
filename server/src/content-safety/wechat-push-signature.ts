import { createHash, timingSafeEqual } from 'node:crypto';

export interface PushSignatureParams {
  signature?: unknown;
  timestamp?: unknown;
  nonce?: unknown;
}

/** WeChat's message-push signature: sha1 of token, timestamp and nonce, sorted and joined. */
export function wechatPushSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

/** True only when a token is configured and the push carries its signature. */
export function isSignedByWechat(token: string | undefined, params: PushSignatureParams): boolean {
  const { signature, timestamp, nonce } = params;
  if (!token || typeof signature !== 'string' || typeof timestamp !== 'string' || typeof nonce !== 'string') return false;
  if (timestamp.length > 20 || nonce.length > 64) return false;
  const expected = Buffer.from(wechatPushSignature(token, timestamp, nonce));
  const given = Buffer.from(signature.toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}
