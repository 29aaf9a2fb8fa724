import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { MoreButton } from '@/components/blocks/MoreButton';
import { EmptyState } from '@/components/EmptyState';
import type { Page } from '@/hooks/usePaged';
import type { Loaded } from '@/hooks/useLoad';

interface PagedCardsProps<T> {
  list: { loaded: Loaded<Page<T>>; reload: (showLoading?: boolean) => Promise<void>; loadMore: () => Promise<void>; loadingMore: boolean };
  /** A placeholder for the page, or one line (a list inside a page, e.g. a discussion). */
  empty: { title: string; description: string } | string;
  render: (item: T) => ReactNode;
}

/** A paged list's states in one place: loading, failed (with retry), empty, the cards, 加载更多. */
export function PagedCards<T>({ list, empty, render }: PagedCardsProps<T>) {
  const { loaded } = list;
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} onRetry={() => void list.reload(true)} />;
  if (loaded.data.items.length === 0) {
    return typeof empty === 'string' ? <Text className="lin-note">{empty}</Text> : <EmptyState title={empty.title} description={empty.description} />;
  }
  return (
    <>
      {loaded.data.items.map(render)}
      <MoreButton hasMore={!!loaded.data.nextCursor} loading={list.loadingMore} onClick={() => void list.loadMore()} />
    </>
  );
}
