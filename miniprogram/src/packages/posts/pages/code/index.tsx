import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { shiftTime } from '@/pages/posts/shift-format';
import type { CheckInCode } from '@/services/api-types';
import { checkInCode, shiftRoster } from '@/services/posts';
import { qrImageUrl } from './qr-image';
import '@/pages/posts/posts.scss';
import '../../posts.scss';

/**
 * The check-in code shown on site during a shift: members scan it (or type it) to check in and
 * out. It changes every 30 seconds and a photo of it stops working a minute later, so the page
 * fetches the next one before the current one runs out and counts down on screen.
 *
 * The server's `qrContent` is drawn as a large QR picture (what 扫码签到 reads); under it, the
 * 6-digit short code for typing (H5 has no scanner), large enough to read from a step away.
 */
export default function ShiftCodePage() {
  const id = useRouter().params.id ?? '';
  const roster = useLoad(() => shiftRoster(id), [id]);
  const [code, setCode] = useState<CheckInCode | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [now, setNow] = useState(Date.now());
  const fetching = useRef(false);
  // Drawn again only when the code rotates, not on every second of the countdown.
  const qrContent = code?.qrContent;
  const qrSrc = useMemo(() => (qrContent ? qrImageUrl(qrContent) : ''), [qrContent]);

  const reloadRoster = roster.reload;
  const fetchCode = useCallback(async () => {
    if (fetching.current) return;
    fetching.current = true;
    try {
      setCode(await checkInCode(id));
      setFailure(null);
      void reloadRoster(); // who has checked in since
    } catch (error) {
      setFailure(error);
    } finally {
      fetching.current = false;
    }
  }, [id, reloadRoster]);

  useEffect(() => {
    void fetchCode();
    // Keep the phone awake while the code is on show (only the mini-program can).
    if (process.env.TARO_ENV === 'weapp') void Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined);
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [id, fetchCode]);

  // The next code is due when its window starts: rotateSeconds before the current one expires.
  const refreshAt = code ? new Date(code.expiresAt).getTime() - code.rotateSeconds * 1000 : 0;
  useEffect(() => {
    if (code && now >= refreshAt) void fetchCode();
  }, [code, now, refreshAt, fetchCode]);

  if (!code && !failure)
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (!code)
    return (
      <PageShell>
        <LoadFailed error={failure} onRetry={() => void fetchCode()} />
      </PageShell>
    );

  const secondsLeft = Math.max(0, Math.ceil((refreshAt - now) / 1000));
  const info = roster.loaded.state === 'ready' ? roster.loaded.data : null;
  return (
    <PageShell>
      <View className="pst-code">
        {info ? <Text className="pst-code__title">{info.post.title}</Text> : null}
        {info ? <Text className="pst-code__time">{shiftTime(info.shift, info.post.kind)}</Text> : null}
        <Text className="pst-code__hint">请党员打开「先锋岗」里的本班次，点「扫码签到」扫下面的二维码；不能扫码时，输入二维码下方的 6 位数字。</Text>
        <View className="pst-code__box">
          <Image className="pst-code__qr" src={qrSrc} mode="scaleToFill" ariaLabel="签到二维码" nativeProps={{ alt: '签到二维码' }} />
          <Text className="pst-code__label">不能扫码时输入 6 位签到码</Text>
          <Text className="pst-code__short" selectable userSelect>
            {code.shortCode.slice(0, 3)} {code.shortCode.slice(3)}
          </Text>
        </View>
        <Text className="pst-code__countdown">{secondsLeft} 秒后更换新码，旧码随后失效</Text>
        {failure ? <Text className="pst-code__error">网络不稳，新码还没取到，正在重试…</Text> : null}
        {info ? (
          <Text className="pst-code__count">
            已签到 {info.claims.filter((c) => c.status === 'checked_in' || c.status === 'checked_out').length} / {info.shift.taken} 人
          </Text>
        ) : null}
      </View>
    </PageShell>
  );
}
