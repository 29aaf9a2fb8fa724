import { Text } from '@tarojs/components';
import { HOUSEHOLD_KEEPER_ROLES, Role } from '@linli/shared';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { Cell, CellGroup } from '@/components/nut';
import { ROUTES } from '@/navigation/routes';
import { queueCounts } from '@/services/workbench';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { badgeText } from '@/state/unread-notices';
import { useWorkbenchAccess } from '@/state/workbench-access';

/**
 * 社区工作台, for secretaries, street officers and the admin: 待办 (with how many wait) and
 * 举报处理 in the community being looked at; the dashboard, points, audit trail and exports.
 * A grid worker gets 待办 alone: the wishes of their grids waiting for them to confirm (待代确认).
 */
export function WorkbenchGroup() {
  const access = useWorkbenchAccess();
  const { isSecretary } = useCommunityRoles();
  const waiting = useWaitingCount(access.queueHere);
  const { me } = useSession();
  // 网格员, 楼栋长 and the secretary keep households: 住户 (a building leader has nothing else here).
  const keepsHouseholds = me?.roles.some((g) => HOUSEHOLD_KEEPER_ROLES.includes(g.role as Role)) ?? false;
  if (!access.any && !access.queueHere && !keepsHouseholds) return null;
  const open = (url: string) => () => void Taro.navigateTo({ url });

  return (
    <CellGroup title="社区工作台">
      {access.queueHere ? (
        <Cell
          className="me-link me-link--queue"
          title="待办"
          description={access.keeperHere ? '等待审核的事项' : '待代确认的心愿'}
          extra={waiting ? <Text className="me-badge">{waiting}</Text> : '查看'}
          clickable
          onClick={open(ROUTES.workQueue)}
        />
      ) : null}
      {keepsHouseholds ? (
        <Cell
          className="me-link me-link--residents"
          title="住户"
          description="查找住户，登记、更正和搬离"
          extra="去管理"
          clickable
          onClick={open(ROUTES.residents)}
        />
      ) : null}
      {access.any ? <StaffLinks open={open} isSecretary={isSecretary} /> : null}
    </CellGroup>
  );
}

/** The dashboard, points, audit trail, exports and reports: for secretaries, street officers and the admin. */
function StaffLinks({ open, isSecretary }: { open: (url: string) => () => void; isSecretary: boolean }) {
  return (
    <>
      <Cell
        className="me-link me-link--dashboard"
        title="数据看板"
        description="报到、心愿、服务的统计"
        extra="查看"
        clickable
        onClick={open(ROUTES.dashboard)}
      />
      <Cell
        className="me-link me-link--points-admin"
        title="积分管理"
        description="积分排行和积分规则"
        extra="查看"
        clickable
        onClick={open(ROUTES.pointsAdmin)}
      />
      <Cell className="me-link me-link--audit" title="操作记录" description="谁在什么时候做了什么" extra="查看" clickable onClick={open(ROUTES.auditLog)} />
      <Cell className="me-link me-link--exports" title="导出" description="导出 Excel 报表" extra="去导出" clickable onClick={open(ROUTES.exports)} />
      {isSecretary ? (
        <Cell
          className="me-link me-link--register"
          title="台账"
          description="房屋、产权人和住户，Excel 导入"
          extra="去管理"
          clickable
          onClick={open(ROUTES.register)}
        />
      ) : null}
      {isSecretary ? (
        <Cell className="me-link me-link--roles" title="角色" description="网格员、楼栋长和副书记" extra="去管理" clickable onClick={open(ROUTES.roles)} />
      ) : null}
      {isSecretary ? (
        <Cell
          className="me-link me-link--private-access"
          title="隐私数据查看记录"
          description="谁在什么时候查看了居民的个人信息"
          extra="查看"
          clickable
          onClick={open(ROUTES.privateDataAccess)}
        />
      ) : null}
      {isSecretary ? (
        <Cell
          className="me-link me-link--reports"
          title="举报处理"
          description="居民举报的心愿和议题"
          extra="查看"
          clickable
          onClick={open(ROUTES.contentReports)}
        />
      ) : null}
    </>
  );
}

/** How many items wait in the current community ("99+" past that), asked on a switch of community and on every return to 我的. */
function useWaitingCount(keeper: boolean): string | null {
  const { community } = useSession();
  const [count, setCount] = useState<number | null>(null);
  const communityId = keeper ? community?.id : undefined;
  const shownBefore = useRef(false);
  const load = () => {
    if (!communityId) return setCount(null);
    queueCounts(communityId)
      .then((counts) => setCount(counts.total))
      .catch(() => undefined); // keep what was shown
  };
  useEffect(load, [communityId]);
  useDidShow(() => {
    if (shownBefore.current) load(); // the first showing is the effect's
    shownBefore.current = true;
  });
  return count ? badgeText(count) : null;
}
