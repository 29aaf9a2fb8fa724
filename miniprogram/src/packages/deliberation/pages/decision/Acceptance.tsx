import { Text, View } from '@tarojs/components';
import { DELIBERATION_DEFAULTS, fractionText } from '@linli/shared';
import { useState } from 'react';
import { Button, Dialog } from '@/components/nut';
import type { AcceptanceBallotInput, DecisionItem } from '@/services/api-types';
import { daysFromNow, DateTimeFields, instantOf, type DateTime } from '../../components/DateTimeFields';
import { BallotLink } from '../../components/BallotLink';

interface AcceptanceProps {
  decision: DecisionItem;
  request: (body: AcceptanceBallotInput) => Promise<boolean>;
}

const HOW = `议事范围内的成年居民无记名评价“满意”或“不满意”，满意票达到投票总数的${fractionText(DELIBERATION_DEFAULTS.acceptanceThreshold)}以上即验收通过；未通过的退回继续整改。`;

/** 民意验收: the secretary starts the residents' satisfaction vote once the work is done; every acceptance vote held, newest first. */
export function Acceptance({ decision, request }: AcceptanceProps) {
  const [open, setOpen] = useState(false);
  const [closes, setCloses] = useState<DateTime>(() => daysFromNow(7));
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function start() {
    setConfirming(false);
    setBusy(true);
    const ok = await request({ closesAt: instantOf(closes) });
    setBusy(false);
    if (ok) setOpen(false);
  }

  return (
    <View className="dlp-acceptance">
      <Text className="dlp-section">民意验收</Text>
      {decision.status === 'accepted' ? <Text className="lin-note">居民验收通过，这件事已经办结。</Text> : null}
      {decision.status === 'awaiting_acceptance' ? <Text className="lin-note">民意验收进行中，请范围内的居民评价。</Text> : null}
      {decision.canManage && decision.status === 'in_progress' ? (
        open ? (
          <View className="lin-card dlp-acceptance__form">
            <Text className="dlp-field__help">{HOW}</Text>
            <Text className="dlp-field__label">验收截止时间</Text>
            <DateTimeFields value={closes} onChange={setCloses} />
            <View className="lin-decision__buttons">
              <Button size="large" disabled={busy} onClick={() => setOpen(false)}>
                取消
              </Button>
              <Button className="dlp-acceptance__submit" type="primary" size="large" loading={busy} disabled={busy} onClick={() => setConfirming(true)}>
                发起民意验收
              </Button>
            </View>
          </View>
        ) : (
          <View className="lin-actions">
            <Text className="lin-note">工作完成后，请居民评价是否满意。</Text>
            <Button className="dlp-acceptance__open" type="primary" size="large" block onClick={() => setOpen(true)}>
              工作已完成，发起民意验收
            </Button>
          </View>
        )
      ) : null}
      {decision.status === 'in_progress' && !decision.canManage && decision.acceptanceBallots.length === 0 ? (
        <Text className="lin-note">工作完成后，社区会请居民进行民意验收。</Text>
      ) : null}
      {decision.acceptanceBallots.map((b) => (
        <BallotLink key={b.id} ballot={b} title="民意验收" />
      ))}
      <Dialog
        visible={confirming}
        title="发起民意验收"
        confirmText="发起"
        cancelText="再想想"
        onConfirm={() => void start()}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      >
        {`验收立即开始，${closes.date} ${closes.time} 截止。${HOW}`}
      </Dialog>
    </View>
  );
}
