import { Text, View } from '@tarojs/components';
import type { Ballot } from '@/services/api-types';
import { areaShare, share, turnoutUnit } from '../../format';

/**
 * 投票进度 while the ballot runs: how many on the roll have voted (and how much area, on owners'
 * ballots), each with how far it still is from the participation bound. Who voted and what they
 * chose are not in it: the server sends only counts until it closes.
 */
export function Turnout({ ballot }: { ballot: Ballot }) {
  const turnout = ballot.turnout;
  if (!turnout || ballot.phase === 'closed' || ballot.phase === 'upcoming') return null;
  const width = (value: number, base: number) => (base > 0 ? `${Math.min(100, (value * 100) / base)}%` : '0%');
  const owners = turnout.electorateAreaHundredths > 0;
  return (
    <View className="lin-card dlp-progress">
      <Text className="dlp-outcome__section">投票进度</Text>
      <View className="dlp-turnout">
        <Text className="dlp-turnout__label">已投票</Text>
        <Text className="dlp-turnout__value dlp-progress__votes">{share(turnout.votes, turnout.electors, turnoutUnit(ballot.rule))}</Text>
      </View>
      <View className="dlp-tally__bar">
        <View className="dlp-tally__fill" style={{ width: width(turnout.votes, turnout.electors) }} />
      </View>
      {owners ? (
        <>
          <View className="dlp-turnout">
            <Text className="dlp-turnout__label">已参与面积</Text>
            <Text className="dlp-turnout__value">{areaShare(turnout.areaHundredths, turnout.electorateAreaHundredths)}</Text>
          </View>
          <View className="dlp-tally__bar">
            <View className="dlp-tally__fill" style={{ width: width(turnout.areaHundredths, turnout.electorateAreaHundredths) }} />
          </View>
        </>
      ) : null}
      {turnout.checks.map((check) => (
        <View key={check.key} className={`dlp-check dlp-check--${check.met ? 'met' : 'unmet'}`}>
          <Text className="dlp-check__mark">{check.met ? '✓' : '…'}</Text>
          <Text className="dlp-check__text dlp-progress__check">{check.statement}</Text>
        </View>
      ))}
      <Text className="lin-note">投票结束前只公布参与人数，不公布任何人的选择。</Text>
    </View>
  );
}
