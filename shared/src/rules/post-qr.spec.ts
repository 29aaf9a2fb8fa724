import { parseQrContent, qrContentOf, qrWindowExpiresAt, qrWindowOf, qrWindowVerdict } from './post-qr';

describe('rotating QR windows', () => {
  const now = Date.parse('2026-11-28T09:00:10Z');
  const current = qrWindowOf(now);

  it('a window is 30 seconds long by default', () => {
    expect(qrWindowOf(now + 19_999)).toBe(current);
    expect(qrWindowOf(now + 20_000)).toBe(current + 1);
    expect(qrWindowOf(now, 60)).toBe(Math.floor(now / 60_000));
  });

  it.each([
    [0, 'current'],
    [-1, 'current'], // scanned just before it rotated
    [-2, 'expired'],
    [-1000, 'expired'],
    [1, 'future'],
  ])('a token from window %d relative to now is %s', (offset, verdict) => {
    expect(qrWindowVerdict(current + offset, now)).toBe(verdict);
  });

  it('a token is accepted until the end of the following window', () => {
    const expiresAt = qrWindowExpiresAt(current);
    expect(qrWindowVerdict(current, expiresAt - 1)).toBe('current');
    expect(qrWindowVerdict(current, expiresAt)).toBe('expired');
  });

  it('the QR content round-trips, and anything else is not a check-in code', () => {
    const content = qrContentOf('0190a000-aaaa-7000-8000-000000000001', '1234.abc_-DEF');
    expect(parseQrContent(content)).toEqual({ shiftId: '0190a000-aaaa-7000-8000-000000000001', token: '1234.abc_-DEF' });
    expect(parseQrContent('https://example.com/?shift=1&token=2')).toBeNull();
    expect(parseQrContent('linli://shift-check?shift=%E0%A4%A&token=x')).toBeNull();
  });
});
