import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Role } from '@linli/shared';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { PageShell } from '@/components/PageShell';
import { useDecide } from '@/hooks/useDecide';
import { useLoad } from '@/hooks/useLoad';
import { useShareCard } from '@/navigation/share';
import { ballotShareCard } from '@/navigation/share-cards';
import { ShareLink } from '@/components/share/ShareLink';
import { castVote, getBallot } from '@/services/deliberation';
import { useSession } from '@/state/session';
import { BallotActions } from './BallotActions';
import { BallotFacts } from './BallotFacts';
import { Outcome } from './Outcome';
import { PaperVoteForm } from './PaperVoteForm';
import { RuleStatements } from './RuleStatements';
import { Turnout } from './Turnout';
import { VotePanel } from './VotePanel';
import '@/pages/deliberation/deliberation.scss';
import '../../deliberation.scss';

/**
 * A ballot. While it runs: what is asked, the rule in plain sentences, then my vote (or why I
 * have none), the turnout so far, and for the secretary and grid workers 录入纸质票. Once closed: the outcome with its figures. The secretary closes it here, and
 * anyone on the roll can take the anonymised votes to count for themselves.
 */
export default function BallotPage() {
  const id = useRouter().params.id ?? '';
  const { me } = useSession();
  const { loaded, reload, replace } = useLoad(() => getBallot(id), [id], { reloadOnReturn: true });
  // A ballot is for the residents in its scope: a chat, not 朋友圈.
  useShareCard(loaded.state === 'ready' ? ballotShareCard(loaded.data) : null, { timeline: false });
  const decide = useDecide(replace, () => void reload());

  if (loaded.state === 'loading')
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (loaded.state === 'failed')
    return (
      <PageShell>
        <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />
      </PageShell>
    );

  const ballot = loaded.data;
  const isSecretary = me?.roles.some((g) => g.role === Role.Secretary && g.place.id === ballot.communityId) ?? false;

  return (
    <PageShell>
      <View className="dlp-page">
        <Outcome ballot={ballot} />
        <BallotFacts ballot={ballot} />
        {ballot.phase !== 'closed' ? <RuleStatements statements={ballot.ruleStatements} /> : null}
        <VotePanel
          ballot={ballot}
          vote={(option) => decide(() => castVote(ballot.id, option.id, ballot.me.voterKey), ballot.me.cast ? '已修改投票' : '投票成功')}
        />
        <Turnout ballot={ballot} />
        <PaperVoteForm ballot={ballot} replace={replace} />
        <BallotActions ballot={ballot} isSecretary={isSecretary} replace={replace} reload={() => void reload()} />
        {ballot.phase === 'closed' ? <RuleStatements statements={ballot.ruleStatements} /> : null}
      </View>
      <ShareLink card={ballotShareCard(ballot)} />
    </PageShell>
  );
}
