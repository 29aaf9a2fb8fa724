/**
 * What WeChat's msgSecCheck (v2) said about a text. Only 'unavailable' lets the local word list
 * decide: a verdict WeChat gave is never overruled by a weaker check.
 */
export type SecCheckVerdict = 'pass' | 'review' | 'risky' | 'unavailable';

/** The parts of a msgSecCheck reply that decide; `null` when no reply came (unreachable, timeout, HTTP 5xx, not JSON). */
export interface SecCheckReply {
  errcode?: number;
  result?: { suggest?: string } | null;
}

/** errcode 87014 is WeChat's answer "content is risky", not a failure to answer. */
export const SEC_CHECK_RISKY_ERRCODE = 87014;

/**
 * errcodes meaning WeChat did not judge the text for a reason outside the text: busy (-1), access
 * token missing, invalid or expired (41001, 40001, 42001, 40014; still so after one renewal), rate
 * limit (45009), the author's openid unknown or not seen within WeChat's window (40003, 61010).
 */
export const SEC_CHECK_UNAVAILABLE_ERRCODES: ReadonlySet<number> = new Set([-1, 40001, 40014, 41001, 42001, 45009, 40003, 61010]);

/**
 * The verdict of one msgSecCheck reply. A non-zero errcode other than 87014 carries no verdict,
 * so it is 'unavailable' (the caller logs the ones outside SEC_CHECK_UNAVAILABLE_ERRCODES as a
 * fault of ours); a successful reply whose `suggest` is unknown is judged by a person ('review').
 */
export function secCheckVerdict(reply: SecCheckReply | null): SecCheckVerdict {
  if (reply === null) return 'unavailable';
  if (reply.errcode === SEC_CHECK_RISKY_ERRCODE) return 'risky';
  if (reply.errcode) return 'unavailable';
  const suggest = reply.result?.suggest;
  if (suggest === undefined || suggest === null || suggest === '') return 'unavailable';
  if (suggest === 'pass' || suggest === 'review' || suggest === 'risky') return suggest;
  return 'review';
}
