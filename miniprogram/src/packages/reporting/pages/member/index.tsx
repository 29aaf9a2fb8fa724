import { Text } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { useRefreshMeOnShow } from '@/hooks/useRefreshMeOnShow';
import type { MemberRegistration } from '@/services/api-types';
import { myMemberRegistrations } from '@/services/member-registrations';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { MemberRegistrationCard } from '../../components/MemberRegistrationCard';
import { useLoad } from '@/hooks/useLoad';
import { HistoryList } from './HistoryList';
import { MemberIntro } from './MemberIntro';
import { ReportAction } from './ReportAction';
import '../../reporting.scss';

/**
 * 双报到 (member): my registration under review and the one in force, with who decided and
 * when; the way to report (or report again after moving); and the history.
 */
export default function MemberReportingPage() {
  // An approval makes me a Party member there: the profile's roles follow on every visit.
  useRefreshMeOnShow();
  const { loaded, reload } = useLoad(myMemberRegistrations, [], { reloadOnReturn: true });

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

  const { featured, history } = arrange(loaded.data);
  return (
    <PageShell>
      <MemberIntro reported={loaded.data.length > 0} />
      {featured.length > 0 ? <Text className="lin-section-title">我的报到</Text> : null}
      {featured.map((r) => (
        <MemberRegistrationCard key={r.id} registration={r} onChanged={() => void reload()} />
      ))}
      <ReportAction registrations={loaded.data} />
      <HistoryList registrations={history} />
    </PageShell>
  );
}

/**
 * The registrations that matter now (one under review, the one in force; else the latest) and
 * the rest, newest first.
 */
function arrange(registrations: MemberRegistration[]): { featured: MemberRegistration[]; history: MemberRegistration[] } {
  const live = registrations.filter((r) => r.status === 'pending' || r.status === 'approved');
  const featured = live.length > 0 ? live : registrations.slice(0, 1);
  return { featured, history: registrations.filter((r) => !featured.includes(r)) };
}
