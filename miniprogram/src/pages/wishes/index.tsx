import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ReportingNotice } from '@/components/ReportingNotice';
import { useRefreshMeOnShow } from '@/hooks/useRefreshMeOnShow';

/** 心愿墙 — micro-wishes (微心愿): who may claim them, then an empty state until the wish wall ships. */
export default function WishesPage() {
  useRefreshMeOnShow(); // an approved double reporting unlocks claiming
  return (
    <PageShell>
      <CommunityBadge />
      <ReportingNotice action="认领居民的微心愿" />
      <EmptyState title="心愿墙即将开放" description="有困难的居民可以在这里许下微心愿，社区书记审核后上墙，党员和驻区单位认领并帮助实现。" />
    </PageShell>
  );
}
