/** WeChat could not be reached, answered non-2xx, or answered something that is not JSON. */
export class WechatUnavailableError extends Error {}

/** WeChat answered with a non-zero errcode. */
export class WechatApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat errcode ${errcode}: ${errmsg}`);
  }
}

export interface WechatReply {
  errcode?: number;
  errmsg?: string;
}

/** One JSON request to WeChat's server API with a timeout; every transport failure becomes WechatUnavailableError. */
export async function wechatFetchJson<T extends WechatReply>(url: URL, timeoutMs: number, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new WechatUnavailableError(`WeChat unreachable: ${(error as Error).message}`);
  }
  if (!response.ok) throw new WechatUnavailableError(`WeChat answered HTTP ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new WechatUnavailableError('WeChat answered something that is not JSON');
  }
}

/**
 * A POST whose success is a picture (wxacode): WeChat answers an image, or JSON with an errcode.
 * Returns the image bytes, or the JSON reply for the caller to read its errcode.
 */
export async function wechatFetchImage(url: URL, timeoutMs: number, body: unknown): Promise<Buffer | WechatReply> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new WechatUnavailableError(`WeChat unreachable: ${(error as Error).message}`);
  }
  if (!response.ok) throw new WechatUnavailableError(`WeChat answered HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.headers.get('content-type')?.startsWith('image/')) return bytes;
  try {
    return JSON.parse(bytes.toString('utf8')) as WechatReply;
  } catch {
    throw new WechatUnavailableError('WeChat answered neither an image nor JSON');
  }
}
