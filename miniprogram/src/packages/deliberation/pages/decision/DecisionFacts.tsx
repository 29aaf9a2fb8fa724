import { Text, View } from '@tarojs/components';
import { DELIBERATION_TEXT_LIMITS } from '@linli/shared';
import { useState } from 'react';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { SingleChoiceChips } from '@/components/blocks/ChoiceChips';
import { Button, Input } from '@/components/nut';
import { StatusBadge } from '@/pages/deliberation/StatusBadge';
import { DECISION_LIST_CHOICES, decisionListLabel, decisionStatusLabel } from '@/pages/deliberation/topic-format';
import type { DecisionItem, DecisionListKind, UpdateDecision } from '@/services/api-types';
import { formatDay } from '@/utils/dates';

interface DecisionFactsProps {
  decision: DecisionItem;
  /** Saves changes (secretary); resolves to whether they went through. */
  save: (changes: UpdateDecision) => Promise<boolean>;
}

/** The decision: its list, status, who answers for it, progress; the secretary files it, renames it, names who is responsible. */
export function DecisionFacts({ decision, save }: DecisionFactsProps) {
  const [editing, setEditing] = useState(false);
  const progress = decision.milestonesTotal > 0 ? `已完成 ${decision.milestonesDone} / ${decision.milestonesTotal} 个节点` : '还没有设置进度节点';
  return (
    <InfoCard className="dlp-decision" title={decision.title} extra={<StatusBadge label={decisionStatusLabel(decision.status)} tone={decision.status} />}>
      <InfoRow label="列入" value={decisionListLabel(decision.list)} />
      <InfoRow label="负责" value={decision.responsible ?? '待社区明确'} />
      <InfoRow label="进度" value={progress} />
      <InfoRow label="立项" value={formatDay(decision.createdAt)} />
      {decision.canManage && !editing ? (
        <Button className="dlp-edit-decision" block onClick={() => setEditing(true)}>
          修改清单和负责人
        </Button>
      ) : null}
      {editing ? <DecisionEdit decision={decision} save={save} done={() => setEditing(false)} /> : null}
    </InfoCard>
  );
}

function DecisionEdit({ decision, save, done }: DecisionFactsProps & { done: () => void }) {
  const [title, setTitle] = useState(decision.title);
  const [list, setList] = useState<DecisionListKind>(decision.list);
  const [responsible, setResponsible] = useState(decision.responsible ?? '');
  const [busy, setBusy] = useState(false);

  async function submit() {
    const changes: UpdateDecision = {};
    if (title.trim() && title.trim() !== decision.title) changes.title = title.trim();
    if (list !== decision.list) changes.list = list;
    if (responsible.trim() && responsible.trim() !== (decision.responsible ?? '')) changes.responsible = responsible.trim();
    if (Object.keys(changes).length === 0) return done();
    setBusy(true);
    const ok = await save(changes);
    setBusy(false);
    if (ok) done();
  }

  return (
    <View className="dlp-decision-edit">
      <Text className="dlp-field__label">事项名称</Text>
      <Input className="dlp-box" value={title} onChange={setTitle} maxLength={DELIBERATION_TEXT_LIMITS.decisionTitle} />
      <Text className="dlp-field__label">列入哪个清单</Text>
      <SingleChoiceChips className="dlp-list-chips" options={DECISION_LIST_CHOICES} value={list} onChange={setList} />
      <Text className="dlp-field__label">负责单位或负责人</Text>
      <Input
        className="dlp-box dlp-responsible-input"
        value={responsible}
        onChange={setResponsible}
        placeholder="例如：东湖社区居委会 / 物业公司"
        maxLength={DELIBERATION_TEXT_LIMITS.responsible}
      />
      <View className="lin-decision__buttons">
        <Button size="large" disabled={busy} onClick={done}>
          取消
        </Button>
        <Button className="dlp-save-decision" type="primary" size="large" loading={busy} disabled={busy} onClick={() => void submit()}>
          保存
        </Button>
      </View>
    </View>
  );
}
