import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/components/nut';
import { ROUTES } from '@/navigation/routes';
import type { MemberRegistration } from '@/services/api-types';
import { useSession } from '@/state/session';

/**
 * The way to (re)port to the current community, when there is one: not while a registration is
 * under review, and only for someone with a household there.
 */
export function ReportAction({ registrations }: { registrations: MemberRegistration[] }) {
  const { me, community } = useSession();
  if (!me || !community) return null;

  if (registrations.some((r) => r.status === 'pending')) {
    return <Text className="lin-note">审核期间不能再次提交；如需修改，请先撤回再重新填写。</Text>;
  }
  if (!me.households.some((h) => h.community.id === community.id)) {
    return (
      <View className="rpt-banner">
        <Text className="rpt-banner__title">需要先在社区登记住户</Text>
        <Text className="rpt-banner__text">双报到要向您居住的社区报到。您在{community.name}还没有登记住户，请先联系社区的网格员或楼栋长登记。</Text>
      </View>
    );
  }

  const approved = registrations.find((r) => r.status === 'approved');
  return (
    <View className="lin-actions">
      {approved ? <Text className="lin-note">搬家了？向新的居住社区重新报到，通过后替换现在的报到。</Text> : null}
      <Button
        className="rpt-report"
        type={approved ? 'default' : 'primary'}
        size="large"
        block
        onClick={() => void Taro.navigateTo({ url: ROUTES.memberReportingForm })}
      >
        {registrations.length === 0 ? `向${community.name}报到` : '重新报到'}
      </Button>
    </View>
  );
}
