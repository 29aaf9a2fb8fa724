import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';

/** 邻里议事 — neighbourhood deliberation and votes: an empty state until topics ship. */
export default function DeliberationPage() {
  return (
    <PageShell>
      <CommunityBadge />
      <EmptyState title="邻里议事即将开放" description="居民可以在这里提出议题、参与讨论和投票，表决结果和落实情况向大家公开。" />
    </PageShell>
  );
}
