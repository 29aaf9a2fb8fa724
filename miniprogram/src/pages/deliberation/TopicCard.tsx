import { Text, View } from '@tarojs/components';
import type { TopicSummary } from '@/services/api-types';
import { formatDay } from '@/utils/dates';
import { StatusBadge } from './StatusBadge';
import { ballotBadge, ballotLine, scopeText, topicStatusLabel } from './topic-format';

interface TopicCardProps {
  topic: TopicSummary;
  onClick: () => void;
  /** Why the secretary did not take it up (my own topics). */
  declineReason?: string | null;
}

/** One topic in a list: title and status, who it concerns, who raised it, the discussion, the vote. */
export function TopicCard({ topic, onClick, declineReason }: TopicCardProps) {
  const decided = topic.status === 'decided' && topic.ballot;
  const badge = decided ? ballotBadge(topic.ballot!) : { label: topicStatusLabel(topic.status), tone: topic.status };
  return (
    <View className="dlb-topic" onClick={onClick}>
      <View className="dlb-topic__head">
        <Text className="dlb-topic__title">{topic.title}</Text>
        <StatusBadge label={badge.label} tone={badge.tone} />
      </View>
      <Text className="dlb-topic__line">范围：{scopeText(topic.scope)}</Text>
      <Text className="dlb-topic__line">
        提出：{topic.proposerName} · {formatDay(topic.createdAt)}
      </Text>
      <View className="dlb-topic__foot">
        <Text className="dlb-topic__comments">讨论 {topic.commentCount} 条</Text>
        {topic.ballot ? <Text className={`dlb-topic__ballot dlb-topic__ballot--${topic.ballot.phase}`}>{ballotLine(topic.ballot)}</Text> : null}
      </View>
      {declineReason ? <Text className="dlb-topic__reason">未受理原因：{declineReason}</Text> : null}
    </View>
  );
}
