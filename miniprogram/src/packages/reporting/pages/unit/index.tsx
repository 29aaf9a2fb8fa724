import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PageShell } from '@/components/PageShell';
import { Button } from '@/components/nut';
import { ROUTES } from '@/navigation/routes';
import { myUnitRegistrations } from '@/services/unit-registrations';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { UnitRegistrationCard } from '../../components/UnitRegistrationCard';
import { useLoad } from '@/hooks/useLoad';
import '../../reporting.scss';

/** 单位报到: what it is, the registrations I submitted as a unit's contact person, and the way to submit one. */
export default function UnitReportingPage() {
  const { loaded, reload } = useLoad(myUnitRegistrations, [], { reloadOnReturn: true });

  if (loaded.state === 'loading')
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (loaded.state === 'failed')
    return (
      <PageShell>
        <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />
      </PageShell>
    );

  const registrations = loaded.data;
  const approved = registrations.some((r) => r.status === 'approved');
  return (
    <PageShell>
      <View className="rpt-banner">
        <Text className="rpt-banner__title">驻区单位报到</Text>
        <Text className="rpt-banner__text">
          机关、企事业单位向驻地社区报到，加入社区大党委，与社区共享场地、资金和专业力量。提交人即为本单位的报到联络人，审核通过后可查看本单位报到党员的服务情况。
        </Text>
      </View>
      {registrations.length > 0 ? <Text className="lin-section-title">我提交的单位报到</Text> : null}
      {registrations.map((r) => (
        <UnitRegistrationCard key={r.id} registration={r} onChanged={() => void reload()} />
      ))}
      <View className="lin-actions">
        <Button type="primary" size="large" block onClick={() => void Taro.navigateTo({ url: ROUTES.unitReportingForm })}>
          {registrations.length === 0 ? '填写单位报到' : '再报一个单位或社区'}
        </Button>
        {approved ? (
          <Button className="lin-actions__second" size="large" block onClick={() => void Taro.navigateTo({ url: ROUTES.unitMembers })}>
            查看本单位党员
          </Button>
        ) : null}
      </View>
    </PageShell>
  );
}
