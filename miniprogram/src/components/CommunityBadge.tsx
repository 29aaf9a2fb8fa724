import { Text, View } from '@tarojs/components';
import { useSession } from '@/state/session';
import './CommunityBadge.scss';

/** The community the user is looking at, shown atop each tab (switch it on 我的). */
export function CommunityBadge() {
  const { community } = useSession();
  if (!community) return null;
  return (
    <View className="lin-community-badge">
      <Text className="lin-community-badge__name">{community.name}</Text>
    </View>
  );
}
