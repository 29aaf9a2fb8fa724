import { Input, Picker, Text, View } from '@tarojs/components';
import { CONSENT_METHOD_LABELS, HOUSEHOLD_RELATION_LABELS } from '@linli/shared';
import { useState } from 'react';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { showError, showSuccess } from '@/components/feedback';
import { Button } from '@/components/nut';
import { formatDay } from '@/utils/dates';
import { correctPerson, moveOut, type FlatResident } from '@/services/households';
import { shanghaiToday } from '../../today';

interface PersonCardProps {
  householdId: string;
  person: FlatResident;
  onChanged: () => void;
}

/** One resident of the flat, with 更正 (name and phone only while they have no account) and 搬离 on a date. */
export function PersonCard({ householdId, person: p, onChanged }: PersonCardProps) {
  const [mode, setMode] = useState<'view' | 'correct' | 'move-out'>('view');
  const [name, setName] = useState(p.name);
  const [phone, setPhone] = useState(p.phone ?? '');
  const [day, setDay] = useState(shanghaiToday());
  const [busy, setBusy] = useState(false);

  async function run(call: () => Promise<unknown>, done: string) {
    setBusy(true);
    try {
      await call();
      showSuccess(done);
      setMode('view');
      onChanged();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  const correct = () => run(() => correctPerson(householdId, p.userId, p.hasAccount ? {} : { name: name.trim(), phone: phone.trim() || undefined }), '已更正');

  return (
    <InfoCard className="onb-person" title={`${p.name}${p.hasAccount ? '' : '（代管居民）'}`}>
      <InfoRow label="关系" value={`${HOUSEHOLD_RELATION_LABELS[p.relation]}${p.kinship ? `（${p.kinship}）` : ''}${p.isAdult ? '' : ' · 未成年'}`} />
      <InfoRow label="手机号" value={p.phone} />
      <InfoRow label="入住" value={p.movedIn} />
      <InfoRow label="本人同意" value={p.consent ? `${CONSENT_METHOD_LABELS[p.consent.method]}（${formatDay(p.consent.recordedAt)} 记录）` : null} />
      {mode === 'correct' ? (
        <View className="onb-form">
          {p.hasAccount ? (
            <Text className="lin-note">本人已有账号，姓名和手机号由本人修改。</Text>
          ) : (
            <>
              <Input className="onb-input onb-correct-name" value={name} maxlength={32} onInput={(e) => setName(e.detail.value)} placeholder="姓名" />
              <Input
                className="onb-input onb-correct-phone"
                value={phone}
                maxlength={24}
                type="number"
                onInput={(e) => setPhone(e.detail.value)}
                placeholder="手机号（可不填）"
              />
            </>
          )}
          <View className="lin-actions">
            <Button onClick={() => setMode('view')}>取消</Button>
            <Button className="onb-correct-save" type="primary" loading={busy} disabled={busy || p.hasAccount} onClick={() => void correct()}>
              保存
            </Button>
          </View>
        </View>
      ) : null}
      {mode === 'move-out' ? (
        <View className="onb-form">
          <Picker mode="date" value={day} end={shanghaiToday()} onChange={(e) => setDay(e.detail.value)}>
            <Text className="onb-input onb-move-out-day">{`搬离日期：${day}`}</Text>
          </Picker>
          <Text className="lin-note">搬离后，这户的记录保留在“已搬离”中。</Text>
          <View className="lin-actions">
            <Button onClick={() => setMode('view')}>取消</Button>
            <Button
              className="onb-move-out-confirm"
              type="primary"
              loading={busy}
              disabled={busy}
              onClick={() => void run(() => moveOut(householdId, p.userId, day), '已登记搬离')}
            >
              确认搬离
            </Button>
          </View>
        </View>
      ) : null}
      {mode === 'view' ? (
        <View className="lin-card__actions onb-person__actions">
          <Button className="onb-correct" size="small" onClick={() => setMode('correct')}>
            更正信息
          </Button>
          <Button className="onb-move-out" size="small" onClick={() => setMode('move-out')}>
            搬离
          </Button>
        </View>
      ) : null}
    </InfoCard>
  );
}
