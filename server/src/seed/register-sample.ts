import { HouseholdRelation, RegisterFlat, RegisterResident } from '@linli/shared';
import { BUILDINGS_PER_GRID, DEMO_USERS, DEVELOPER, FLOORS, flatArea, GRIDS_PER_COMMUNITY, MULTI_OWNER, ownerName, UNITS } from './demo-city';

export const SAMPLE_COMMUNITY = '东湖社区';
const MULTI_OWNER_PHONE = '13700000100';

/**
 * 东湖社区's register as its secretary would fill it in: the demo city's 48 flats with their areas,
 * owners and the demo users who live there (by name and phone, so importing it finds them), plus
 * the phones the seed's other owners lack. Importing it into the demo adds no flat and changes only
 * those owners' contact details (the seed knew their names only).
 */
export function donghuRegisterSample(): RegisterFlat[] {
  const flats: RegisterFlat[] = [];
  let index = 0; // 东湖社区 is the seed's first community: its flats are the first 48 (flatArea, ownerName)
  for (let building = 1; building <= GRIDS_PER_COMMUNITY.length * BUILDINGS_PER_GRID; building++) {
    const buildingName = `${building}号楼`;
    for (const unit of UNITS) {
      for (const floor of FLOORS) {
        const label = `${unit} ${floor}01`;
        const at = (u: { home?: { community: string; building: string; flat: string } }) =>
          u.home?.community === SAMPLE_COMMUNITY && u.home.building === buildingName && u.home.flat === label;
        const living = DEMO_USERS.filter(at);
        const owner = living.find((u) => u.home!.relation === HouseholdRelation.Owner);
        const developer = buildingName === DEVELOPER.building && unit === DEVELOPER.unit;
        const multi = MULTI_OWNER.flats.some(([b, l]) => b === buildingName && l === label);
        const title = developer
          ? { name: DEVELOPER.name, phone: '' }
          : multi
            ? { name: MULTI_OWNER.name, phone: MULTI_OWNER_PHONE }
            : owner
              ? { name: owner.name, phone: owner.phone }
              : { name: ownerName(index), phone: `1370000${String(index).padStart(4, '0')}` };
        const residents: RegisterResident[] = living.map((u) => ({
          name: u.name,
          phone: u.phone,
          kinship: u.home!.relation === HouseholdRelation.Owner ? '本人' : '',
          tenure: u.home!.relation === HouseholdRelation.Tenant ? '租住' : '常住',
        }));
        flats.push({ building: buildingName, label, areaHundredths: flatArea(index), developer, owners: [title], residents });
        index++;
      }
    }
  }
  return flats;
}
