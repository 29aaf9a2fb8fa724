import { View } from '@tarojs/components';
import { TabStrip } from '@/components/blocks/TabStrip';
import { Toggle } from '@/components/blocks/Toggle';
import { WISH_CATEGORY_CHOICES } from '@/utils/labels';
import type { WallFilters as Filters, WallScope, WallStatus } from './useWall';

const STATUSES: { value: WallStatus; label: string }[] = [
  { value: 'open', label: '待认领' },
  { value: 'claimed', label: '已认领' },
  { value: 'fulfilled', label: '待确认' },
  { value: 'confirmed', label: '已圆梦' },
];

const SCOPES: { value: WallScope; label: string }[] = [
  { value: 'community', label: '本社区' },
  { value: 'street', label: '全街道' },
];

interface Props {
  value: Filters;
  onChange: (next: Filters) => void;
}

/** Which wishes the wall shows: state as tabs; community or street, category and order as small toggles. */
export function WallFilters({ value, onChange }: Props) {
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <View className="wsh-filters">
      <TabStrip tabs={STATUSES} value={value.status} onChange={(status) => set({ status })} />
      <View className="wsh-toggles">
        {SCOPES.map((s) => (
          <Toggle compact key={s.value} label={s.label} on={value.scope === s.value} onClick={() => set({ scope: s.value })} />
        ))}
        <View className="wsh-toggles__gap" />
        <Toggle compact label="全部" on={value.category === null} onClick={() => set({ category: null })} />
        {WISH_CATEGORY_CHOICES.map((c) => (
          <Toggle compact key={c.value} label={c.label} on={value.category === c.value} onClick={() => set({ category: c.value })} />
        ))}
        {value.scope === 'community' ? (
          <>
            <View className="wsh-toggles__gap" />
            <Toggle
              compact
              label={value.sort === 'urgent' ? '最急' : '最新'}
              on
              onClick={() => set({ sort: value.sort === 'urgent' ? 'newest' : 'urgent' })}
              className="wsh-sort"
            />
          </>
        ) : null}
      </View>
    </View>
  );
}
