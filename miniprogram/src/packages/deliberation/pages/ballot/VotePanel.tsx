import { Text, View } from '@tarojs/components';
import { SubscriptionMoment } from '@linli/shared';
import { useState } from 'react';
import { Dialog } from '@/components/nut';
import type { Ballot, BallotOption } from '@/services/api-types';
import { askToSubscribe } from '@/services/subscriptions';
import { formatMinute } from '@/utils/dates';

interface VotePanelProps {
  ballot: Ballot;
  /** Casts the vote for the option; resolves to whether it went through. */
  vote: (option: BallotOption) => Promise<boolean>;
}

/**
 * Where I stand on the ballot: not on the roll (and why), not open yet, the option buttons (each
 * asks first), 已投票 with my choice (never shown on a secret ballot), or 修改投票 where allowed.
 */
export function VotePanel({ ballot, vote }: VotePanelProps) {
  const { me } = ballot;
  const [choosing, setChoosing] = useState<BallotOption | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);

  if (ballot.phase === 'closed') return null;
  if (!me.eligible) {
    return (
      <View className="lin-card dlp-vote dlp-vote--ineligible">
        <Text className="dlp-vote__title">您不在这次投票的名单中</Text>
        <Text className="dlp-vote__note">{me.ineligibleReason ?? '投票人名单在发起表决时确定。'}</Text>
      </View>
    );
  }
  if (ballot.phase === 'upcoming') {
    return (
      <View className="lin-card dlp-vote">
        <Text className="dlp-vote__title">投票还没有开始</Text>
        <Text className="dlp-vote__note">{formatMinute(ballot.opensAt)} 开始投票，到时请再来。</Text>
      </View>
    );
  }
  if (ballot.phase === 'counting') {
    return (
      <View className="lin-card dlp-vote">
        <Text className="dlp-vote__title">投票已截止，正在计票</Text>
        <Text className="dlp-vote__note">结果很快公布，请稍后刷新。</Text>
      </View>
    );
  }

  const mine = ballot.options.find((o) => o.id === me.optionId) ?? null;
  const showOptions = !me.cast || (me.canChange && changing);

  async function confirm() {
    const option = choosing!;
    // Inside the confirming tap, where WeChat allows its prompt: the next ballots' notices.
    const asked = askToSubscribe(SubscriptionMoment.Voted);
    setChoosing(null);
    setBusy(option.id);
    await asked;
    const ok = await vote(option);
    setBusy(null);
    if (ok) setChanging(false);
  }

  return (
    <View className="lin-card dlp-vote">
      {me.votesAs ? <Text className="dlp-vote__as">您代表：{me.votesAs}</Text> : null}
      {me.cast ? (
        <View className="dlp-voted">
          <Text className="dlp-voted__mark">✓ {me.channel === 'paper' ? '已录入您的纸质票' : me.castByMe ? '您已投票' : '您家已投票'}</Text>
          <Text className="dlp-voted__choice">{votedText(ballot, mine)}</Text>
          <Text className="dlp-vote__note">{formatMinute(ballot.closesAt)} 截止后公布结果。</Text>
        </View>
      ) : (
        <Text className="dlp-vote__title">请选择您的意见</Text>
      )}
      {me.cast && me.canChange && !changing ? (
        <View role="button" tabIndex={0} className="dlp-vote__change" onClick={() => setChanging(true)}>
          修改投票
        </View>
      ) : null}
      {showOptions ? (
        <View className="dlp-options">
          {me.cast ? <Text className="dlp-vote__note">选择新的意见，以最后一次为准：</Text> : null}
          {ballot.options.map((option) => {
            const current = option.id === me.optionId;
            return (
              <View
                key={option.id}
                role="button"
                tabIndex={0}
                aria-disabled={current || busy !== null}
                className={`dlp-option dlp-option--${option.kind} ${current ? 'dlp-option--current' : ''}`}
                onClick={() => !current && busy === null && setChoosing(option)}
              >
                <Text className="dlp-option__label">{busy === option.id ? '正在提交…' : option.label}</Text>
                {current ? <Text className="dlp-option__current">当前选择</Text> : null}
              </View>
            );
          })}
          {me.cast ? (
            <View role="button" tabIndex={0} className="dlp-vote__change" onClick={() => setChanging(false)}>
              不修改了
            </View>
          ) : null}
        </View>
      ) : null}
      <Dialog
        visible={choosing !== null}
        title="确认投票"
        confirmText="确认投票"
        cancelText="再想想"
        onConfirm={() => void confirm()}
        onCancel={() => setChoosing(null)}
        onClose={() => setChoosing(null)}
      >
        {choosing ? confirmText(ballot, choosing) : ''}
      </Dialog>
    </View>
  );
}

/** What the voter is told about the vote already cast for them (by them, or by a family member on a 一户一票 ballot). */
function votedText(ballot: Ballot, mine: BallotOption | null): string {
  if (ballot.secret) return '无记名投票，系统不记录您选了什么。';
  if (ballot.me.channel === 'paper') return mine ? `纸质票上的意见：${mine.label}` : '社区已按您签字的纸质票录入。';
  if (!ballot.me.castByMe) return mine ? `家人已代表全户投票：${mine.label}` : '本户已有家人代表全户投票。';
  return mine ? `您的选择：${mine.label}` : '您的投票已记录。';
}

function confirmText(ballot: Ballot, option: BallotOption): string {
  const who = ballot.me.votesAs ? `以「${ballot.me.votesAs}」的身份` : '';
  const after = ballot.secret ? '无记名投票，投出后不能修改。' : ballot.allowChange ? '截止前还可以修改。' : '投票一经提交不能修改。';
  return `您${who}选择「${option.label}」。${after}`;
}
