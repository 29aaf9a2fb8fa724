import type { FakeReply, FakeRequest, FakeRoute, FakeWechat } from './fake-wechat';

export const GET_WXACODE_UNLIMITED = '/wxa/getwxacodeunlimit';

/** The start of every PNG file: what a test checks the server passed the picture on untouched. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * wxacode.getUnlimited: a PNG whose bytes after the signature are the scene (so a test can read
 * what was asked for). WeChat's own refusals: a scene over 32 characters (40169), a page path with
 * a leading slash (41030), a stale token (42001); scene "busy" → -1.
 */
function getUnlimited(request: FakeRequest, fake: FakeWechat): FakeReply {
  if (!fake.tokenValid(request)) return { body: { errcode: 42001, errmsg: 'access_token expired' } };
  const scene = typeof request.body?.scene === 'string' ? request.body.scene : '';
  const page = typeof request.body?.page === 'string' ? request.body.page : '';
  if (scene.length === 0 || scene.length > 32) return { body: { errcode: 40169, errmsg: 'invalid length for scene' } };
  if (page.startsWith('/')) return { body: { errcode: 41030, errmsg: 'invalid page' } };
  if (scene === 'busy') return { body: { errcode: -1, errmsg: 'system error' } };
  return { raw: { contentType: 'image/png', bytes: Buffer.concat([PNG_SIGNATURE, Buffer.from(scene)]) } };
}

export const codeRoutes: Record<string, FakeRoute> = { [GET_WXACODE_UNLIMITED]: getUnlimited };
