import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { QUEUE_KIND_LABELS, QUEUE_LIMITS } from '@linli/shared';
import { useState } from 'react';
import { Toggle } from '@/components/blocks/Toggle';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { showError } from '@/components/feedback';
import { Button, Dialog } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { usePaged } from '@/hooks/usePaged';
import { PagedCards } from '@/pages/deliberation/PagedCards';
import type { QueueCounts, QueueItem, QueueKind } from '@/services/api-types';
import { approveInBulk, queueCounts, queuePage } from '@/services/workbench';
import { useSession } from '@/state/session';
import { useWorkbenchAccess } from '@/state/workbench-access';
import { BulkSummary, type BulkOutcome } from './BulkSummary';
import { QueueItemCard } from './QueueItemCard';
import '../../workbench.scss';

type KindFilter = QueueKind | 'all';

const keyOf = (item: { kind: string; id: string }) => `${item.kind}:${item.id}`;

/**
 * 待办 (the community's secretary): everything waiting across every job, longest waiting first, by
 * kind with counts; a grid worker finds here only their grids' wishes to confirm (待代确认). Each item opens the page where it is handled; wishes, registrations and hours can
 * also be ticked and approved together (批量通过), each one landing or failing on its own.
 */
export default function QueuePage() {
  const { community } = useSession();
  const { keeperHere, queueHere } = useWorkbenchAccess();
  const communityId = community && queueHere ? community.id : null;
  const [kind, setKind] = useState<KindFilter>('all');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [approving, setApproving] = useState(false);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);

  const counts = useLoad(() => (communityId ? queueCounts(communityId) : Promise.resolve(null)), [communityId], { reloadOnReturn: true });
  const list = usePaged<QueueItem>(
    (cursor?: string) => (communityId ? queuePage(communityId, kind === 'all' ? undefined : kind, cursor) : Promise.resolve({ items: [], nextCursor: null })),
    [communityId, kind],
  );

  usePullDownRefresh(() => {
    void Promise.all([list.reload(), counts.reload()]).finally(() => Taro.stopPullDownRefresh());
  });

  if (!communityId) {
    return (
      <PageShell>
        <EmptyState
          title="只有社区书记可以处理待办"
          description="待办是本社区等待审核的心愿、报到、服务时长和议题。如果您是书记，请在“我的”中切换到您担任书记的社区。"
        />
      </PageShell>
    );
  }

  const items = list.loaded.state === 'ready' ? list.loaded.data.items : [];
  const approvable = items.filter((i) => i.bulkApprovable);
  // Only what is still on the list counts: an item handled elsewhere drops out on reload.
  const chosen = approvable.filter((i) => selected.has(keyOf(i)));
  const full = chosen.length >= QUEUE_LIMITS.bulkMax;

  function toggle(item: QueueItem) {
    const key = keyOf(item);
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else if (!full) next.add(key);
    setSelected(next);
  }

  function toggleAll() {
    if (chosen.length === Math.min(approvable.length, QUEUE_LIMITS.bulkMax)) setSelected(new Set());
    else setSelected(new Set(approvable.slice(0, QUEUE_LIMITS.bulkMax).map(keyOf)));
  }

  async function approve() {
    setConfirming(false);
    setApproving(true);
    try {
      const result = await approveInBulk(
        communityId!,
        chosen.map(({ kind: k, id }) => ({ kind: k, id })),
      );
      const titles = new Map(chosen.map((i) => [keyOf(i), i.title]));
      setOutcome({
        approved: result.approved,
        failures: result.results.filter((r) => !r.ok).map((r) => ({ title: titles.get(keyOf(r)) ?? '', message: r.message ?? '未能通过' })),
      });
      setSelected(new Set());
    } catch (error) {
      showError(error);
    } finally {
      setApproving(false);
      void list.reload();
      void counts.reload();
    }
  }

  return (
    <PageShell>
      <View className={approvable.length > 0 ? 'wbk-page wbk-queue wbk-queue--bulk' : 'wbk-page wbk-queue'}>
        <CommunityBadge />
        <KindFilters
          counts={counts.loaded.state === 'ready' ? counts.loaded.data : null}
          value={kind}
          onChange={(k) => {
            setKind(k);
            setSelected(new Set());
          }}
        />
        {outcome ? <BulkSummary outcome={outcome} onClose={() => setOutcome(null)} /> : null}
        <Text className="lin-note">
          {keeperHere
            ? '等得最久的排在前面。心愿、报到和服务时长可以勾选后批量通过；议题、被举报的内容和待代确认的心愿请点开逐条处理。'
            : '受助居民超期未确认的心愿，等得最久的排在前面。请核实居民已收到后，点开代为确认。'}
        </Text>
        <PagedCards
          list={list}
          empty={{ title: '没有待办', description: '居民提交的心愿、报到、服务时长和议题等待审核时，会出现在这里。' }}
          render={(item) => <QueueItemCard key={keyOf(item)} item={item} checked={selected.has(keyOf(item))} onToggle={() => toggle(item)} />}
        />
        {approvable.length > 0 ? (
          <View className="wbk-bulk">
            <Text className="wbk-bulk__all" onClick={toggleAll}>
              {chosen.length > 0 && chosen.length === Math.min(approvable.length, QUEUE_LIMITS.bulkMax) ? '取消全选' : '全选'}
            </Text>
            <Text className="wbk-bulk__text">{full ? `已选 ${chosen.length} 条（最多）` : `已选 ${chosen.length} 条`}</Text>
            <Button
              className="wbk-bulk__approve"
              type="primary"
              disabled={chosen.length === 0 || approving}
              loading={approving}
              onClick={() => setConfirming(true)}
            >
              批量通过
            </Button>
          </View>
        ) : null}
      </View>
      <Dialog
        visible={confirming}
        title={`批量通过 ${chosen.length} 条`}
        confirmText="通过"
        cancelText="再看看"
        onConfirm={() => void approve()}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      >
        按现在的内容通过：心愿上墙，报到生效，服务时长计入积分。已被别人处理的会跳过。
      </Dialog>
    </PageShell>
  );
}

/** 全部 and each kind that has something waiting, with its count, in the labels' order. */
function KindFilters({ counts, value, onChange }: { counts: QueueCounts | null; value: KindFilter; onChange: (kind: KindFilter) => void }) {
  const byKind: Partial<Record<string, number>> = counts?.byKind ?? {};
  const kinds = (Object.keys(QUEUE_KIND_LABELS) as QueueKind[]).filter((k) => k === value || (byKind[k] ?? 0) > 0);
  const label = (text: string, n: number | undefined) => (n === undefined ? text : `${text} ${n}`);
  return (
    <View className="wbk-filters wbk-kinds">
      <Toggle compact label={label('全部', counts?.total)} on={value === 'all'} onClick={() => onChange('all')} className="wbk-kind-filter" />
      {kinds.map((k) => (
        <Toggle
          key={k}
          compact
          label={label(QUEUE_KIND_LABELS[k as keyof typeof QUEUE_KIND_LABELS], byKind[k])}
          on={value === k}
          onClick={() => onChange(k)}
          className="wbk-kind-filter"
        />
      ))}
    </View>
  );
}
