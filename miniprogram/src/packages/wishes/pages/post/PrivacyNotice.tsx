import { Text, View } from '@tarojs/components';

/** 隐私说明: what the wall shows and what it never shows, in plain words. */
export function PrivacyNotice({ agent }: { agent: boolean }) {
  return (
    <View className="wsa-notice wsa-privacy">
      <Text className="wsa-notice__title">隐私说明</Text>
      <Text className="wsa-notice__line">· 心愿墙上只显示称呼（如“王女士”）、所在网格和楼栋、心愿故事，以及社区书记看过的照片。</Text>
      <Text className="wsa-notice__line">· 不会显示手机号、全名和门牌号。</Text>
      <Text className="wsa-notice__line">· 只有认领心愿的人能看到联系方式和地址，用来送到家；心愿完成后就看不到了。</Text>
      <Text className="wsa-notice__line">· 请不要在故事里写手机号、门牌号；照片不要拍到人脸。</Text>
      {agent ? <Text className="wsa-notice__line">· 代办前请先征得居民本人同意，并写清楚是怎么同意的。</Text> : null}
    </View>
  );
}
