import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { LIMITS } from '@linli/shared';
import { useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Form, Input } from '@/components/nut';
import { updateProfile, type ProfileChanges } from '@/services/profile';
import { useSession } from '@/state/session';
import './index.scss';

interface ProfileForm {
  displayName: string;
  /** Empty: keep the current number (only its masked form is ever shown). */
  phone: string;
}

/** Edit the name neighbours see and the phone number the community can reach you on. */
export default function ProfileEditPage() {
  const { me } = useSession();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);

  async function save(values: ProfileForm) {
    const changes: ProfileChanges = { displayName: values.displayName.trim() };
    if (values.phone) changes.phone = values.phone;
    setSaving(true);
    try {
      await updateProfile(changes);
      showSuccess('已保存');
      // Back to 我的 once the toast has been seen; the button stays disabled until then.
      setTimeout(() => void Taro.navigateBack(), 800);
    } catch (error) {
      showError(error);
      setSaving(false);
    }
  }

  if (!me) return <PageShell>{null}</PageShell>;

  return (
    <PageShell>
      <Form
        form={form}
        initialValues={{ displayName: me.displayName, phone: '' }}
        onFinish={(values: ProfileForm) => void save(values)}
        labelPosition="left"
        footer={
          <View className="profile-edit__footer">
            {/* Submits through the form instance: a native submit button does not reach the form on H5. */}
            <Button type="primary" size="large" block loading={saving} disabled={saving} onClick={() => form.submit()}>
              保存
            </Button>
          </View>
        }
      >
        <Form.Item
          label="称呼"
          name="displayName"
          rules={[
            { required: true, whitespace: true, message: '请填写称呼' },
            { max: LIMITS.displayNameMax, message: `称呼不能超过 ${LIMITS.displayNameMax} 个字` },
          ]}
        >
          <Input placeholder="邻居们看到的名字" maxLength={LIMITS.displayNameMax} />
        </Form.Item>
        <Form.Item label="手机号" name="phone" rules={[{ pattern: LIMITS.phonePattern, message: '请填写 11 位手机号' }]}>
          <Input type="tel" placeholder={me.phoneMasked ? `当前 ${me.phoneMasked}，不改可留空` : '11 位手机号'} maxLength={11} />
        </Form.Item>
      </Form>
    </PageShell>
  );
}
