import { formatMinute } from '@/utils/dates';
import { InfoRow } from '@/components/blocks/InfoCard';

interface Decision {
  status: string;
  decidedAt: string | null;
  decidedByName: string | null;
  rejectReason: string | null;
  endedAt: string | null;
}

/** Who decided a registration and when, why it was turned down, when it ended. */
export function DecisionRows({ registration }: { registration: Decision }) {
  const { status, decidedAt, decidedByName, rejectReason, endedAt } = registration;
  if (status === 'pending') return <InfoRow label="审核" value="等待社区书记审核" />;
  return (
    <>
      {decidedAt ? <InfoRow label="审核人" value={decidedByName ?? '社区书记'} /> : null}
      {decidedAt ? <InfoRow label="审核时间" value={formatMinute(decidedAt)} /> : null}
      {status === 'rejected' ? <InfoRow label="未通过原因" value={rejectReason ?? '—'} /> : null}
      {endedAt ? <InfoRow label="结束时间" value={formatMinute(endedAt)} /> : null}
    </>
  );
}
