import { Text, View } from '@tarojs/components';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { privateDataAccessOf } from '@/services/my-data';
import { useSession } from '@/state/session';
import { formatMinute } from '@/utils/dates';
import '../../privacy.scss';

/**
 * 隐私数据查看记录 (the secretary): who read whose private data in the community, when and why,
 * newest first (the latest 200), so a read without a reason can be asked about.
 */
export default function AccessLogPage() {
  const { community } = useSession();
  const communityId = community?.id ?? null;
  const { loaded, reload } = useLoad(() => (communityId ? privateDataAccessOf(communityId) : Promise.resolve([])), [communityId]);

  if (loaded.state === 'loading')
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (loaded.state === 'failed')
    return (
      <PageShell>
        <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />
      </PageShell>
    );
  if (loaded.data.length === 0)
    return (
      <PageShell>
        <EmptyState title="暂无记录" description="认领人查看送达信息、下载台账等查看个人信息的操作会记录在这里。" />
      </PageShell>
    );

  return (
    <PageShell>
      <Text className="lin-note">
        {community?.name} · 最近 {loaded.data.length} 条
      </Text>
      {loaded.data.map((entry) => (
        <View key={entry.id} className="lin-card access-log__entry">
          <View className="lin-card__head">
            <Text className="lin-card__title">
              {entry.viewerName} {entry.subjectName ? `查看了 ${entry.subjectName} 的信息` : '查看了全社区的信息'}
            </Text>
          </View>
          <View className="lin-row">
            <Text className="lin-row__label">时间</Text>
            <Text className="lin-row__value">{formatMinute(entry.at)}</Text>
          </View>
          <View className="lin-row">
            <Text className="lin-row__label">类型</Text>
            <Text className="lin-row__value">{entry.kindLabel}</Text>
          </View>
          <View className="lin-row">
            <Text className="lin-row__label">用途</Text>
            <Text className="lin-row__value">{entry.purpose}</Text>
          </View>
        </View>
      ))}
    </PageShell>
  );
}
