import { Text, View } from '@tarojs/components';
import type { DecisionSummary } from '@/services/api-types';
import { StatusBadge } from './StatusBadge';
import { decisionListLabel, decisionStatusLabel } from './topic-format';

/** A tracked decision: its list, who answers for it, its status, and how many milestones are done. */
export function DecisionCard({ decision, onClick }: { decision: DecisionSummary; onClick: () => void }) {
  const { milestonesDone: done, milestonesTotal: total } = decision;
  return (
    <View className="dlb-topic dlb-decision-card" onClick={onClick}>
      <View className="dlb-topic__head">
        <Text className="dlb-list-tag">{decisionListLabel(decision.list)}</Text>
        <Text className="dlb-topic__title">{decision.title}</Text>
        <StatusBadge label={decisionStatusLabel(decision.status)} tone={decision.status} />
      </View>
      <Text className="dlb-topic__line">负责：{decision.responsible ?? '待社区明确'}</Text>
      <View className="dlb-progress">
        <Text className="dlb-progress__text">{total > 0 ? `进度节点 已完成 ${done} / ${total}` : '还没有设置进度节点'}</Text>
        {total > 0 ? (
          <View className="dlb-progress__bar">
            <View className="dlb-progress__fill" style={{ width: `${Math.round((done / total) * 100)}%` }} />
          </View>
        ) : null}
      </View>
    </View>
  );
}
