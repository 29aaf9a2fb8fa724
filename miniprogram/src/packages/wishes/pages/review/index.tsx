import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { Button } from '@/components/nut';
import { ROUTES } from '@/navigation/routes';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { WishReviewList } from './WishReviewList';
import '../../wishes-admin.scss';

/**
 * 心愿审核 (secretary of the current community): the wishes waiting for review, oldest first. A
 * tap opens the wish with its private details; the list loads again on the way back.
 */
export default function WishReviewPage() {
  const { community } = useSession();
  const { isSecretary } = useCommunityRoles();

  if (!community || !isSecretary) {
    return (
      <PageShell>
        <EmptyState title="只有社区书记可以审核心愿" description="居民的心愿由所在社区的书记审核。如果您是书记，请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  }

  return (
    <PageShell>
      <View className="wsa-review-head">
        <CommunityBadge />
        <Button className="wsa-review-settings" size="small" onClick={() => void Taro.navigateTo({ url: ROUTES.wishSettings })}>
          心愿规则
        </Button>
      </View>
      <WishReviewList communityId={community.id} />
    </PageShell>
  );
}
