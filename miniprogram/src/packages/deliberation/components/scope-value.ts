/** Who a topic or a ballot concerns, as chosen in ScopePicker, and the API's scope built from it. */
import { DELIBERATION_DEFAULTS } from '@linli/shared';
import type { ScopeInput } from '@/services/api-types';

export type ScopeMode = 'community' | 'grid' | 'building' | 'households';

export interface PickedHousehold {
  id: string;
  /** "1号楼 2单元 101". */
  label: string;
}

export interface ScopeValue {
  mode: ScopeMode;
  gridId?: string;
  buildingId?: string;
  /** Households ticked so far, across buildings (mode households). */
  households: PickedHousehold[];
}

export const WHOLE_COMMUNITY: ScopeValue = { mode: 'community', households: [] };

export const SCOPE_MODES: { value: ScopeMode; label: string }[] = [
  { value: 'community', label: '全社区' },
  { value: 'grid', label: '一个网格' },
  { value: 'building', label: '一栋楼' },
  { value: 'households', label: '指定住户' },
];

export const SCOPE_HINTS: Record<ScopeMode, string> = {
  community: '社区里所有住户都能看到、参与讨论和投票。',
  grid: '只涉及一个网格：这个网格里的住户参与。',
  building: '只涉及一栋楼：这栋楼的住户参与（如加装电梯、楼道改造）。',
  households: '只涉及几户人家：勾选涉及的住户，可以换楼栋继续选。',
};

/** The API's scope for the choice, or what is still missing. */
export function scopeInputOf(value: ScopeValue, communityId: string): { ok: true; scope: ScopeInput } | { ok: false; problem: string } {
  switch (value.mode) {
    case 'community':
      return { ok: true, scope: { placeId: communityId } };
    case 'grid':
      return value.gridId ? { ok: true, scope: { placeId: value.gridId } } : { ok: false, problem: '请选择涉及的网格' };
    case 'building':
      return value.buildingId ? { ok: true, scope: { placeId: value.buildingId } } : { ok: false, problem: '请选择涉及的楼栋' };
    case 'households':
      if (value.households.length === 0) return { ok: false, problem: '请勾选涉及的住户' };
      if (value.households.length > DELIBERATION_DEFAULTS.maxScopeHouseholds) {
        return { ok: false, problem: `一次最多指定 ${DELIBERATION_DEFAULTS.maxScopeHouseholds} 户，范围更大时请选择楼栋或网格` };
      }
      return { ok: true, scope: { householdIds: value.households.map((h) => h.id) } };
  }
}
