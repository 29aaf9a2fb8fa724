import { SEC_CHECK_UNAVAILABLE_ERRCODES, SecCheckReply, secCheckVerdict, SecCheckVerdict } from './sec-check-verdict';

describe('the verdict of a msgSecCheck reply', () => {
  it.each<[string, SecCheckReply | null, SecCheckVerdict]>([
    ['errcode 0, suggest pass', { errcode: 0, result: { suggest: 'pass' } }, 'pass'],
    ['no errcode, suggest pass', { result: { suggest: 'pass' } }, 'pass'],
    ['errcode 0, suggest review', { errcode: 0, result: { suggest: 'review' } }, 'review'],
    ['errcode 0, suggest risky', { errcode: 0, result: { suggest: 'risky' } }, 'risky'],
    ['errcode 87014 alone (v1 style: "risky content")', { errcode: 87014 }, 'risky'],
    ['errcode 87014 with suggest risky', { errcode: 87014, result: { suggest: 'risky' } }, 'risky'],
    ['errcode 87014 even with suggest pass', { errcode: 87014, result: { suggest: 'pass' } }, 'risky'],
    ['errcode 0, an unknown suggest: a person decides', { errcode: 0, result: { suggest: 'block' } }, 'review'],
    ['errcode 0, no result', { errcode: 0 }, 'unavailable'],
    ['errcode 0, result null', { errcode: 0, result: null }, 'unavailable'],
    ['errcode 0, empty suggest', { errcode: 0, result: { suggest: '' } }, 'unavailable'],
    ['no reply (unreachable, timeout, HTTP 5xx, not JSON)', null, 'unavailable'],
    ['system busy -1', { errcode: -1 }, 'unavailable'],
    ['invalid token 40001', { errcode: 40001 }, 'unavailable'],
    ['expired token 42001', { errcode: 42001 }, 'unavailable'],
    ['missing token 41001', { errcode: 41001 }, 'unavailable'],
    ['busy with a stale suggest', { errcode: -1, result: { suggest: 'risky' } }, 'unavailable'],
    ['a request of ours WeChat could not parse (47001)', { errcode: 47001 }, 'unavailable'],
  ])('%s → %s', (_, reply, expected) => {
    expect(secCheckVerdict(reply)).toBe(expected);
  });

  it('counts only failures outside the text as WeChat being unavailable, never the risky answer', () => {
    expect([...SEC_CHECK_UNAVAILABLE_ERRCODES].sort((a, b) => a - b)).toEqual([-1, 40001, 40003, 40014, 41001, 42001, 45009, 61010]);
    expect(SEC_CHECK_UNAVAILABLE_ERRCODES.has(87014)).toBe(false);
  });
});
