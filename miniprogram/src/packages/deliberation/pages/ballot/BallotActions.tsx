import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ConfirmButton } from '@/components/blocks/ConfirmButton';
import { Button } from '@/components/nut';
import { withQuery, ROUTES } from '@/navigation/routes';
import type { Ballot } from '@/services/api-types';
import { closeBallot } from '@/services/deliberation';

interface BallotActionsProps {
  ballot: Ballot;
  /** The secretary of the ballot's community. */
  isSecretary: boolean;
  replace: (ballot: Ballot) => void;
  reload: () => void;
}

/** Opens a page, or goes back to it when it is the one this ballot was opened from (no endless stack). */
function openOrBack(route: string, id: string): void {
  const pages = Taro.getCurrentPages();
  const previous = pages[pages.length - 2]?.route;
  if (previous && `/${previous.replace(/^\//, '')}` === route) void Taro.navigateBack();
  else void Taro.navigateTo({ url: withQuery(route, { id }) });
}

/**
 * Under the ballot: 结束投票 for the secretary once it may close; the anonymised votes once it has
 * closed (voters on the roll and the secretary); the way back to its topic or decision.
 */
export function BallotActions({ ballot, isSecretary, replace, reload }: BallotActionsProps) {
  const closed = ballot.phase === 'closed';
  const early = new Date(ballot.closesAt).getTime() > Date.now();
  return (
    <View className="dlp-ballot-actions">
      {ballot.canClose ? (
        <ConfirmButton
          className="dlp-close-ballot"
          primary
          label="结束投票，公布结果"
          title="结束投票"
          body={`${early ? '名单上的所有人都已投票。' : '已到截止时间。'}结束后立即计票并向大家公布结果，之后不能再投票。`}
          confirmText="结束投票"
          done="已结束，结果已公布"
          run={async () => replace(await closeBallot(ballot.id))}
          onDone={reload}
        />
      ) : null}
      {isSecretary && !closed && !ballot.canClose ? (
        <Text className="lin-note">到截止时间，或者名单上的所有人都投票后，您可以在这里结束投票并公布结果。</Text>
      ) : null}
      {closed && (ballot.me.eligible || isSecretary) ? (
        <View className="lin-confirm-button">
          <Button className="dlp-open-votes" block size="large" onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.ballotVotes, { id: ballot.id }) })}>
            下载匿名票据
          </Button>
          <Text className="lin-note dlp-open-votes__note">票据只有每张票的选择，不含投票人，可以自行核算结果。</Text>
        </View>
      ) : null}
      <View className="lin-confirm-button">
        {ballot.decisionId ? (
          <Button className="dlp-back-to-decision" block onClick={() => openOrBack(ROUTES.decisionDetail, ballot.decisionId!)}>
            查看决议落实情况
          </Button>
        ) : (
          <Button className="dlp-back-to-topic" block onClick={() => openOrBack(ROUTES.topicDetail, ballot.topicId)}>
            查看议题和讨论
          </Button>
        )}
      </View>
    </View>
  );
}
