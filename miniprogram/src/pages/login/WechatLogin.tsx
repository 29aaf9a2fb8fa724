import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { showError } from '@/components/feedback';
import { Button } from '@/components/nut';
import { goAfterLogin } from '@/navigation/routes';
import { loginWithWechat } from '@/services/auth';
import { NOT_AGREED_MESSAGE } from './PolicyConsent';

export function WechatLogin({ agreed }: { agreed: boolean }) {
  const [busy, setBusy] = useState(false);

  async function login() {
    if (!agreed) return showError(null, NOT_AGREED_MESSAGE);
    setBusy(true);
    try {
      await loginWithWechat();
      goAfterLogin();
    } catch (error) {
      showError(error);
      setBusy(false);
    }
  }

  return (
    <View className="login-panel">
      <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={() => void login()}>
        微信一键登录
      </Button>
      <Text className="login-panel__note">登录只使用微信提供的身份标识，不获取您的微信通讯录和聊天记录。</Text>
    </View>
  );
}
