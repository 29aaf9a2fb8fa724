import { Text } from '@tarojs/components';
import { Cell, CellGroup } from '@/components/nut';
import type { Me } from '@/services/api-types';
import { session, useSession } from '@/state/session';

/**
 * The community the app shows (wishes, posts, topics, points). Someone can belong to several:
 * a resident of one community who is secretary of another. The choice is remembered per user.
 */
export function CommunitySwitcher({ me }: { me: Me }) {
  const { community } = useSession();
  if (me.communities.length === 0) return null;

  if (me.communities.length === 1) {
    return (
      <CellGroup title="所在社区">
        <Cell title={me.communities[0].name} />
      </CellGroup>
    );
  }

  return (
    <CellGroup title="切换社区" description="选择要查看的社区">
      {me.communities.map((c) => {
        const selected = c.id === community?.id;
        return (
          <Cell
            key={c.id}
            className={selected ? 'me-community me-community--selected' : 'me-community'}
            title={c.name}
            extra={selected ? <Text className="me-community__current">✓ 当前</Text> : '切换'}
            clickable={!selected}
            onClick={() => session.selectCommunity(c.id)}
          />
        );
      })}
    </CellGroup>
  );
}
