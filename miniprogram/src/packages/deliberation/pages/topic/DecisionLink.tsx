import Taro from '@tarojs/taro';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { Button } from '@/components/nut';
import { withQuery, ROUTES } from '@/navigation/routes';
import { StatusBadge } from '@/pages/deliberation/StatusBadge';
import { decisionListLabel, decisionStatusLabel } from '@/pages/deliberation/topic-format';
import type { DecisionSummary } from '@/services/api-types';

/** What the passed vote became: a tracked item in one of the four lists, and how far it has got. */
export function DecisionLink({ decision }: { decision: DecisionSummary }) {
  const progress = decision.milestonesTotal > 0 ? `已完成 ${decision.milestonesDone} / ${decision.milestonesTotal} 个节点` : '还没有设置进度节点';
  return (
    <InfoCard className="dlp-decision-link" title="决议落实" extra={<StatusBadge label={decisionStatusLabel(decision.status)} tone={decision.status} />}>
      <InfoRow label="列入" value={decisionListLabel(decision.list)} />
      <InfoRow label="负责" value={decision.responsible ?? '待社区明确'} />
      <InfoRow label="进度" value={progress} />
      <Button className="dlp-open-decision" block onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.decisionDetail, { id: decision.id }) })}>
        查看落实情况
      </Button>
    </InfoCard>
  );
}
