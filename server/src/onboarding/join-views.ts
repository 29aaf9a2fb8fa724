import { JoinRequestView, maskPhone } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { Household } from '../places/household.entity';
import { Place } from '../places/place.entity';
import { JoinRequest } from './join-request.entity';

/**
 * Join requests as their readers see them. The applicant sees their own phone masked (the page
 * shows it was verified, not the number back); the grid worker and secretary get it in full to call.
 */
export async function joinRequestViews(dataSource: DataSource, rows: JoinRequest[], fullPhone: boolean): Promise<JoinRequestView[]> {
  if (rows.length === 0) return [];
  const [households, places] = await Promise.all([
    dataSource.getRepository(Household).find({ where: { id: In([...new Set(rows.map((r) => r.householdId))]) } }),
    dataSource.getRepository(Place).find({ where: { id: In([...new Set(rows.flatMap((r) => [r.buildingId, r.communityId]))]) } }),
  ]);
  const label = new Map(households.map((h) => [h.id, h.label]));
  const name = new Map(places.map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    communityId: r.communityId,
    communityName: name.get(r.communityId) ?? '',
    buildingName: name.get(r.buildingId) ?? '',
    householdId: r.householdId,
    householdLabel: label.get(r.householdId) ?? '',
    name: r.name,
    phone: fullPhone ? r.phone : maskPhone(r.phone),
    phoneVerified: r.phone !== null,
    status: r.status,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
  }));
}
