import { useRouter } from '@tarojs/taro';
import { PageShell } from '@/components/PageShell';
import type { MemberRegistration } from '@/services/api-types';
import { approveMemberRegistration, getMemberRegistration, rejectMemberRegistration } from '@/services/member-registrations';
import { formatMinute } from '@/utils/dates';
import { availabilityLabel, skillLabel, workUnitKindLabel } from '@/utils/labels';
import { DecisionRows } from '../../components/DecisionRows';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { ReviewActions } from '@/components/blocks/ReviewActions';
import { StatusBadge } from '../../components/StatusBadge';
import { useDecide } from '@/hooks/useDecide';
import { useLoad } from '@/hooks/useLoad';
import '../../reporting.scss';

/** One member registration for the secretary: everything the member entered, and 通过 / 不通过 while pending. */
export default function MemberReviewPage() {
  const id = useRouter().params.id ?? '';
  const { loaded, reload, replace } = useLoad(() => getMemberRegistration(id), [id]);
  const decide = useDecide<MemberRegistration>(replace, () => void reload());

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

  const r = loaded.data;
  return (
    <PageShell>
      <InfoCard className="rpt-detail" title={r.realName} extra={<StatusBadge status={r.status} />}>
        <InfoRow label="手机号" value={r.phone} />
        <InfoRow label="报到社区" value={r.community.name} />
        <InfoRow label="住户" value={r.householdLabel} />
        <InfoRow label="提交时间" value={formatMinute(r.submittedAt)} />
      </InfoCard>
      <InfoCard title="工作单位">
        <InfoRow label="单位" value={r.unit.name} />
        <InfoRow label="类别" value={workUnitKindLabel(r.unit.kind)} />
        <InfoRow label="党组织" value={r.unit.partyOrgName} />
      </InfoCard>
      <InfoCard title="专长与服务时间">
        <InfoRow label="专长" value={r.skills.length > 0 ? r.skills.map(skillLabel).join('、') : '未选择'} />
        <InfoRow label="补充" value={r.skillsNote} />
        <InfoRow label="可服务" value={r.availability.map(availabilityLabel).join('、')} />
      </InfoCard>
      <InfoCard title="审核情况">
        <DecisionRows registration={r} />
      </InfoCard>
      {r.status === 'pending' ? (
        <ReviewActions
          approveTitle="通过报到"
          rejectExample="如：所填住址与登记信息不符，请核对后重新提交"
          approveNote={`通过后，${r.realName}将成为${r.community.name}的在职党员，可以认领心愿和先锋岗。`}
          approve={() => decide(() => approveMemberRegistration(r.id), '已通过')}
          reject={(reason) => decide(() => rejectMemberRegistration(r.id, reason), '已标记为不通过')}
        />
      ) : null}
    </PageShell>
  );
}
