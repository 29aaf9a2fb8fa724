import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { copyShareLink, type ShareCard } from '@/navigation/share';
import './ShareLink.scss';

/**
 * On H5 there is no 转发 menu: the page offers its link to copy instead. In the mini-program the
 * capsule menu shares (useShareCard), so nothing shows.
 */
export function ShareLink({ card }: { card: ShareCard }) {
  if (process.env.TARO_ENV !== 'h5') return null;
  const copy = async () => {
    await copyShareLink(card);
    void Taro.showToast({ title: '链接已复制，可粘贴发给邻居', icon: 'none' });
  };
  return (
    <View className="lin-share-link" role="button" tabIndex={0} onClick={() => void copy()}>
      <Text>复制链接分享给邻居</Text>
    </View>
  );
}
