import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ReportingNotice } from '@/components/ReportingNotice';
import { useRefreshMeOnShow } from '@/hooks/useRefreshMeOnShow';

/** 先锋岗 — pioneer and volunteer posts (认岗): who may take them, then an empty state until posts ship. */
export default function PostsPage() {
  useRefreshMeOnShow(); // an approved double reporting unlocks taking posts
  return (
    <PageShell>
      <CommunityBadge />
      <ReportingNotice action="认领先锋岗、签到服务" />
      <EmptyState title="先锋岗即将开放" description="社区和驻区单位将在这里发布党员先锋岗和志愿服务岗，党员可以认岗、签到，服务时长计入积分。" />
    </PageShell>
  );
}
