import { useState } from 'react';
import type { DependencyList } from 'react';
import { showError } from '@/components/feedback';
import { useLoad } from './useLoad';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A list the API pages with a cursor: the first page loads when `deps` change (and again when
 * the page shows again), `loadMore()` appends the next.
 */
export function usePaged<T>(fetchPage: (cursor?: string) => Promise<Page<T>>, deps: DependencyList) {
  const { loaded, reload, replace } = useLoad(() => fetchPage(), deps, { reloadOnReturn: true });
  const [loadingMore, setLoadingMore] = useState(false);

  async function loadMore() {
    if (loaded.state !== 'ready' || !loaded.data.nextCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const next = await fetchPage(loaded.data.nextCursor);
      replace({ items: [...loaded.data.items, ...next.items], nextCursor: next.nextCursor });
    } catch (error) {
      showError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  return { loaded, reload, loadMore, loadingMore };
}
