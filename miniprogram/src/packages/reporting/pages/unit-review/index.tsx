import { useRouter } from '@tarojs/taro';
import { PageShell } from '@/components/PageShell';
import type { UnitRegistration } from '@/services/api-types';
import { approveUnitRegistration, getUnitRegistration, rejectUnitRegistration } from '@/services/unit-registrations';
import { formatMinute } from '@/utils/dates';
import { resourceKindLabel, workUnitKindLabel } from '@/utils/labels';
import { DecisionRows } from '../../components/DecisionRows';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { ReviewActions } from '@/components/blocks/ReviewActions';
import { StatusBadge } from '../../components/StatusBadge';
import { useDecide } from '@/hooks/useDecide';
import { useLoad } from '@/hooks/useLoad';
import '../../reporting.scss';

/** One unit registration for the secretary: the unit, its contact, resources and agreement; 通过 / 不通过 while pending. */
export default function UnitReviewPage() {
  const id = useRouter().params.id ?? '';
  const { loaded, reload, replace } = useLoad(() => getUnitRegistration(id), [id]);
  const decide = useDecide<UnitRegistration>(replace, () => void reload());

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
      <InfoCard className="rpt-detail" title={r.unit.name} extra={<StatusBadge status={r.status} />}>
        <InfoRow label="类别" value={workUnitKindLabel(r.unit.kind)} />
        <InfoRow label="党组织" value={r.unit.partyOrgName} />
        <InfoRow label="驻地社区" value={r.community.name} />
        <InfoRow label="提交时间" value={formatMinute(r.submittedAt)} />
      </InfoCard>
      <InfoCard title="联络人">
        <InfoRow label="姓名" value={r.contactName} />
        <InfoRow label="手机号" value={r.contactPhone} />
      </InfoCard>
      <InfoCard title={`资源清单（${r.resources.length} 项）`}>
        {r.resources.map((offer, index) => (
          <InfoRow key={index} label={resourceKindLabel(offer.kind)} value={offer.description} />
        ))}
      </InfoCard>
      <InfoCard title="共建协议">
        <InfoRow label="内容" value={r.agreementText} />
      </InfoCard>
      <InfoCard title="审核情况">
        <DecisionRows registration={r} />
      </InfoCard>
      {r.status === 'pending' ? (
        <ReviewActions
          approveTitle="通过报到"
          rejectExample="如：所填住址与登记信息不符，请核对后重新提交"
          approveNote={`通过后，${r.unit.name}将加入${r.community.name}大党委，${r.contactName}成为本单位的报到联络人。`}
          approve={() => decide(() => approveUnitRegistration(r.id), '已通过')}
          reject={(reason) => decide(() => rejectUnitRegistration(r.id, reason), '已标记为不通过')}
        />
      ) : null}
    </PageShell>
  );
}
