import { createHash } from 'node:crypto';
import { canonicalRegister, CurrentRegisterFlat, HouseholdRelation, OwnerKind, PlaceLevel, RegisterPerson } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { selectRows } from '../database/plain-sql';

export interface SnapshotFlat extends CurrentRegisterFlat {
  buildingId: string;
  /** household.owner_id: the title holder the Art. 278 roll counts. */
  titleOwnerId: string | null;
  titleOwnerKind: OwnerKind | null;
}

export interface RegisterSnapshot {
  /** Building name → id, for the community's buildings. */
  buildings: Map<string, string>;
  flats: SnapshotFlat[];
  digest: string;
}

/**
 * The community's register as it stands, in the shape the file has: each flat with its area, its
 * owners in force (title holder first) and its people. Four plain statements over the community's
 * rows (a 5,000-flat compound reads in well under a second). A flat with no ownership rows yet
 * (registered before the register kept history) has its title holder as its one owner.
 */
export async function readRegister(manager: EntityManager, community: { id: string; path: string }): Promise<RegisterSnapshot> {
  const buildingRows = await selectRows<{ id: string; name: string }>(manager, 'SELECT id, name FROM place WHERE level = ? AND path LIKE ?', [
    PlaceLevel.Building,
    `${community.path}%`,
  ]);
  const buildings = new Map(buildingRows.map((b) => [b.name, b.id]));
  const buildingNames = new Map(buildingRows.map((b) => [b.id, b.name]));
  const households = await selectRows<{ id: string; building_id: string; label: string; area_hundredths: number; owner_id: string | null }>(
    manager,
    'SELECT id, building_id, label, area_hundredths, owner_id FROM household WHERE community_id = ?',
    [community.id],
  );
  const links = await selectRows<{ household_id: string; owner_id: string; kind: OwnerKind; name: string; phone: string | null }>(
    manager,
    'SELECT ho.household_id, ho.owner_id, o.kind, o.name, u.phone FROM household_owner ho JOIN household h ON h.id = ho.household_id JOIN owner o ON o.id = ho.owner_id LEFT JOIN app_user u ON u.id = o.user_id WHERE h.community_id = ? AND ho.live = 1 ORDER BY ho.household_id, ho.position',
    [community.id],
  );
  const titleOwners = await selectRows<{ id: string; kind: OwnerKind; name: string; phone: string | null }>(
    manager,
    'SELECT o.id, o.kind, o.name, u.phone FROM owner o LEFT JOIN app_user u ON u.id = o.user_id WHERE o.id IN (SELECT owner_id FROM household WHERE community_id = ?)',
    [community.id],
  );
  const members = await selectRows<{
    household_id: string;
    user_id: string;
    relation: HouseholdRelation;
    kinship: string | null;
    display_name: string;
    phone: string | null;
  }>(
    manager,
    'SELECT m.household_id, m.user_id, m.relation, m.kinship, u.display_name, u.phone FROM household_member m JOIN household h ON h.id = m.household_id JOIN app_user u ON u.id = m.user_id WHERE h.community_id = ? ORDER BY m.household_id, m.created_at, m.user_id',
    [community.id],
  );

  const ownersOf = new Map<string, { kind: OwnerKind; person: RegisterPerson }[]>();
  for (const link of links) {
    const list = ownersOf.get(link.household_id) ?? [];
    list.push({ kind: link.kind, person: ownerPerson(link.kind, link.name, link.phone) });
    ownersOf.set(link.household_id, list);
  }
  const titles = new Map(titleOwners.map((o) => [o.id, o]));
  const flats = new Map<string, SnapshotFlat>();
  for (const h of households) {
    const title = h.owner_id ? titles.get(h.owner_id) : undefined;
    const owners = ownersOf.get(h.id) ?? (title ? [{ kind: title.kind, person: ownerPerson(title.kind, title.name, title.phone) }] : []);
    flats.set(h.id, {
      householdId: h.id,
      buildingId: h.building_id,
      building: buildingNames.get(h.building_id) ?? '',
      label: h.label,
      areaHundredths: Number(h.area_hundredths),
      developer: owners[0]?.kind === OwnerKind.Developer,
      owners: owners.map((o) => o.person),
      residents: [],
      titleOwnerId: h.owner_id,
      titleOwnerKind: title?.kind ?? null,
    });
  }
  for (const m of members) {
    flats.get(m.household_id)?.residents.push({
      userId: m.user_id,
      name: m.display_name,
      phone: m.phone ?? '',
      kinship: m.kinship ?? '',
      tenure: m.relation === HouseholdRelation.Tenant ? '租住' : '常住',
    });
  }
  const list = [...flats.values()];
  return { buildings, flats: list, digest: createHash('sha256').update(canonicalRegister(list)).digest('hex') };
}

function ownerPerson(kind: OwnerKind, name: string, phone: string | null): RegisterPerson {
  return { name, phone: kind === OwnerKind.Developer ? '' : (phone ?? '') };
}
