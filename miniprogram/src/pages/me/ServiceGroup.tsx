import Taro from '@tarojs/taro';
import { Cell, CellGroup } from '@/components/nut';
import { ROUTES } from '@/navigation/routes';

/**
 * 我的服务: the way to 我的班次 — the 先锋岗 shifts I claimed, coming and past, with my hours
 * and points — and to every entry of my points. Shown to everyone: past shifts and points stay
 * mine after a Party member's reporting ends.
 */
export function ServiceGroup() {
  return (
    <CellGroup title="我的服务">
      <Cell
        className="me-link me-link--my-shifts"
        title="我的班次"
        description="先锋岗班次、服务时长和积分"
        extra="查看"
        clickable
        onClick={() => void Taro.navigateTo({ url: ROUTES.myShifts })}
      />
      <Cell
        className="me-link me-link--my-points"
        title="我的积分明细"
        description="每一笔积分的来由"
        extra="查看"
        clickable
        onClick={() => void Taro.navigateTo({ url: ROUTES.myPoints })}
      />
    </CellGroup>
  );
}
