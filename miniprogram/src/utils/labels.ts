/**
 * Chinese labels for the API's enum values. The words live in @linli/shared, next to the enums
 * the server uses; these helpers only accept the API's string values and fall back to the raw
 * value should the server ever send one the labels do not know yet.
 */
import { HOUSEHOLD_RELATION_LABELS, ROLE_LABELS } from '@linli/shared';
import type { MyHousehold, RoleGrant } from '@/services/api-types';

function labelFrom(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}

export const roleLabel = (role: RoleGrant['role']) => labelFrom(ROLE_LABELS, role);
export const householdRelationLabel = (relation: MyHousehold['relation']) =>
  labelFrom(HOUSEHOLD_RELATION_LABELS, relation);
