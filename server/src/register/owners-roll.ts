import { formatAreaHundredths, ownersElectorate, OwnersRollLineView, OwnersRollView } from '@linli/shared';
import { SnapshotFlat } from './register-snapshot';

/**
 * The Art. 278 roll of a community as its register stands, grouped exactly as a ballot opened now
 * would count it (the same ownersElectorate rule): one line per owner however many flats they
 * hold, the developer's unsold flats on one line, and a flat with no owner on record by itself.
 * Co-owners of a flat are one person on it (the SPC interpretation): the title holder's line.
 */
export function ownersRoll(communityId: string, flats: readonly SnapshotFlat[]): OwnersRollView {
  const counted = flats.filter((f) => f.areaHundredths > 0);
  const byId = new Map(counted.map((f) => [f.householdId, f]));
  const electors = ownersElectorate(
    counted.map((f) => ({ unitId: f.householdId, ownerId: f.titleOwnerId, ownerKind: f.titleOwnerKind, areaHundredths: f.areaHundredths })),
  );
  const lines: OwnersRollLineView[] = electors.map((e) => {
    const units = e.unitIds.map((id) => byId.get(id)!);
    const names = units.map((u) => `${u.building} ${u.label}`).sort();
    const first = units[0];
    if (e.key === 'developer') {
      const developers = [...new Set(units.map((u) => u.owners[0]?.name ?? '开发商'))].join('、');
      return {
        key: e.key,
        kind: 'developer',
        name: developers,
        flats: names,
        area: formatAreaHundredths(e.areaHundredths),
        note: `开发商未售房屋 ${units.length} 套，合计按一人计`,
      };
    }
    if (!e.ownerId)
      return { key: e.key, kind: 'unowned', name: '（未登记产权人）', flats: names, area: formatAreaHundredths(e.areaHundredths), note: '按一人计' };
    const coOwners =
      first.owners.length > 1
        ? `，与${first.owners
            .slice(1)
            .map((o) => o.name)
            .join('、')}共有的房屋按一人计`
        : '';
    return {
      key: e.key,
      kind: 'person',
      name: first.owners[0]?.name ?? '',
      flats: names,
      area: formatAreaHundredths(e.areaHundredths),
      note: (units.length > 1 ? `${units.length} 套房屋按一人计` : '按一人计') + coOwners,
    };
  });
  lines.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'zh') : a.kind === 'developer' ? 1 : -1));
  const area = counted.reduce((sum, f) => sum + f.areaHundredths, 0);
  return { communityId, electors: lines.length, flats: counted.length, area: formatAreaHundredths(area), lines };
}
