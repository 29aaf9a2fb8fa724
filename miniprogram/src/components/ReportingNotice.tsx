import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROUTES } from '@/navigation/routes';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { Button } from './nut';
import './ReportingNotice.scss';

interface ReportingNoticeProps {
  /** What Party members do on this tab, e.g. "认领心愿". */
  action: string;
}

/**
 * On the tabs where Party members act (心愿墙, 先锋岗): who may act here. A Party member of the
 * current community is told they can; anyone else learns that double reporting unlocks it,
 * with the way there. Follows the session, so an approval shows as soon as the profile refreshes.
 */
export function ReportingNotice({ action }: ReportingNoticeProps) {
  const { community } = useSession();
  const { isPartyMember } = useCommunityRoles();
  if (!community) return null;

  if (isPartyMember) {
    return (
      <View className="lin-reporting-notice lin-reporting-notice--unlocked">
        <Text className="lin-reporting-notice__badge">在职党员</Text>
        <Text className="lin-reporting-notice__text">
          您已向{community.name}报到，可以{action}。
        </Text>
      </View>
    );
  }

  return (
    <View className="lin-reporting-notice">
      <Text className="lin-reporting-notice__title">完成双报到后即可认领心愿和先锋岗</Text>
      <Text className="lin-reporting-notice__text">在职党员向居住地社区报到，社区书记审核通过后即可{action}。</Text>
      <View className="lin-reporting-notice__action">
        <Button type="primary" block onClick={() => void Taro.navigateTo({ url: ROUTES.memberReporting })}>
          去双报到
        </Button>
      </View>
    </View>
  );
}
