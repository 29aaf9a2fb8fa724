import { View } from '@tarojs/components';

interface TabStripProps<V extends string> {
  tabs: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  className?: string;
}

/** Tabs across the page, the chosen one underlined (a list's state: 待认领 / 已认领 …, 接下来 / 已结束). */
export function TabStrip<V extends string>({ tabs, value, onChange, className }: TabStripProps<V>) {
  return (
    <View className={`lin-tab-strip ${className ?? ''}`} role="tablist">
      {tabs.map((tab) => (
        <View
          key={tab.value}
          role="tab"
          tabIndex={0}
          aria-selected={value === tab.value}
          className={value === tab.value ? 'lin-tab lin-tab--active' : 'lin-tab'}
          onClick={() => onChange(tab.value)}
        >
          {tab.label}
        </View>
      ))}
    </View>
  );
}
