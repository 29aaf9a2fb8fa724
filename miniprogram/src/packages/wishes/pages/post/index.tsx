import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Role } from '@linli/shared';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { Button } from '@/components/nut';
import type { Me, PlaceRef } from '@/services/api-types';
import { useSession } from '@/state/session';
import type { PostMode } from './post-form-values';
import { PostWishForm } from './PostWishForm';
import '../../wishes-admin.scss';

/** The grids the user is grid worker of (each once). */
function gridsOf(me: Me): PlaceRef[] {
  const grids = me.roles.filter((g) => g.role === Role.GridWorker && g.place.level === 'grid').map((g) => g.place);
  return grids.filter((grid, index) => grids.findIndex((g) => g.id === grid.id) === index);
}

/**
 * 许个心愿: a resident posts a wish for themself, or a grid worker for a resident of their grid
 * (代办, `?mode=agent`), with a plain privacy notice. A grid worker can switch between the two.
 */
export default function PostWishPage() {
  const { me, community } = useSession();
  const requested: PostMode = useRouter().params.mode === 'agent' ? 'agent' : 'self';
  const [mode, setMode] = useState<PostMode>(requested);
  const [posted, setPosted] = useState(false);

  if (!me) return <PageShell>{null}</PageShell>;
  const grids = gridsOf(me);
  const switchTo = (next: PostMode) => () => setMode(next);

  let body;
  if (mode === 'agent' && grids.length === 0) {
    body = (
      <EmptyState title="只有网格员可以代居民许愿" description="网格员可以为不会用手机的居民代发心愿。您可以为自己许愿。">
        <Button block onClick={switchTo('self')}>
          为自己许愿
        </Button>
      </EmptyState>
    );
  } else if (mode === 'self' && me.households.length === 0) {
    body = <EmptyState title="需要先在社区登记住户" description="心愿要写明住在哪个社区、哪栋楼。请先联系社区的网格员登记住户，或请网格员帮您代发心愿。" />;
  } else {
    body = (
      <PostWishForm
        key={mode}
        mode={mode}
        me={me}
        households={me.households}
        grids={grids}
        communityId={community?.id ?? null}
        onPosted={() => setPosted(true)}
      />
    );
  }

  return (
    <PageShell>
      {grids.length > 0 && !posted ? (
        <View className="wsa-mode" role="radiogroup">
          <View
            className={`wsa-mode__option wsa-mode-self ${mode === 'self' ? 'wsa-mode__option--active' : ''}`}
            role="radio"
            aria-checked={mode === 'self'}
            onClick={switchTo('self')}
          >
            为自己许愿
          </View>
          <View
            className={`wsa-mode__option wsa-mode-agent ${mode === 'agent' ? 'wsa-mode__option--active' : ''}`}
            role="radio"
            aria-checked={mode === 'agent'}
            onClick={switchTo('agent')}
          >
            为居民代办
          </View>
        </View>
      ) : null}
      {body}
    </PageShell>
  );
}
