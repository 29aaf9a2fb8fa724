import { Cell, CellGroup } from '@/components/nut';
import type { Me } from '@/services/api-types';
import { householdRelationLabel } from '@/utils/labels';

/** The households (户) the user is registered in, the home one first. */
export function HouseholdList({ me }: { me: Me }) {
  if (me.households.length === 0) {
    return (
      <CellGroup title="我的住户">
        <Cell title="还没有登记住户" description="请联系所在社区的网格员或楼栋长登记" />
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
