import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { DevLoginPicker } from './DevLoginPicker';
import { PolicyConsent } from './PolicyConsent';
import { WechatLogin } from './WechatLogin';
import './index.scss';

/**
 * Login. In WeChat: one tap, wx.login behind it. In the H5 preview there is no WeChat, so the
 * server offers demo users to pick from (dev login; off in production). TARO_ENV is fixed at
 * build time, so each build carries only its own half. Either way the box above must be ticked
 * first: the consent is recorded on the server right after login.
 */
export default function LoginPage() {
  const [agreed, setAgreed] = useState(false);
  return (
    <PageShell requireLogin={false}>
      <View className="login-hero">
        <Text className="login-hero__name">邻里</Text>
        <Text className="login-hero__slogan">党建引领 · 社区共治</Text>
      </View>
      <View className="login-panel">
        <PolicyConsent agreed={agreed} onChange={setAgreed} />
      </View>
      {process.env.TARO_ENV === 'h5' ? <DevLoginPicker agreed={agreed} /> : <WechatLogin agreed={agreed} />}
    </PageShell>
  );
}
