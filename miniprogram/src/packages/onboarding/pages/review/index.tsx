import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { HOUSEHOLD_RELATION_LABELS } from '@linli/shared';
import { PageShell } from '@/components/PageShell';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { ReviewActions } from '@/components/blocks/ReviewActions';
import { useDecide } from '@/hooks/useDecide';
import { useLoad } from '@/hooks/useLoad';
import { flatPeople, type FlatPeople } from '@/services/households';
import { approveJoinRequest, getJoinRequest, refuseJoinRequest, type JoinRequest } from '@/services/onboarding';
import { formatMinute } from '@/utils/dates';
import '../../onboarding.scss';

const STATUS: Record<JoinRequest['status'], string> = { pending: '待审核', approved: '已通过', refused: '未通过' };

/**
 * 入户申请: who asks to join which flat, and the people the register already has there — the
 * reviewer compares the two before 通过 (the applicant becomes a member of the flat) or 不通过
 * with a reason the applicant reads.
 */
export default function JoinReviewPage() {
  const id = useRouter().params.id ?? '';
  const { loaded, reload, replace } = useLoad(async () => {
    const request = await getJoinRequest(id);
    // The flat's people are a help, not a precondition: a reviewer who cannot read them still decides.
    const people = await flatPeople(request.householdId).catch(() => null);
    return { request, people };
  }, [id]);
  const decide = useDecide<JoinRequest>(
    (request) => loaded.state === 'ready' && replace({ ...loaded.data, request }),
    () => void reload(),
  );

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

  const { request: r, people } = loaded.data;
  return (
    <PageShell>
      <InfoCard className="onb-request" title={r.name} extra={<Text className="onb-status">{STATUS[r.status]}</Text>}>
        <InfoRow label="申请住户" value={`${r.communityName} ${r.buildingName} ${r.householdLabel}`} />
        <InfoRow label="手机号" value={r.phone && r.phoneVerified ? `${r.phone}（微信已验证）` : '未验证'} />
        <InfoRow label="提交时间" value={formatMinute(r.createdAt)} />
        <InfoRow label="不通过原因" value={r.reason} />
      </InfoCard>
      <RegisterPeople people={people} />
      {r.status === 'pending' ? (
        <ReviewActions
          approveTitle="通过入户申请"
          rejectExample="如：登记的住户中没有这位，请户主联系网格员"
          approveNote={`通过后，${r.name}将成为${r.buildingName} ${r.householdLabel}的住户。`}
          approve={() => decide(() => approveJoinRequest(r.id), '已通过')}
          reject={(reason) => decide(() => refuseJoinRequest(r.id, reason), '已标记为不通过')}
        />
      ) : null}
    </PageShell>
  );
}

/** The register's people of the flat: whom the applicant should match or be known to. */
function RegisterPeople({ people }: { people: FlatPeople | null }) {
  if (!people) return null;
  return (
    <InfoCard className="onb-register-people" title="台账中这户的住户">
      {people.residents.length === 0 ? <Text className="lin-note">台账中这户还没有登记住户。</Text> : null}
      {people.residents.map((p) => (
        <View key={p.userId} className="onb-person">
          <InfoRow label={HOUSEHOLD_RELATION_LABELS[p.relation]} value={`${p.name}${p.phone ? ` · ${p.phone}` : ''}`} />
        </View>
      ))}
    </InfoCard>
  );
}
