import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; error: unknown };

export interface LoadOptions {
  /**
   * Load again when the page shows again (back from a form or a detail page), keeping the
   * current data on screen until the fresh copy arrives.
   */
  reloadOnReturn?: boolean;
}

/**
 * Data for a page: loads when `deps` change, and on `reload()`. An answer that arrives after a
 * newer request was made is dropped, so a quick change of year or tab cannot show stale rows.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList, options: LoadOptions = {}) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async (showLoading = false) => {
    const request = ++latest.current;
    if (showLoading) setLoaded({ state: 'loading' });
    try {
      const data = await loadRef.current();
      if (request === latest.current) setLoaded({ state: 'ready', data });
    } catch (error) {
      if (request === latest.current) setLoaded({ state: 'failed', error });
    }
  }, []);

  // The caller's deps say when `load` means something new (the latest `load` is always used).
  useEffect(() => {
    void reload(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps decide (reload is stable)
  }, deps);

  const shownBefore = useRef(false);
  useDidShow(() => {
    if (shownBefore.current && options.reloadOnReturn) void reload();
    shownBefore.current = true;
  });

  /** Replaces the data with a copy the page already has (e.g. the answer to a decision). */
  const replace = useCallback((data: T) => {
    latest.current++;
    setLoaded({ state: 'ready', data });
  }, []);

  return { loaded, reload, replace };
}
