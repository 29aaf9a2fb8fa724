import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Loaded } from '@/hooks/useLoad';
import type { Page } from '@/hooks/usePaged';
import { PagedCards } from '@/pages/deliberation/PagedCards';
import type { PointsEntry } from '@/services/api-types';
import { PointsEntryItem, reversedIds } from './PointsEntryItem';

interface LedgerProps {
  /** The balance, or null while unknown. */
  balance: number | null;
  balanceLabel: string;
  list: { loaded: Loaded<Page<PointsEntry>>; reload: (showLoading?: boolean) => Promise<void>; loadMore: () => Promise<void>; loadingMore: boolean };
  /** 冲正 for the secretary. */
  onReverse?: (entry: PointsEntry, reason: string) => Promise<boolean>;
  children?: ReactNode;
}

/** A balance over its ledger, newest first: what was earned, cut by the daily cap, or reversed. */
export function Ledger({ balance, balanceLabel, list, onReverse, children }: LedgerProps) {
  const entries = list.loaded.state === 'ready' ? list.loaded.data.items : [];
  const reversed = reversedIds(entries);
  return (
    <>
      <View className="wbk-balance">
        <Text className="wbk-balance__value">{balance ?? '—'}</Text>
        <Text className="wbk-balance__label">{balanceLabel}</Text>
      </View>
      {children}
      <Text className="wbk-section">积分明细</Text>
      <View className="wbk-list wbk-ledger">
        <PagedCards
          list={list}
          empty="还没有积分记录。"
          render={(entry) => (
            <PointsEntryItem
              key={entry.id}
              entry={entry}
              reversed={reversed.has(entry.id)}
              onReverse={onReverse ? (reason) => onReverse(entry, reason) : undefined}
            />
          )}
        />
      </View>
    </>
  );
}
