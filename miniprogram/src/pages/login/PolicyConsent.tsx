import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ConsentTick } from '@/components/privacy/ConsentTick';
import { ROUTES, withQuery } from '@/navigation/routes';

const open = (doc: 'terms' | 'privacy') => (event: { stopPropagation: () => void }) => {
  event.stopPropagation(); // reading a document is not ticking the box
  void Taro.navigateTo({ url: withQuery(ROUTES.policy, { doc }) });
};

/** The unticked box login waits for: consent is given by ticking it, never by logging in. */
export function PolicyConsent({ agreed, onChange }: { agreed: boolean; onChange: (agreed: boolean) => void }) {
  return (
    <ConsentTick className="login-consent" checked={agreed} onChange={onChange}>
      <Text>我已阅读并同意</Text>
      <Text className="lin-consent__link" onClick={open('terms')}>
        《用户服务协议》
      </Text>
      <Text>和</Text>
      <Text className="lin-consent__link" onClick={open('privacy')}>
        《隐私政策》
      </Text>
      <Text>。不同意也可以浏览这两份文件，但不能登录使用。</Text>
    </ConsentTick>
  );
}

export const NOT_AGREED_MESSAGE = '请先阅读并勾选同意《用户服务协议》和《隐私政策》';
