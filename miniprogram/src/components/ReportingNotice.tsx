import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Role } from '@linli/shared';
import { ROUTES } from '@/navigation/routes';
import { useMemberReporting } from '@/state/member-reporting';
import { useSession } from '@/state/session';
import { formatDay } from '@/utils/dates';
import './ReportingNotice.scss';

interface ReportingNoticeProps {
  /** What Party members do on this tab, e.g. "认领心愿". */
  action: string;
}

/** Roles whose holders run the community rather than claim in it: the invitation is not for them. */
const STAFF_ROLES: readonly string[] = [Role.GridWorker, Role.Secretary, Role.StreetOfficer, Role.Admin];

/**
 * On the tabs where Party members act (心愿墙, 先锋岗): who may act here. A Party member of the
 * current community is told they can; one whose registration waits for review is told so and
 * what happens next; anyone else who might be a working Party member gets one line with the way
 * to double reporting. Staff, and residents in care mode (older residents, not 在职 members),
 * get nothing: they cannot act on it, and it took half of their first screen. Follows the
 * session, so an approval shows as soon as the profile refreshes.
 */
export function ReportingNotice({ action }: ReportingNoticeProps) {
  const { community, me } = useSession();
  const reporting = useMemberReporting();
  const open = () => void Taro.navigateTo({ url: ROUTES.memberReporting });
  if (!community || !me) return null;

  if (reporting.kind === 'member') {
    return (
      <View className="lin-reporting-notice lin-reporting-notice--unlocked">
        <Text className="lin-reporting-notice__badge">在职党员</Text>
        <Text className="lin-reporting-notice__text">
          您已向{community.name}报到，可以{action}。
        </Text>
      </View>
    );
  }

  if (reporting.kind === 'pending') {
    return (
      <View className="lin-reporting-notice lin-reporting-notice--pending" onClick={open}>
        <Text className="lin-reporting-notice__badge lin-reporting-notice__badge--pending">待审核</Text>
        <Text className="lin-reporting-notice__text">
          {`您 ${formatDay(reporting.registration.submittedAt)} 提交的双报到正在等待${community.name}书记审核，通过后即可${action}。`}
        </Text>
        <Text className="lin-reporting-notice__more">查看 ›</Text>
      </View>
    );
  }

  if (me.careMode || me.roles.some((grant) => STAFF_ROLES.includes(grant.role))) return null;
  return (
    <View className="lin-reporting-notice lin-reporting-notice--invite" onClick={open}>
      <Text className="lin-reporting-notice__text">{`在职党员？完成双报到后即可${action}`}</Text>
      <Text className="lin-reporting-notice__more">去报到 ›</Text>
    </View>
  );
}
