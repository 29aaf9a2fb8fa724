/** The unit part of both reporting forms: the form's values and the API's unitId XOR newUnit. */
import type { NewWorkUnit, WorkUnit, WorkUnitKind } from '@/services/api-types';

export type UnitMode = 'existing' | 'new';

export interface UnitChoiceValues {
  unitMode: UnitMode;
  unit?: WorkUnit;
  newUnitName?: string;
  newUnitKind?: WorkUnitKind;
  partyOrgName?: string;
}

/** The form's unit as the API wants it: exactly one of unitId and newUnit. */
export function unitChoiceBody(values: UnitChoiceValues): { unitId: string } | { newUnit: NewWorkUnit } {
  if (values.unitMode === 'existing') return { unitId: values.unit!.id };
  return {
    newUnit: { name: values.newUnitName!.trim(), kind: values.newUnitKind!, partyOrgName: values.partyOrgName!.trim() },
  };
}

/** Labels of the unit's API fields, for the server's validation messages. */
export const UNIT_FIELD_LABELS: Record<string, string> = {
  unitId: '单位',
  newUnit: '新单位',
  'newUnit.name': '单位名称',
  'newUnit.kind': '单位类别',
  'newUnit.partyOrgName': '单位党组织',
};
