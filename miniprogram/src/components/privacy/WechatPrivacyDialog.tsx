import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { showError } from '@/components/feedback';
import { AGREE_BUTTON_ID, wechatPrivacy } from '@/state/wechat-privacy';
import './WechatPrivacyDialog.scss';

/** Our own dialog for WeChat's privacy authorisation, shown while WeChat holds a privacy API call. */
export function WechatPrivacyDialog() {
  const [asking, setAsking] = useState(wechatPrivacy.isAsking());
  useEffect(() => wechatPrivacy.subscribe(() => setAsking(wechatPrivacy.isAsking())), []);
  if (!asking) return null;

  return (
    <View className="lin-wxprivacy">
      <View className="lin-wxprivacy__panel">
        <Text className="lin-wxprivacy__title">用户隐私保护提示</Text>
        <Text className="lin-wxprivacy__body">
          这项功能需要使用您的位置、相机或相册等信息（例如到岗签到、扫码、上传照片）。使用前请阅读
          <Text className="lin-consent__link" onClick={() => wechatPrivacy.openContract()}>
            《邻里小程序隐私保护指引》
          </Text>
          。同意后才会使用，不同意不影响浏览。
        </Text>
        <View className="lin-wxprivacy__buttons">
          <Button
            className="lin-wxprivacy__decline"
            onClick={() => {
              wechatPrivacy.decline();
              showError(null, '您未同意隐私保护指引，这项功能暂时不能使用；可以改用扫码或手动输入');
            }}
          >
            不同意
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="lin-wxprivacy__agree"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => wechatPrivacy.agree()}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  );
}
