import { Picker, Text, View } from '@tarojs/components';
import { DELIBERATION_TEXT_LIMITS, shanghaiDateOf } from '@linli/shared';
import { useState } from 'react';
import { showError } from '@/components/feedback';
import { Button, Dialog, Input } from '@/components/nut';
import type { DecisionItem, MilestoneInput } from '@/services/api-types';
import { formatDay } from '@/utils/dates';

interface MilestonesProps {
  decision: DecisionItem;
  complete: (milestoneId: string) => Promise<boolean>;
  add: (milestone: MilestoneInput) => Promise<boolean>;
}

/** The milestones in order with ✓ when done; the secretary marks one done (after asking) and adds new ones. */
export function Milestones({ decision, complete, add }: MilestonesProps) {
  const [marking, setMarking] = useState<string | null>(null);
  const target = decision.milestones.find((m) => m.id === marking);
  return (
    <View className="lin-card dlp-milestones">
      <Text className="lin-card__title">进度节点</Text>
      {decision.milestones.length === 0 ? <Text className="dlp-empty-line">还没有设置进度节点。</Text> : null}
      {decision.milestones.map((m) => (
        <View key={m.id} className={m.doneAt ? 'dlp-milestone dlp-milestone--done' : 'dlp-milestone'}>
          <Text className="dlp-milestone__mark">{m.doneAt ? '✓' : '○'}</Text>
          <View className="dlp-milestone__text">
            <Text className="dlp-milestone__title">{m.title}</Text>
            <Text className="dlp-milestone__when">{m.doneAt ? `${formatDay(m.doneAt)} 完成` : m.dueOn ? `计划 ${m.dueOn} 前完成` : '未定完成日期'}</Text>
          </View>
          {decision.canManage && !m.doneAt ? (
            <Button className="dlp-milestone__done" onClick={() => setMarking(m.id)}>
              标记完成
            </Button>
          ) : null}
        </View>
      ))}
      {decision.canManage ? <AddMilestone add={add} /> : null}
      <Dialog
        visible={!!target}
        title="标记完成"
        confirmText="已完成"
        cancelText="再想想"
        onConfirm={() => {
          setMarking(null);
          void complete(target!.id);
        }}
        onCancel={() => setMarking(null)}
        onClose={() => setMarking(null)}
      >
        {target ? `「${target.title}」已经完成了吗？完成后居民可以看到完成日期。` : ''}
      </Dialog>
    </View>
  );
}

function AddMilestone({ add }: { add: MilestonesProps['add'] }) {
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit() {
    const text = title.trim();
    if (text.length < 2) return showError(null, '请填写节点名称（至少 2 个字）');
    setBusy(true);
    const ok = await add({ title: text, dueOn: dueOn || undefined });
    setBusy(false);
    if (ok) {
      setTitle('');
      setDueOn('');
    }
  }

  return (
    <View className="dlp-add-milestone">
      <Text className="dlp-field__label">添加节点</Text>
      <Input
        className="dlp-box dlp-milestone-input"
        value={title}
        onChange={setTitle}
        placeholder="例如：完成施工单位招标"
        maxLength={DELIBERATION_TEXT_LIMITS.milestone}
      />
      <View className="dlp-add-milestone__row">
        <View className="dlp-add-milestone__pick">
          <Picker mode="date" value={dueOn || shanghaiDateOf(new Date())} onChange={(e) => setDueOn(String(e.detail.value))}>
            <View className="dlp-picker">{dueOn ? `计划 ${dueOn} 前` : '选择计划日期（可不选）'}</View>
          </Picker>
        </View>
        {dueOn ? (
          <Text className="dlp-add-milestone__clear" onClick={() => setDueOn('')}>
            不设日期
          </Text>
        ) : null}
      </View>
      <Button className="dlp-add-milestone__submit" block loading={busy} disabled={busy} onClick={() => void submit()}>
        添加节点
      </Button>
    </View>
  );
}
