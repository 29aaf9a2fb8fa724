import { createHash } from 'node:crypto';
import type { FakeReply, FakeRequest, FakeRoute, FakeWechat } from './fake-wechat';

/** Text containing this is judged risky by the fake msgSecCheck (label 20006, 违法犯罪). */
export const RISKY_MARKER = '【违规样本】';
/** Text containing this gets "review" (WeChat unsure). */
export const REVIEW_MARKER = '【存疑样本】';

/**
 * Every other answer msgSecCheck can give, chosen by a marker in the text: a verdict as errcode
 * 87014 (with or without a result), or WeChat failing to judge (busy, HTTP 500, no answer in
 * time, a token refused even after renewal).
 */
export const SEC_CHECK_MARKERS = {
  errcode87014: '【87014样本】',
  errcode87014WithResult: '【87014带结果】',
  busy: '【系统繁忙】',
  http500: '【网关错误】',
  timeout: '【超时样本】',
  tokenInvalid: '【令牌失效】',
} as const;

const traces = new WeakMap<FakeWechat, string[]>();

/** The trace ids the fake's mediaCheckAsync handed out, oldest first. */
export function mediaTraceIds(fake: FakeWechat): string[] {
  return traces.get(fake) ?? [];
}

/** The query string WeChat signs a push with (sha1 of the sorted token, timestamp and nonce). */
export function signedPushQuery(token: string, timestamp = String(Math.floor(Date.now() / 1000)), nonce = String(Math.floor(Math.random() * 1e9))): string {
  const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
  return new URLSearchParams({ signature, timestamp, nonce }).toString();
}

/** The JSON body of WeChat's wxa_media_check push. */
export function mediaCheckPush(traceId: string, suggest: 'pass' | 'risky' | 'review', appid = 'wx-fake-appid'): Record<string, unknown> {
  const label = suggest === 'risky' ? 20002 : 100;
  return {
    ToUserName: 'gh_fake',
    FromUserName: 'o-fake',
    CreateTime: Math.floor(Date.now() / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid,
    trace_id: traceId,
    version: 2,
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label },
  };
}

/** Content-security routes of the fake WeChat server (owned by the content-safety work). */
export const securityRoutes: Record<string, FakeRoute> = {
  '/wxa/msg_sec_check': (request, fake) => {
    const refused = refuse(request, fake);
    if (refused) return refused;
    const content = String((request.body!.content as string | undefined) ?? '');
    const failure = secCheckFailure(content);
    if (failure) return failure;
    const [suggest, label] = content.includes(RISKY_MARKER) ? ['risky', 20006] : content.includes(REVIEW_MARKER) ? ['review', 20001] : ['pass', 100];
    return {
      body: {
        errcode: 0,
        errmsg: 'ok',
        trace_id: `msg-${fake.log.length}`,
        result: { suggest, label },
        detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
      },
    };
  },
  '/wxa/media_check_async': (request, fake) => {
    const refused = refuse(request, fake);
    if (refused) return refused;
    const body = request.body!;
    if (typeof body.media_url !== 'string' || body.media_type !== 2) return { body: { errcode: 47001, errmsg: 'data format error' } };
    const traceId = `trace-${fake.log.length}`;
    traces.set(fake, [...mediaTraceIds(fake), traceId]);
    return { body: { errcode: 0, errmsg: 'ok', trace_id: traceId } };
  },
};

function secCheckFailure(content: string): FakeReply | null {
  const m = SEC_CHECK_MARKERS;
  if (content.includes(m.errcode87014)) return { body: { errcode: 87014, errmsg: 'risky content' } };
  if (content.includes(m.errcode87014WithResult)) {
    return { body: { errcode: 87014, errmsg: 'risky content', result: { suggest: 'risky', label: 20006 } } };
  }
  if (content.includes(m.busy)) return { body: { errcode: -1, errmsg: 'system error' } };
  if (content.includes(m.http500)) return { status: 500, body: '<html>502 Bad Gateway</html>' };
  if (content.includes(m.timeout)) return { hang: true };
  if (content.includes(m.tokenInvalid)) return { body: { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' } };
  return null;
}

/** A stale token → 42001; a v2 call without its required fields → 47001, as WeChat answers. */
function refuse(request: FakeRequest, fake: FakeWechat): FakeReply | null {
  if (!fake.tokenValid(request)) return { body: { errcode: 42001, errmsg: 'access_token expired' } };
  const body = request.body ?? {};
  if (body.version !== 2 || typeof body.openid !== 'string' || ![1, 2, 3, 4].includes(body.scene as number)) {
    return { body: { errcode: 47001, errmsg: 'data format error' } };
  }
  return null;
}
