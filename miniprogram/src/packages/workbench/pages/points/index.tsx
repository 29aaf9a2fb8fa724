import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { POINTS_PERIOD_LABELS, PointsPeriod } from '@linli/shared';
import { useState } from 'react';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { TabStrip } from '@/components/blocks/TabStrip';
import { Toggle } from '@/components/blocks/Toggle';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { RankingRow, UnitRankingRow } from '@/services/api-types';
import { pointsRanking, unitPointsRanking } from '@/services/points';
import { useSession } from '@/state/session';
import { useWorkbenchAccess } from '@/state/workbench-access';
import { RulesCard } from './RulesCard';
import '../../workbench.scss';

type Board = 'members' | 'units';

const BOARDS = [
  { value: 'members' as const, label: '成员' },
  { value: 'units' as const, label: '单位' },
];

const PERIODS = [PointsPeriod.All, PointsPeriod.Year, PointsPeriod.Month];

/**
 * 积分 of the current community: the rankings of members and of reported units over all time,
 * this year or this month; the points rules (the secretary edits them). The secretary and the
 * street officer open a member's ledger from the ranking.
 */
export default function PointsPage() {
  const { community } = useSession();
  const access = useWorkbenchAccess();
  const [board, setBoard] = useState<Board>('members');
  const [period, setPeriod] = useState<PointsPeriod>(PointsPeriod.All);
  const communityId = community?.id ?? null;
  const { loaded, reload } = useLoad<RankingRow[] | UnitRankingRow[]>(
    () => (!communityId ? Promise.resolve([]) : board === 'members' ? pointsRanking(communityId, period) : unitPointsRanking(communityId, period)),
    [communityId, board, period],
    { reloadOnReturn: true },
  );

  if (!community) {
    return (
      <PageShell>
        <EmptyState title="还没有所在社区" description="积分按社区计算，加入社区后可以查看。" />
      </PageShell>
    );
  }

  const canOpenMembers = access.keeperHere || access.streets.length > 0;
  const openMember = (row: RankingRow) => void Taro.navigateTo({ url: withQuery(ROUTES.memberPoints, { userId: row.userId, name: row.displayName }) });

  return (
    <PageShell>
      <View className="wbk-page wbk-points">
        <CommunityBadge />
        <RulesCard communityId={community.id} canEdit={access.keeperHere} />
        <Text className="wbk-section">积分排行</Text>
        <TabStrip className="wbk-boards" tabs={BOARDS} value={board} onChange={setBoard} />
        <View className="wbk-period">
          {PERIODS.map((p) => (
            <Toggle key={p} compact label={POINTS_PERIOD_LABELS[p]} on={period === p} onClick={() => setPeriod(p)} className="wbk-period__option" />
          ))}
        </View>
        {loaded.state === 'loading' ? <Loading /> : null}
        {loaded.state === 'failed' ? <LoadFailed error={loaded.error} onRetry={() => void reload(true)} /> : null}
        {loaded.state === 'ready' && loaded.data.length === 0 ? (
          <Text className="lin-note">{period === PointsPeriod.All ? '还没有人获得积分。' : `${POINTS_PERIOD_LABELS[period]}还没有人获得积分。`}</Text>
        ) : null}
        {loaded.state === 'ready' && loaded.data.length > 0 ? (
          <View className="wbk-list wbk-ranking">
            {board === 'members'
              ? (loaded.data as RankingRow[]).map((row) => (
                  <RankLine
                    key={row.userId}
                    rank={row.rank}
                    name={row.displayName}
                    points={row.balance}
                    onClick={canOpenMembers ? () => openMember(row) : undefined}
                  />
                ))
              : (loaded.data as UnitRankingRow[]).map((row) => (
                  <RankLine key={row.unitId} rank={row.rank} name={row.unitName} line={`${row.members} 名报到党员`} points={row.points} />
                ))}
          </View>
        ) : null}
        {board === 'units' ? <Text className="lin-note">单位积分是该单位报到党员在本社区所得积分之和。</Text> : null}
      </View>
    </PageShell>
  );
}

function RankLine({ rank, name, line, points, onClick }: { rank: number; name: string; line?: string; points: number; onClick?: () => void }) {
  return (
    <View className="wbk-rank" onClick={onClick}>
      <Text className={rank <= 3 ? 'wbk-rank__no wbk-rank__no--top' : 'wbk-rank__no'}>{rank}</Text>
      <View className="wbk-rank__text">
        <Text className="wbk-rank__name">{name}</Text>
        {line ? <Text className="wbk-rank__line">{line}</Text> : null}
      </View>
      <Text className="wbk-rank__points">
        {points}
        <Text className="wbk-rank__points-unit">分</Text>
      </Text>
      {onClick ? <Text className="lin-item__arrow">›</Text> : null}
    </View>
  );
}
