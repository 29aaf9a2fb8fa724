import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { showError } from '@/components/feedback';
import { Button, Cell, CellGroup } from '@/components/nut';
import { goAfterLogin } from '@/navigation/routes';
import { ApiError } from '@/services/api-error';
import type { DevUser } from '@/services/api-types';
import { listDevUsers, loginAsDevUser } from '@/services/auth';
import { NOT_AGREED_MESSAGE } from './PolicyConsent';

type Load = { state: 'loading' } | { state: 'ready'; users: DevUser[] } | { state: 'failed'; error: unknown };

/** H5 preview login: pick one of the server's demo users (体验账号). */
export function DevLoginPicker({ agreed }: { agreed: boolean }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [loggingInAs, setLoggingInAs] = useState<string | null>(null);

  async function fetchUsers() {
    setLoad({ state: 'loading' });
    try {
      setLoad({ state: 'ready', users: await listDevUsers() });
    } catch (error) {
      setLoad({ state: 'failed', error });
    }
  }

  useEffect(() => {
    void fetchUsers();
  }, []);

  async function loginAs(user: DevUser) {
    if (loggingInAs) return;
    if (!agreed) return showError(null, NOT_AGREED_MESSAGE);
    setLoggingInAs(user.id);
    try {
      await loginAsDevUser(user.id);
      goAfterLogin();
    } catch (error) {
      showError(error);
      setLoggingInAs(null);
    }
  }

  if (load.state === 'loading') return <Text className="login-panel__note">正在加载体验账号…</Text>;

  if (load.state === 'failed') {
    const error = load.error;
    if (error instanceof ApiError && error.code === 'AUTH_DEV_LOGIN_DISABLED') {
      return <EmptyState title={error.message} description="网页版只在体验环境提供体验账号。请在微信中搜索“邻里”小程序登录。" />;
    }
    return (
      <EmptyState title="体验账号加载失败" description={error instanceof ApiError ? error.message : '请稍后再试'}>
        <Button block onClick={() => void fetchUsers()}>
          重新加载
        </Button>
      </EmptyState>
    );
  }

  return (
    <View className="login-dev">
      <Text className="lin-section-title">选择一个体验账号登录</Text>
      <CellGroup>
        {load.users.map((user) => (
          <Cell
            key={user.id}
            className="login-dev__user"
            title={user.displayName}
            description={user.description}
            extra={loggingInAs === user.id ? '登录中…' : '登录'}
            clickable
            onClick={() => void loginAs(user)}
          />
        ))}
      </CellGroup>
    </View>
  );
}
