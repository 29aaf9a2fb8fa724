import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { Button } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { withQuery, ROUTES } from '@/navigation/routes';
import { useShareCard } from '@/navigation/share';
import { topicShareCard } from '@/navigation/share-cards';
import { ShareLink } from '@/components/share/ShareLink';
import { getTopic } from '@/services/deliberation';
import { BallotLink } from '../../components/BallotLink';
import { DecisionLink } from './DecisionLink';
import { Discussion } from './Discussion';
import { TopicFacts } from './TopicFacts';
import { TopicReview } from './TopicReview';
import '@/pages/deliberation/deliberation.scss';
import '../../deliberation.scss';

/**
 * One topic: what it is about and who it concerns; for the secretary, 受理/不受理 while it waits
 * and 发起表决 while it is discussed; its vote and, once passed, the decision it became; and the
 * residents' discussion.
 */
export default function TopicPage() {
  const id = useRouter().params.id ?? '';
  const { loaded, reload, replace } = useLoad(() => getTopic(id), [id], { reloadOnReturn: true });
  useShareCard(loaded.state === 'ready' ? topicShareCard(loaded.data) : null);

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

  const topic = loaded.data;
  const again = () => void reload();
  const open = topic.status !== 'proposed' && topic.status !== 'declined';

  return (
    <PageShell>
      <View className="dlp-page">
        <TopicFacts topic={topic} reload={again} />
        {topic.status === 'proposed' && topic.canManage ? <TopicReview topic={topic} replace={replace} reload={again} /> : null}
        {topic.status === 'proposed' && !topic.canManage ? <Text className="lin-note">社区书记受理后，议题会公开，范围内的居民就可以参与讨论。</Text> : null}
        {topic.status === 'discussing' && topic.canManage ? (
          <View className="lin-actions">
            <Text className="lin-note">讨论充分后，设置表决方式、选项和截止时间，请范围内的居民投票。</Text>
            <Button
              className="dlp-start-ballot"
              type="primary"
              size="large"
              block
              onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.ballotForm, { topic: topic.id }) })}
            >
              发起表决
            </Button>
          </View>
        ) : null}
        {topic.ballot ? <BallotLink ballot={topic.ballot} /> : null}
        {topic.decision ? <DecisionLink decision={topic.decision} /> : null}
        {open ? <Discussion topic={topic} onChanged={again} /> : null}
      </View>
      <ShareLink card={topicShareCard(topic)} />
    </PageShell>
  );
}
