import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROUTES } from '@/navigation/routes';
import type { PlaceRef } from '@/services/api-types';

/**
 * 在职党员: shown once double reporting to the current community is approved (the points earned
 * there are in the header above). Opens the 双报到 page.
 */
export function PartyMemberCard({ community }: { community: PlaceRef }) {
  return (
    <View className="me-party" onClick={() => void Taro.navigateTo({ url: ROUTES.memberReporting })}>
      <View className="me-party__text">
        <Text className="me-party__badge">在职党员</Text>
        <Text className="me-party__status">已报到 · {community.name}</Text>
        <Text className="me-party__hint">可以认领微心愿、参加先锋岗，服务计入积分</Text>
      </View>
      <Text className="me-party__more">报到信息 ›</Text>
    </View>
  );
}
