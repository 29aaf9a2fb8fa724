import { ScrollView, View } from '@tarojs/components';
import type { PostType } from '@/services/api-types';
import { Toggle } from '@/components/blocks/Toggle';
import { POST_TYPE_CHOICES } from '@/utils/labels';
import { comingDays } from './shift-format';

export interface BoardFilter {
  type: PostType | null;
  /** A Beijing date (YYYY-MM-DD): shifts from that day on; null: every shift not yet ended. */
  from: string | null;
}

/** Which shifts the board shows: a type, and the day to start from. */
export function BoardFilters({ value, onChange }: { value: BoardFilter; onChange: (next: BoardFilter) => void }) {
  const days = comingDays(7);
  return (
    <View className="pst-filters">
      <ScrollView scrollX className="pst-filters__row pst-filters__types">
        <Toggle label="全部岗位" on={value.type === null} onClick={() => onChange({ ...value, type: null })} />
        {POST_TYPE_CHOICES.map((c) => (
          <Toggle key={c.value} label={c.label} on={value.type === c.value} onClick={() => onChange({ ...value, type: c.value })} />
        ))}
      </ScrollView>
      <ScrollView scrollX className="pst-filters__row pst-filters__days">
        <Toggle label="全部日期" on={value.from === null} onClick={() => onChange({ ...value, from: null })} />
        {days.map((d) => (
          <Toggle key={d.value} label={d.label} on={value.from === d.value} onClick={() => onChange({ ...value, from: d.value })} />
        ))}
      </ScrollView>
    </View>
  );
}
