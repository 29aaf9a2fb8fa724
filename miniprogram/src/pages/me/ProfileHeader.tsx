import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ROUTES } from '@/navigation/routes';
import type { Me } from '@/services/api-types';
import { myPointsBalance } from '@/services/points';
import { useSession } from '@/state/session';

/** Avatar, name, masked phone and the points balance in the current community. */
export function ProfileHeader({ me }: { me: Me }) {
  const { community } = useSession();
  const balance = usePointsBalance(community?.id);

  return (
    <View className="me-profile" onClick={() => void Taro.navigateTo({ url: ROUTES.profileEdit })}>
      {me.avatarUrl ? (
        <Image className="me-profile__avatar" src={me.avatarUrl} mode="aspectFill" nativeProps={{ alt: '头像' }} />
      ) : (
        // No photo: the first character of the name, as on a paper name card.
        <View className="me-profile__avatar me-profile__avatar--initial">
          <Text>{me.displayName.slice(0, 1)}</Text>
        </View>
      )}
      <View className="me-profile__text">
        <Text className="me-profile__name">{me.displayName}</Text>
        <Text className="me-profile__phone">{me.phoneMasked ?? '未绑定手机号'}</Text>
      </View>
      {community ? (
        <View className="me-profile__points">
          <Text className="me-profile__points-value">{balance ?? '—'}</Text>
          <Text className="me-profile__points-label">积分</Text>
        </View>
      ) : null}
    </View>
  );
}

/** The balance in a community, or null while loading or when it cannot be read. */
function usePointsBalance(communityId: string | undefined): number | null {
  const [balance, setBalance] = useState<number | null>(null);
  useEffect(() => {
    setBalance(null);
    if (!communityId) return;
    let current = true;
    myPointsBalance(communityId)
      .then((value) => current && setBalance(value))
      .catch(() => undefined); // the balance is a nicety; the dash stays
    return () => {
      current = false;
    };
  }, [communityId]);
  return balance;
}
