import { Cell, CellGroup } from '@/components/nut';
import type { Me } from '@/services/api-types';
import Taro from '@tarojs/taro';
import { ROUTES } from '@/navigation/routes';
import { householdRelationLabel } from '@/utils/labels';

/** The households (户) the user is registered in, the home one first. */
export function HouseholdList({ me }: { me: Me }) {
  if (me.households.length === 0) {
    return (
      <CellGroup title="我的住户">
        <Cell
          title="还没有登记住户"
          description="扫楼栋或房门的入户码，或选择房屋加入"
          extra="加入住户"
          onClick={() => void Taro.navigateTo({ url: ROUTES.join })}
        />
      </CellGroup>
    );
  }

  const households = [...me.households].sort((a, b) => Number(b.householdId === me.homeHouseholdId) - Number(a.householdId === me.homeHouseholdId));
  return (
    <CellGroup title="我的住户">
      {households.map((h) => (
        <Cell
          key={h.householdId}
          title={`${h.building.name} ${h.label}`}
          description={h.community.name}
          extra={h.householdId === me.homeHouseholdId ? `${householdRelationLabel(h.relation)} · 我家` : householdRelationLabel(h.relation)}
        />
      ))}
    </CellGroup>
  );
}
