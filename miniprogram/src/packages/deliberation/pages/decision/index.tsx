import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { PageShell } from '@/components/PageShell';
import { useDecide } from '@/hooks/useDecide';
import { useLoad } from '@/hooks/useLoad';
import { addMilestone, addProgress, completeMilestone, getDecision, requestAcceptance, updateDecision } from '@/services/deliberation';
import { BallotLink } from '../../components/BallotLink';
import { Acceptance } from './Acceptance';
import { DecisionFacts } from './DecisionFacts';
import { Milestones } from './Milestones';
import { ProgressUpdates } from './ProgressUpdates';
import '@/pages/deliberation/deliberation.scss';
import '../../deliberation.scss';

/**
 * A decision being carried out: its list, who answers for it, milestones with ✓, progress
 * reports newest first, the vote that decided it and the residents' acceptance votes. The
 * secretary keeps all of it up to date and starts 民意验收 when the work is done.
 */
export default function DecisionPage() {
  const id = useRouter().params.id ?? '';
  const { loaded, reload, replace } = useLoad(() => getDecision(id), [id], { reloadOnReturn: true });
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

  const decision = loaded.data;
  return (
    <PageShell>
      <View className="dlp-page">
        <DecisionFacts decision={decision} save={(changes) => decide(() => updateDecision(decision.id, changes), '已保存')} />
        <Milestones
          decision={decision}
          complete={(milestoneId) => decide(() => completeMilestone(milestoneId), '已标记完成')}
          add={(milestone) => decide(() => addMilestone(decision.id, milestone), '已添加节点')}
        />
        <ProgressUpdates decision={decision} add={(note) => decide(() => addProgress(decision.id, note), '已发布进展')} reload={() => void reload()} />
        <Acceptance decision={decision} request={(body) => decide(() => requestAcceptance(decision.id, body), '民意验收已开始')} />
        <BallotLink ballot={decision.decidedBy} title="决定这件事的表决" />
      </View>
    </PageShell>
  );
}
