import type { UnitRegistration } from '@/services/api-types';
import { withdrawUnitRegistration } from '@/services/unit-registrations';
import { formatMinute } from '@/utils/dates';
import { resourceKindLabel } from '@/utils/labels';
import { DecisionRows } from './DecisionRows';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { StatusBadge } from './StatusBadge';
import { WithdrawButton } from './WithdrawButton';

interface UnitRegistrationCardProps {
  registration: UnitRegistration;
  onChanged: () => void;
}

/** One of the unit registrations I submitted: where, what the unit offers, its state and 撤回. */
export function UnitRegistrationCard({ registration: r, onChanged }: UnitRegistrationCardProps) {
  return (
    <InfoCard className="rpt-registration" title={`${r.unit.name} → ${r.community.name}`} extra={<StatusBadge status={r.status} />}>
      <InfoRow label="党组织" value={r.unit.partyOrgName} />
      <InfoRow label="联络人" value={`${r.contactName} ${r.contactPhone}`} />
      <InfoRow label="资源清单" value={r.resources.map((o) => `${resourceKindLabel(o.kind)}：${o.description}`).join('\n')} />
      <InfoRow label="提交时间" value={formatMinute(r.submittedAt)} />
      <DecisionRows registration={r} />
      {r.status === 'pending' ? <WithdrawButton what="单位报到申请" withdraw={() => withdrawUnitRegistration(r.id)} onDone={onChanged} /> : null}
    </InfoCard>
  );
}
