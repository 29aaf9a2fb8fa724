import { Text, View } from '@tarojs/components';
import { PointsSource } from '@linli/shared';
import { useState } from 'react';
import { ReasonForm } from '@/components/blocks/ReasonForm';
import type { PointsEntry } from '@/services/api-types';
import { formatMinute } from '@/utils/dates';

interface PointsEntryItemProps {
  entry: PointsEntry;
  /** A later entry already reverses this one. */
  reversed?: boolean;
  /** The secretary's 冲正 (a reason, then a new negative entry); absent for a read-only ledger. */
  onReverse?: (reason: string) => Promise<boolean>;
}

/** One line of a ledger: why, when, how much (a cut by the daily cap said so), and 冲正 for the secretary. */
export function PointsEntryItem({ entry, reversed = false, onReverse }: PointsEntryItemProps) {
  const [reversing, setReversing] = useState(false);
  const isReversal = entry.sourceType === PointsSource.Reversal;
  const canReverse = !!onReverse && !isReversal && !reversed && entry.amount > 0;
  return (
    <View className="wbk-entry">
      <View className="wbk-entry__main">
        <View className="wbk-entry__text">
          <Text className="wbk-entry__reason">{isReversal ? `冲正：${entry.reason}` : entry.reason}</Text>
          <Text className="wbk-entry__line">{formatMinute(entry.createdAt)}</Text>
          {entry.cappedFrom !== null ? <Text className="wbk-entry__capped">{`原 ${entry.cappedFrom} 分，已达每日上限`}</Text> : null}
        </View>
        <View className="wbk-entry__side">
          <Text className={entry.amount < 0 ? 'wbk-entry__amount wbk-entry__amount--minus' : 'wbk-entry__amount'}>
            {entry.amount > 0 ? `+${entry.amount}` : String(entry.amount)}
          </Text>
          {reversed ? <Text className="wbk-entry__done">已冲正</Text> : null}
          {canReverse && !reversing ? (
            <Text className="wbk-entry__action wbk-entry__reverse" onClick={() => setReversing(true)}>
              冲正
            </Text>
          ) : null}
        </View>
      </View>
      {canReverse && reversing ? (
        <ReasonForm
          className="wbk-reverse-form"
          label={`冲正这 ${entry.amount} 分的原因（本人会看到）`}
          placeholder="例如：服务时长登记有误，重复计分"
          submitText="确认冲正"
          onSubmit={onReverse}
          onCancel={() => setReversing(false)}
        />
      ) : null}
    </View>
  );
}

/** The ids of entries that a reversal in the list undoes. */
export function reversedIds(entries: PointsEntry[]): Set<string> {
  return new Set(entries.map((e) => e.reversesEntryId).filter((id): id is string => !!id));
}
