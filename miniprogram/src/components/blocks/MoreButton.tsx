import { View } from '@tarojs/components';
import { Button } from '@/components/nut';

/** 加载更多 under a paged list, while there is more. */
export function MoreButton({ hasMore, loading, onClick }: { hasMore: boolean; loading: boolean; onClick: () => void }) {
  if (!hasMore) return null;
  return (
    <View className="lin-more">
      <Button block loading={loading} disabled={loading} onClick={onClick}>
        加载更多
      </Button>
    </View>
  );
}
