import { Text, View } from '@tarojs/components';
import { BallotRule, fractionText } from '@linli/shared';
import type { Ballot, BallotOutcome, TallyCheck } from '@/services/api-types';
import { formatMinute } from '@/utils/dates';
import { areaShare, areaText, percent, share, turnoutUnit } from '../../format';

/**
 * The published result: 通过/未通过 with the one-sentence summary in large type, turnout, each
 * option's votes (and area on owners' ballots), the Art. 278 area and headcount shares, and
 * every test the count applied with ✓ or ✗ in plain words.
 */
export function Outcome({ ballot }: { ballot: Ballot }) {
  const outcome = ballot.outcome;
  if (ballot.phase !== 'closed' || !outcome) return null;
  const owners = ballot.rule === BallotRule.OwnersArt278;
  const cast = outcome.turnout.votes;
  const mine = ballot.options.find((o) => o.id === ballot.me.optionId);

  return (
    <View className={`lin-card dlp-outcome dlp-outcome--${outcome.passed ? 'passed' : 'failed'}`}>
      <View className="dlp-outcome__head">
        <Text className="dlp-outcome__verdict">{outcome.passed ? '通过' : '未通过'}</Text>
        {ballot.closedAt ? <Text className="dlp-outcome__when">{formatMinute(ballot.closedAt)} 公布</Text> : null}
      </View>
      <Text className="dlp-outcome__summary">{outcome.summary}</Text>

      <View className="dlp-turnout">
        <Text className="dlp-turnout__label">参与投票</Text>
        <Text className="dlp-turnout__value">{share(cast, outcome.electorate.count, turnoutUnit(ballot.rule))}</Text>
      </View>
      {owners ? (
        <View className="dlp-turnout">
          <Text className="dlp-turnout__label">参与面积</Text>
          <Text className="dlp-turnout__value">{areaShare(outcome.turnout.areaHundredths, outcome.electorate.areaHundredths)}</Text>
        </View>
      ) : null}
      {ballot.channels ? (
        <View className="dlp-turnout">
          <Text className="dlp-turnout__label">投票方式</Text>
          <Text className="dlp-turnout__value dlp-outcome__channels">
            线上 {ballot.channels.online} 票，纸质 {ballot.channels.paper} 票
          </Text>
        </View>
      ) : null}
      {mine ? <Text className="dlp-outcome__mine">您投的是：{mine.label}</Text> : null}

      <Text className="dlp-outcome__section">各选项得票</Text>
      {outcome.options.map((option) => (
        <View key={option.id} className={`dlp-tally ${option.id === outcome.winningOptionId && outcome.passed ? 'dlp-tally--winner' : ''}`}>
          <View className="dlp-tally__head">
            <Text className="dlp-tally__label">{option.label}</Text>
            <Text className="dlp-tally__votes">{option.votes} 票</Text>
          </View>
          <View className="dlp-tally__bar">
            <View className="dlp-tally__fill" style={{ width: cast > 0 ? `${(option.votes / cast) * 100}%` : '0%' }} />
          </View>
          <Text className="dlp-tally__share">
            占全部投票 {percent(option.votes, cast)}
            {owners ? `，专有面积 ${areaText(option.areaHundredths)}` : ''}
          </Text>
        </View>
      ))}

      {owners ? <Art278Shares outcome={outcome} /> : null}

      <Text className="dlp-outcome__section">计票依据</Text>
      {outcome.checks.map((check) => (
        <View key={check.key} className={`dlp-check dlp-check--${check.met ? 'met' : 'unmet'}`}>
          <Text className="dlp-check__mark">{check.met ? '✓' : '✗'}</Text>
          <Text className="dlp-check__text">{check.statement}</Text>
        </View>
      ))}
    </View>
  );
}

const need = (check: TallyCheck) => (check.inclusive ? `须${fractionText(check.bound)}以上` : `须超过${fractionText(check.bound)}`);

/** Civil Code Art. 278: participation and approval, each by area and by headcount, side by side. */
function Art278Shares({ outcome }: { outcome: BallotOutcome }) {
  const byKey = (key: string) => outcome.checks.find((c) => c.key === key);
  const rows = [
    { label: '参与表决', area: byKey('participation_area'), head: byKey('participation_headcount') },
    { label: '同意', area: byKey('approval_area'), head: byKey('approval_headcount') },
  ];
  return (
    <View className="dlp-art278">
      <View className="dlp-art278__row dlp-art278__row--head">
        <Text className="dlp-art278__cell dlp-art278__cell--label" />
        <Text className="dlp-art278__cell">面积占比</Text>
        <Text className="dlp-art278__cell">人数占比</Text>
      </View>
      {rows.map((row) =>
        row.area && row.head ? (
          <View key={row.label}>
            <View className="dlp-art278__row">
              <Text className="dlp-art278__cell dlp-art278__cell--label">{row.label}</Text>
              <Cell check={row.area} />
              <Cell check={row.head} />
            </View>
            <Text className="dlp-art278__need">
              {row.label === '同意' ? '占参与表决的面积和人数，' : '占全体业主的面积和人数，'}
              {need(row.area)}
            </Text>
          </View>
        ) : null,
      )}
    </View>
  );
}

function Cell({ check }: { check: TallyCheck }) {
  return (
    <Text className={`dlp-art278__cell dlp-art278__cell--${check.met ? 'met' : 'unmet'}`}>
      {percent(check.value, check.base)} {check.met ? '✓' : '✗'}
    </Text>
  );
}
