import type { MemberRegistration } from '@/services/api-types';
import { withdrawMemberRegistration } from '@/services/member-registrations';
import { formatMinute } from '@/utils/dates';
import { availabilityLabel, skillLabel } from '@/utils/labels';
import { DecisionRows } from './DecisionRows';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { StatusBadge } from './StatusBadge';
import { WithdrawButton } from './WithdrawButton';

interface MemberRegistrationCardProps {
  registration: MemberRegistration;
  /** After a withdrawal (or its refusal): load the list again. */
  onChanged: () => void;
}

/** One of my member registrations: where, which unit, its state and, while pending, 撤回. */
export function MemberRegistrationCard({ registration: r, onChanged }: MemberRegistrationCardProps) {
  return (
    <InfoCard className="rpt-registration" title={`向${r.community.name}报到`} extra={<StatusBadge status={r.status} />}>
      <InfoRow label="工作单位" value={`${r.unit.name}（${r.unit.partyOrgName}）`} />
      <InfoRow label="住户" value={r.householdLabel} />
      <InfoRow label="专长" value={[...r.skills.map(skillLabel), r.skillsNote].filter(Boolean).join('、')} />
      <InfoRow label="可服务时间" value={r.availability.map(availabilityLabel).join('、')} />
      <InfoRow label="提交时间" value={formatMinute(r.submittedAt)} />
      <DecisionRows registration={r} />
      {r.status === 'pending' ? <WithdrawButton what="报到申请" withdraw={() => withdrawMemberRegistration(r.id)} onDone={onChanged} /> : null}
    </InfoCard>
  );
}
