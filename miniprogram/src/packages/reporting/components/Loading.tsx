import { Text } from '@tarojs/components';

export function Loading() {
  return <Text className="rpt-note rpt-note--center">正在加载…</Text>;
}
