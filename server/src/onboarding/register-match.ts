import { EntityManager } from 'typeorm';
import { selectRows } from '../database/plain-sql';

/**
 * The register's person this joiner is: no WeChat account yet (no openid, not a demo user), the
 * same name and the WeChat-verified phone, living in the flat (or, failing that, in its building:
 * the register may have placed them one door off). Null when nobody matches, or when two would:
 * a name and phone shared by two account-less people is for a person to sort out.
 */
export async function registerPersonFor(
  manager: EntityManager,
  input: { name: string; phone: string; householdId: string; buildingId: string },
): Promise<string | null> {
  const rows = await selectRows<{ id: string; household_id: string }>(
    manager,
    'SELECT u.id, m.household_id FROM app_user u JOIN household_member m ON m.user_id = u.id JOIN household h ON h.id = m.household_id ' +
      'WHERE u.openid IS NULL AND u.demo_label IS NULL AND u.display_name = ? AND u.phone = ? AND h.building_id = ? ORDER BY u.id',
    [input.name, input.phone, input.buildingId],
  );
  const inFlat = [...new Set(rows.filter((r) => r.household_id === input.householdId).map((r) => r.id))];
  if (inFlat.length) return inFlat.length === 1 ? inFlat[0] : null;
  const inBuilding = [...new Set(rows.map((r) => r.id))];
  return inBuilding.length === 1 ? inBuilding[0] : null;
}
