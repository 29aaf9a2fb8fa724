import { Text, View } from '@tarojs/components';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';

/** What 双报到 is (before the first report) or what it has unlocked (for a Party member here). */
export function MemberIntro({ reported }: { reported: boolean }) {
  const { community } = useSession();
  const { isPartyMember } = useCommunityRoles();

  if (isPartyMember && community) {
    return (
      <View className="rpt-banner rpt-banner--unlocked">
        <Text className="rpt-banner__badge">在职党员</Text>
        <Text className="rpt-banner__text">您已向{community.name}报到，可以认领微心愿、参加先锋岗，服务计入积分。</Text>
      </View>
    );
  }
  if (reported) return null;
  return (
    <View className="rpt-banner">
      <Text className="rpt-banner__title">什么是双报到</Text>
      <Text className="rpt-banner__text">
        在职党员向居住地社区报到，所在单位向驻地社区报到。报到经社区书记审核通过后，您就可以在社区认领微心愿、参加先锋岗，服务情况会反馈给您的单位党组织。
      </Text>
    </View>
  );
}
