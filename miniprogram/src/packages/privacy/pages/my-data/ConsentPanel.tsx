import { Text } from '@tarojs/components';
import { useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Cell, CellGroup, Dialog } from '@/components/nut';
import { useLoad } from '@/hooks/useLoad';
import { logout } from '@/services/auth';
import { forgetLocationConsent } from '@/services/location-consent';
import { withdrawConsent } from '@/services/my-data';
import { consentStatus } from '@/services/privacy';
import { formatMinute } from '@/utils/dates';

/**
 * 同意与撤回 (PIPL Art. 15): what I agreed to and when, and taking it back. Withdrawing the
 * 《隐私政策》 ends the session: until I agree again (at the next login) only public pages work.
 */
export function ConsentPanel() {
  const { loaded, reload } = useLoad(() => consentStatus(), []);
  const [asking, setAsking] = useState<'policy' | 'location' | null>(null);
  const status = loaded.state === 'ready' ? loaded.data : null;

  async function withdraw(kind: 'policy' | 'location') {
    setAsking(null);
    try {
      await withdrawConsent(kind);
      if (kind === 'policy') {
        showSuccess('已撤回同意');
        setTimeout(logout, 800);
      } else {
        forgetLocationConsent();
        showSuccess('已撤回位置授权');
        void reload();
      }
    } catch (error) {
      showError(error);
    }
  }

  return (
    <CellGroup title="同意与撤回" className="my-data__consents">
      <Cell
        title="《用户服务协议》和《隐私政策》"
        description={status?.agreedAt ? `${formatMinute(status.agreedAt)} 同意（${status.agreedVersion} 版）` : undefined}
        extra={
          <Button size="small" className="my-data__withdraw-policy" onClick={() => setAsking('policy')}>
            撤回同意
          </Button>
        }
      />
      <Cell
        title="签到时使用位置"
        description={status?.location ? '已同意：定位签到时计算您与岗位的距离' : '未同意：签到时会先询问您'}
        extra={
          status?.location ? (
            <Button size="small" className="my-data__withdraw-location" onClick={() => setAsking('location')}>
              撤回
            </Button>
          ) : (
            <Text />
          )
        }
      />
      <Dialog
        visible={asking !== null}
        title={asking === 'policy' ? '撤回对隐私政策的同意' : '撤回位置授权'}
        confirmText="撤回"
        cancelText="取消"
        onConfirm={() => {
          if (asking) void withdraw(asking);
        }}
        onCancel={() => setAsking(null)}
        onClose={() => setAsking(null)}
      >
        {asking === 'policy'
          ? '撤回后将退出登录，之后只能浏览公开页面；再次登录并同意后才能继续使用。已处理的信息不受影响。'
          : '撤回后不能再用定位签到（仍可扫码签到），下次定位签到时会再次询问。'}
      </Dialog>
    </CellGroup>
  );
}
