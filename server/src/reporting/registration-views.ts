import { Injectable } from '@nestjs/common';
import { DecisionView, MemberRegistrationView, UnitRegistrationView } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { User } from '../identity/user.entity';
import { Household } from '../places/household.entity';
import { Place } from '../places/place.entity';
import { toPlaceRef } from '../places/place-views';
import { MemberRegistration } from './member-registration.entity';
import { RegistrationDecision } from './registration-columns';
import { UnitRegistration } from './unit-registration.entity';
import { WorkUnit } from './work-unit.entity';
import { toWorkUnitView } from './work-units.service';

/** Turns registration rows into views with a fixed number of queries per page (no N+1). */
@Injectable()
export class RegistrationViews {
  constructor(private readonly dataSource: DataSource) {}

  async members(rows: MemberRegistration[]): Promise<MemberRegistrationView[]> {
    if (rows.length === 0) return [];
    const households = await this.byId(
      Household,
      rows.map((r) => r.householdId),
    );
    const [places, units, deciders] = await Promise.all([
      this.byId(Place, [...rows.map((r) => r.communityId), ...[...households.values()].map((h) => h.buildingId)]),
      this.byId(
        WorkUnit,
        rows.map((r) => r.unitId),
      ),
      this.deciderNames(rows),
    ]);
    return rows.map((r) => {
      const household = households.get(r.householdId);
      const building = household ? places.get(household.buildingId) : undefined;
      return {
        id: r.id,
        userId: r.userId,
        status: r.status,
        community: toPlaceRef(places.get(r.communityId)!),
        householdId: r.householdId,
        householdLabel: [building?.name, household?.label].filter(Boolean).join(' '),
        householdLeftOn: r.householdLeftOn ?? null,
        realName: r.realName,
        phone: r.phone,
        unit: toWorkUnitView(units.get(r.unitId)!),
        skills: r.skills,
        skillsNote: r.skillsNote,
        availability: r.availability,
        submittedAt: r.createdAt.toISOString(),
        ...decisionOf(r, deciders),
      };
    });
  }

  async units(rows: UnitRegistration[]): Promise<UnitRegistrationView[]> {
    if (rows.length === 0) return [];
    const [places, units, deciders] = await Promise.all([
      this.byId(
        Place,
        rows.map((r) => r.communityId),
      ),
      this.byId(
        WorkUnit,
        rows.map((r) => r.unitId),
      ),
      this.deciderNames(rows),
    ]);
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      community: toPlaceRef(places.get(r.communityId)!),
      unit: toWorkUnitView(units.get(r.unitId)!),
      contactUserId: r.contactUserId,
      contactName: r.contactName,
      contactPhone: r.contactPhone,
      resources: r.resources as UnitRegistrationView['resources'],
      agreementText: r.agreementText,
      submittedAt: r.createdAt.toISOString(),
      ...decisionOf(r, deciders),
    }));
  }

  async byId<T extends { id: string }>(entity: new () => T, ids: string[]): Promise<Map<string, T>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const found = await this.dataSource.getRepository(entity).find({ where: { id: In(unique) } as never });
    return new Map(found.map((row) => [row.id, row]));
  }

  private async deciderNames(rows: RegistrationDecision[]): Promise<Map<string, string>> {
    const ids = rows.map((r) => r.decidedBy).filter((id): id is string => id !== null);
    const users = await this.byId(User, ids);
    return new Map([...users.values()].map((u) => [u.id, u.displayName]));
  }
}

function decisionOf(row: RegistrationDecision, deciders: Map<string, string>): DecisionView {
  return {
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedByName: row.decidedBy ? (deciders.get(row.decidedBy) ?? null) : null,
    rejectReason: row.rejectReason,
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}
