import { Text } from '@tarojs/components';

export function Loading() {
  return <Text className="lin-note lin-note--center">正在加载…</Text>;
}
