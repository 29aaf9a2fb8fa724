import { Text, View } from '@tarojs/components';
import { SubscriptionMoment } from '@linli/shared';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { Button, Form } from '@/components/nut';
import type { MemberRegistration, MyHousehold } from '@/services/api-types';
import { myMemberRegistrations, submitMemberRegistration } from '@/services/member-registrations';
import { useSession } from '@/state/session';
import { Loading } from '@/components/blocks/Loading';
import { useLoad } from '@/hooks/useLoad';
import { useSubmitOnce } from '@/hooks/useSubmitOnce';
import { askToSubscribe } from '@/services/subscriptions';
import { unitChoiceBody, type UnitMode } from '../../unit-choice';
import { MemberFormFields } from './MemberFormFields';
import { MEMBER_FIELD_LABELS, initialMemberValues, type MemberFormValues } from './member-form-values';
import '../../reporting.scss';

/**
 * 填写双报到: report to the current community (where the member lives), or report again after
 * moving. The household is one of the member's in that community; the rest is prefilled from
 * their last registration when there is one.
 */
export default function MemberFormPage() {
  const { me, community } = useSession();
  const { loaded } = useLoad(() => myMemberRegistrations().catch(() => [] as MemberRegistration[]), []);

  if (!me) return <PageShell>{null}</PageShell>;
  if (!community) {
    return (
      <PageShell>
        <EmptyState title="还没有所在社区" description="双报到要向您居住的社区报到。请先联系社区登记住户。" />
      </PageShell>
    );
  }
  const households = me.households.filter((h) => h.community.id === community.id);
  if (households.length === 0) {
    return (
      <PageShell>
        <EmptyState
          title="需要先在社区登记住户"
          description={`双报到要向您居住的社区报到。您在${community.name}还没有登记住户，请先联系社区的网格员或楼栋长登记，再来报到。`}
        />
      </PageShell>
    );
  }
  if (loaded.state !== 'ready') return <PageShell>{loaded.state === 'loading' ? <Loading /> : null}</PageShell>;

  const [latest] = loaded.data;
  const approved = loaded.data.find((r) => r.status === 'approved');
  return (
    <PageShell>
      <MemberForm
        communityName={community.name}
        communityId={community.id}
        households={households}
        initialValues={initialMemberValues({ me, households, latest })}
        replacing={approved?.community.name ?? null}
      />
    </PageShell>
  );
}

interface MemberFormProps {
  communityId: string;
  communityName: string;
  households: MyHousehold[];
  initialValues: MemberFormValues;
  /** The community of an approved registration this one will replace, if any. */
  replacing: string | null;
}

function MemberForm({ communityId, communityName, households, initialValues, replacing }: MemberFormProps) {
  const [form] = Form.useForm();
  const [unitMode, setUnitMode] = useState<UnitMode>(initialValues.unitMode);
  const { submitting, run } = useSubmitOnce(MEMBER_FIELD_LABELS, 'memberReporting');

  function submit(values: MemberFormValues) {
    void run(() =>
      submitMemberRegistration({
        communityId,
        householdId: values.householdId[0],
        realName: values.realName.trim(),
        phone: values.phone,
        ...unitChoiceBody(values),
        skills: values.skills ?? [],
        skillsNote: values.skillsNote?.trim() || undefined,
        availability: values.availability,
      }),
    );
  }

  return (
    <Form
      className="lin-form"
      form={form}
      initialValues={initialValues}
      onFinish={submit}
      labelPosition="top"
      footer={
        <View className="lin-form__footer">
          <Text className="lin-note">
            提交后由{communityName}书记审核，通过后您即成为本社区的在职党员。
            {replacing ? `新的报到通过后，将替换您在${replacing}的报到。` : ''}
          </Text>
          {/* Submits through the form instance: a native submit button does not reach the form on H5. */}
          <Button
            type="primary"
            size="large"
            block
            loading={submitting}
            disabled={submitting}
            onClick={() => void askToSubscribe(SubscriptionMoment.Registered).then(() => form.submit())}
          >
            提交报到
          </Button>
        </View>
      }
    >
      <Text className="lin-section-title">向 {communityName} 报到</Text>
      <MemberFormFields households={households} unitMode={unitMode} onUnitModeChange={setUnitMode} />
    </Form>
  );
}
