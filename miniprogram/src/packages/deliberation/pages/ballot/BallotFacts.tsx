import { Text, View } from '@tarojs/components';
import { ART278_MATTER_LABELS, Art278Matter, BallotRule, fractionText } from '@linli/shared';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { StatusBadge } from '@/pages/deliberation/StatusBadge';
import { ballotBadge, ballotRuleLabel, scopeText } from '@/pages/deliberation/topic-format';
import type { Ballot } from '@/services/api-types';
import { formatMinute } from '@/utils/dates';
import { areaText, electorUnit } from '../../format';

/** What is asked and how: the rule, who is on the roll (and their total area for owners), when, secret or not. */
export function BallotFacts({ ballot }: { ballot: Ballot }) {
  const badge = ballotBadge(ballot);
  const owners = ballot.rule === BallotRule.OwnersArt278;
  return (
    <InfoCard className="dlp-ballot" title={ballot.title} extra={<StatusBadge label={badge.label} tone={badge.tone} />}>
      <InfoRow label="表决方式" value={ballotRuleLabel(ballot.rule)} />
      {ballot.matter ? <InfoRow label="事项类型" value={ART278_MATTER_LABELS[ballot.matter as Art278Matter] ?? ballot.matter} /> : null}
      <InfoRow label="投票范围" value={scopeText(ballot.scope)} />
      <InfoRow label="投票人" value={`共 ${ballot.electorate.count} ${electorUnit(ballot.rule)}`} />
      {owners ? <InfoRow label="专有面积" value={`合计 ${areaText(ballot.electorate.areaHundredths)}`} /> : null}
      {ballot.quorum ? <InfoRow label="参与门槛" value={`须有${fractionText(ballot.quorum)}以上的投票人参与`} /> : null}
      <InfoRow label="开始" value={formatMinute(ballot.opensAt)} />
      <InfoRow label="截止" value={formatMinute(ballot.closesAt)} />
      <View className="dlp-ballot__tags">
        <Text className={ballot.secret ? 'dlp-tag dlp-tag--secret' : 'dlp-tag'}>{ballot.secret ? '无记名投票' : '记名投票'}</Text>
        <Text className="dlp-tag">{ballot.secret || !ballot.allowChange ? '投出后不能修改' : '截止前可以修改'}</Text>
      </View>
    </InfoCard>
  );
}
