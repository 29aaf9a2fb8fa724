import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { Button } from '@/components/nut';
import { withQuery, ROUTES } from '@/navigation/routes';
import { StatusBadge } from '@/pages/deliberation/StatusBadge';
import { ballotBadge, ballotRuleLabel } from '@/pages/deliberation/topic-format';
import type { BallotSummary } from '@/services/api-types';
import { formatMinute } from '@/utils/dates';

/** The topic's vote: what is asked, how it is counted, when; the way to vote or to the results. */
export function BallotLink({ ballot, title = '表决' }: { ballot: BallotSummary; title?: string }) {
  const badge = ballotBadge(ballot);
  const open = () => void Taro.navigateTo({ url: withQuery(ROUTES.ballotDetail, { id: ballot.id }) });
  const action = ballot.phase === 'voting' ? '去投票' : ballot.phase === 'closed' ? '查看表决结果' : '查看表决';
  return (
    <InfoCard className="dlp-ballot-link" title={title} extra={<StatusBadge label={badge.label} tone={badge.tone} />}>
      <Text className="dlp-ballot-link__title">{ballot.title}</Text>
      <InfoRow label="表决方式" value={ballotRuleLabel(ballot.rule)} />
      <InfoRow label="投票时间" value={`${formatMinute(ballot.opensAt)} 至 ${formatMinute(ballot.closesAt)}`} />
      <Button className="dlp-open-ballot" block type={ballot.phase === 'voting' ? 'primary' : 'default'} onClick={open}>
        {action}
      </Button>
    </InfoCard>
  );
}
