import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { checkInPhase, formatShanghaiMinute, isCheckOutOpen, parseQrContent, POST_DEFAULTS, PostKind } from '@linli/shared';
import { useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Input } from '@/components/nut';
import { ensureLocationConsent } from '@/services/location-consent';
import type { CheckProof, PostSummary, Shift } from '@/services/api-types';
import { checkIn, checkOut } from '@/services/posts';
import { spanOf } from '@/pages/posts/shift-format';

/** Scanning needs the WeChat camera; on H5 there is none, so the code is typed instead. */
const CAN_SCAN = process.env.TARO_ENV === 'weapp';

interface CheckPanelProps {
  shift: Shift;
  post: Pick<PostSummary, 'kind' | 'place'>;
  onDone: () => void;
}

/**
 * 到岗签到 / 离岗签退 for my seat on a shift: scan the code the secretary shows, or send my location
 * (the server measures the distance to the post), or type the code under the QR picture.
 */
export function CheckPanel({ shift, post, onDone }: CheckPanelProps) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const status = shift.myClaim?.status;
  if (post.kind !== PostKind.Shift || shift.status !== 'open' || !status) return null;

  const now = Date.now();
  const span = spanOf(shift);
  let mode: 'in' | 'out' | null = null;
  if (status === 'confirmed') {
    const phase = checkInPhase(span, now);
    if (phase === 'early') {
      const opens = formatShanghaiMinute(new Date(span.startsAt - POST_DEFAULTS.checkInOpensMinutesBefore * 60_000)).slice(11);
      return (
        <Text className="lin-note pst-check-early">
          签到在开始前 {POST_DEFAULTS.checkInOpensMinutesBefore} 分钟（{opens}）开放，到岗后在这里签到。
        </Text>
      );
    }
    if (phase === 'open') mode = 'in';
  } else if (status === 'checked_in' && isCheckOutOpen(span, now)) {
    mode = 'out';
  }
  if (!mode) return null;
  const word = mode === 'in' ? '签到' : '签退';

  async function send(proof: CheckProof) {
    if (busy) return;
    setBusy(true);
    try {
      await (mode === 'in' ? checkIn(shift.id, proof) : checkOut(shift.id, proof));
      showSuccess(`${word}成功`);
      setCode('');
      onDone();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  async function scan() {
    let content: string;
    try {
      content = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result;
    } catch {
      return; // closed the scanner
    }
    const parsed = parseQrContent(content);
    if (parsed && parsed.shiftId !== shift.id) return showError(null, '这是另一个班次的签到码，请扫描本班次现场的二维码');
    void send({ qrToken: content });
  }

  async function locate() {
    try {
      if (!(await ensureLocationConsent())) return showError(null, '您未同意使用位置信息，请扫码或输入签到码签到');
    } catch (error) {
      return showError(error);
    }
    try {
      const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
      void send({ latitude, longitude });
    } catch {
      showError(null, '没有取到您的位置。请允许使用位置，或扫码签到');
    }
  }

  function typed() {
    const token = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(token)) return showError(null, '请输入现场二维码下方的 6 位数字');
    void send({ qrToken: token });
  }

  return (
    <View className={`pst-check pst-check--${mode}`} onClick={(e) => e.stopPropagation()}>
      <Text className="pst-check__title">{mode === 'in' ? '到岗签到' : '离岗签退'}</Text>
      <Text className="pst-check__note">
        {mode === 'in'
          ? '到岗后，扫描现场负责人手机上的二维码签到；也可以用定位签到（须在岗位附近）。'
          : '服务结束离开前，再扫一次码签退，服务时长从签到算到签退。'}
      </Text>
      <View className="pst-check__buttons">
        {CAN_SCAN ? (
          <Button className="pst-check-scan" type="primary" size="large" loading={busy} disabled={busy} onClick={() => void scan()}>
            扫码{word}
          </Button>
        ) : null}
        <Button className="pst-check-locate" size="large" disabled={busy} onClick={() => void locate()}>
          定位{word}
        </Button>
      </View>
      <Text className="pst-check__label">不能扫码时，输入现场二维码下方的 6 位数字</Text>
      <View className="pst-check__code">
        <Input className="pst-code-input" type="number" value={code} onChange={(value) => setCode(value)} placeholder="6 位签到码" maxLength={6} />
        <Button className="pst-check-submit" type={CAN_SCAN ? 'default' : 'primary'} disabled={busy} onClick={typed}>
          {word}
        </Button>
      </View>
    </View>
  );
}
