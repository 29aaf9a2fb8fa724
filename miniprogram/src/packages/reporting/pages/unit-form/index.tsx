import { Text, View } from '@tarojs/components';
import { SubscriptionMoment } from '@linli/shared';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { Button, Form } from '@/components/nut';
import type { PlaceRef, UnitRegistration } from '@/services/api-types';
import { myUnitRegistrations, submitUnitRegistration } from '@/services/unit-registrations';
import { useSession } from '@/state/session';
import { Loading } from '@/components/blocks/Loading';
import { useLoad } from '@/hooks/useLoad';
import { useSubmitOnce } from '@/hooks/useSubmitOnce';
import { askToSubscribe } from '@/services/subscriptions';
import { unitChoiceBody, type UnitMode } from '../../unit-choice';
import { UnitFormFields } from './UnitFormFields';
import { UNIT_FORM_FIELD_LABELS, initialUnitValues, type UnitFormValues } from './unit-form-values';
import '../../reporting.scss';

/**
 * 填写单位报到: a unit reports to a community where it is stationed; whoever submits becomes its
 * contact person. Prefilled from my last unit registration when there is one.
 */
export default function UnitFormPage() {
  const { me, community } = useSession();
  const { loaded } = useLoad(() => myUnitRegistrations().catch(() => [] as UnitRegistration[]), []);

  if (!me) return <PageShell>{null}</PageShell>;
  if (me.communities.length === 0) {
    return (
      <PageShell>
        <EmptyState title="还没有可报到的社区" description="单位报到需要选择单位驻地的社区。请先联系驻地社区书记，由社区为您开通。" />
      </PageShell>
    );
  }
  if (loaded.state !== 'ready') return <PageShell>{loaded.state === 'loading' ? <Loading /> : null}</PageShell>;

  return (
    <PageShell>
      <UnitForm communities={me.communities} initialValues={initialUnitValues({ me, community, latest: loaded.data[0] })} />
    </PageShell>
  );
}

function UnitForm({ communities, initialValues }: { communities: PlaceRef[]; initialValues: UnitFormValues }) {
  const [form] = Form.useForm();
  const [unitMode, setUnitMode] = useState<UnitMode>(initialValues.unitMode);
  const { submitting, run } = useSubmitOnce(UNIT_FORM_FIELD_LABELS, 'unitReporting');

  function submit(values: UnitFormValues) {
    void run(() =>
      submitUnitRegistration({
        communityId: values.communityId[0],
        ...unitChoiceBody(values),
        contactName: values.contactName.trim(),
        contactPhone: values.contactPhone,
        resources: values.resources.map((r) => ({ kind: r.kind, description: r.description.trim() })),
        agreementText: values.agreementText.trim(),
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
          <Text className="lin-note">提交后由驻地社区书记审核，通过后单位加入社区大党委，您成为本单位的报到联络人。</Text>
          <Button
            type="primary"
            size="large"
            block
            loading={submitting}
            disabled={submitting}
            onClick={() => void askToSubscribe(SubscriptionMoment.Registered).then(() => form.submit())}
          >
            提交单位报到
          </Button>
        </View>
      }
    >
      <UnitFormFields communities={communities} unitMode={unitMode} onUnitModeChange={setUnitMode} />
    </Form>
  );
}
