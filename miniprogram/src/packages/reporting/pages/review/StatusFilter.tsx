import { View } from '@tarojs/components';
import type { RegistrationStatus } from '@/services/api-types';
import { SingleChoiceChips } from '@/components/blocks/ChoiceChips';

/** A status to list, or all of them. */
export type ReviewStatus = RegistrationStatus | 'all';

interface StatusFilterProps {
  value: ReviewStatus;
  onChange: (value: ReviewStatus) => void;
  /** Shown on 待审核 when known. */
  pendingCount?: string;
}

/** Which registrations to list: those awaiting a decision (the default) or decided ones. */
export function StatusFilter({ value, onChange, pendingCount }: StatusFilterProps) {
  const options = [
    { value: 'pending' as const, label: pendingCount ? `待审核 ${pendingCount}` : '待审核' },
    { value: 'approved' as const, label: '已通过' },
    { value: 'rejected' as const, label: '未通过' },
    { value: 'withdrawn' as const, label: '已撤回' },
    { value: 'all' as const, label: '全部' },
  ];
  return (
    <View className="lin-filter">
      <SingleChoiceChips<ReviewStatus> options={options} value={value} onChange={onChange} />
    </View>
  );
}
