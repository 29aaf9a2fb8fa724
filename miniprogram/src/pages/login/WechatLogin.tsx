import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { showError } from '@/components/feedback';
import { Button } from '@/components/nut';
import { goHome } from '@/navigation/routes';
import { loginWithWechat } from '@/services/auth';

export function WechatLogin() {
  const [busy, setBusy] = useState(false);

  async function login() {
    setBusy(true);
    try {
      await loginWithWechat();
      goHome();
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
      <Text className="login-panel__note">登录即表示您同意社区按《用户服务协议》和《隐私政策》使用您的信息。</Text>
    </View>
  );
}
