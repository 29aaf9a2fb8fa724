import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { WishCard } from '@/components/wishes/WishCard';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { WishPublic } from '@/services/api-types';
import { useSession } from '@/state/session';

interface Props<W extends WishPublic> {
  load: () => Promise<W[]>;
  /** What to say when there is none: a title and what to do about it. */
  empty: { title: string; description: string };
  /** Each card's last line: where the wish stands for this reader. */
  noteOf: (wish: W) => string;
  showCommunity?: boolean;
  /** Who the wish is for, where this reader may see the name (a grid worker's residents). */
  whoOf?: (wish: W) => string | undefined;
}

/** A page of the user's own wishes (posted or claimed) as cards; a tap opens the wish. Reloads on return. */
export function WishCardList<W extends WishPublic>({ load, empty, noteOf, showCommunity = false, whoOf }: Props<W>) {
  const { loaded, reload } = useLoad(load, [], { reloadOnReturn: true });
  const careMode = useSession().me?.careMode ?? false;
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
        <EmptyState title={empty.title} description={empty.description} />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="wsd-list">
        {loaded.data.map((wish) => (
          <WishCard
            key={wish.id}
            wish={wish}
            careMode={careMode}
            showCommunity={showCommunity}
            note={noteOf(wish)}
            who={whoOf?.(wish)}
            onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.wishDetail, { id: wish.id }) })}
          />
        ))}
      </View>
    </PageShell>
  );
}
