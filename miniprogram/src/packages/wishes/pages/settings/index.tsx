import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { showError, showSuccess } from '@/components/feedback';
import { PageShell } from '@/components/PageShell';
import { Button, Form } from '@/components/nut';
import { useLoad } from '@/hooks/useLoad';
import type { WishSettings } from '@/services/api-types';
import { submissionError } from '@/services/submission-error';
import { getWishSettings, updateWishSettings } from '@/services/wish-settings';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { formatMinute } from '@/utils/dates';
import { NumberInput } from './NumberInput';
import { displayValue, fieldRules, formValuesOf, SETTING_FIELDS, SETTINGS_FIELD_LABELS, settingsBody, type SettingsFormValues } from './settings-fields';
import '../../wishes-admin.scss';

/**
 * 心愿规则: the current community's value cap, deadlines and points. The secretary edits them;
 * anyone else in the community sees them.
 */
export default function WishSettingsPage() {
  const { community } = useSession();
  const { isSecretary } = useCommunityRoles();
  const communityId = community?.id;
  const { loaded, reload, replace } = useLoad(() => (communityId ? getWishSettings(communityId) : Promise.resolve(null)), [communityId]);

  if (!community) {
    return (
      <PageShell>
        <EmptyState title="还没有所在社区" description="心愿规则由各社区的书记设定。" />
      </PageShell>
    );
  }
  if (loaded.state === 'loading')
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (loaded.state === 'failed' || !loaded.data) {
    return (
      <PageShell>
        <LoadFailed error={loaded.state === 'failed' ? loaded.error : null} onRetry={() => void reload(true)} />
      </PageShell>
    );
  }

  const settings = loaded.data;
  return (
    <PageShell>
      <CommunityBadge />
      <Text className="lin-note wsa-settings-updated">
        {settings.updatedAt ? `上次修改：${settings.updatedByName ?? '社区书记'}，${formatMinute(settings.updatedAt)}` : '现在用的是默认规则，还没有修改过。'}
      </Text>
      {isSecretary ? (
        <SettingsForm key={settings.updatedAt ?? 'defaults'} settings={settings} onSaved={replace} />
      ) : (
        <>
          <InfoCard title={`${community.name}的心愿规则`}>
            {SETTING_FIELDS.map((field) => (
              <InfoRow key={field.name} label={field.short} value={displayValue(field, settings)} />
            ))}
          </InfoCard>
          <Text className="lin-note">心愿规则由社区书记设定。</Text>
        </>
      )}
    </PageShell>
  );
}

function SettingsForm({ settings, onSaved }: { settings: WishSettings; onSaved: (settings: WishSettings) => void }) {
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const inFlight = useRef(false);

  async function save(values: SettingsFormValues) {
    if (inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    try {
      const saved = await updateWishSettings(settings.communityId, settingsBody(values));
      showSuccess('已保存');
      onSaved(saved);
    } catch (error) {
      showError(error, submissionError(error, SETTINGS_FIELD_LABELS));
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  }

  return (
    <Form
      className="lin-form wsa-settings"
      form={form}
      initialValues={formValuesOf(settings)}
      onFinish={(values) => void save(values as SettingsFormValues)}
      labelPosition="top"
      footer={
        <View className="lin-form__footer">
          <Button className="wsa-settings-save" type="primary" size="large" block loading={saving} disabled={saving} onClick={() => form.submit()}>
            保存规则
          </Button>
        </View>
      }
    >
      {SETTING_FIELDS.map((field) => (
        <Form.Item key={field.name} label={field.label} name={field.name} rules={fieldRules(field)}>
          <NumberInput className={`wsa-setting-${field.name}`} unit={field.unit} help={field.help} decimals={field.name === 'valueCapFen'} />
        </Form.Item>
      ))}
    </Form>
  );
}
