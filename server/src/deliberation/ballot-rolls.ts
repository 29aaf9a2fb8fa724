import { Injectable } from '@nestjs/common';
import { BallotRule, ownersElectorate, TallyElectorate } from '@linli/shared';
import { EntityManager, In } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { Household } from '../places/household.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { Owner } from '../places/owner.entity';
import { Place } from '../places/place.entity';
import { BallotElector } from './ballot-elector.entity';

export type RollLine = Omit<BallotElector, 'id' | 'ballotId'>;

const CHUNK = 1000;

/**
 * Builds a ballot's roll from the households in its scope, by rule: adult residents (simple,
 * acceptance), households (一户一票), or owners counted per the SPC interpretation (Art. 278).
 * The roll is frozen at creation, so moving house mid-vote neither adds nor removes a vote.
 */
@Injectable()
export class BallotRolls {
  async build(manager: EntityManager, rule: BallotRule, households: Household[]): Promise<RollLine[]> {
    switch (rule) {
      case BallotRule.Simple:
      case BallotRule.Acceptance:
        return this.adults(manager, households);
      case BallotRule.Household:
        return this.households(manager, households);
      case BallotRule.OwnersArt278:
        return this.owners(manager, households);
    }
  }

  totals(lines: readonly RollLine[]): TallyElectorate {
    return { count: lines.length, areaHundredths: lines.reduce((sum, line) => sum + line.areaHundredths, 0) };
  }

  private async adults(manager: EntityManager, households: Household[]): Promise<RollLine[]> {
    const userIds = new Set<string>();
    for (const ids of chunks(households.map((h) => h.id))) {
      const members = await manager.getRepository(HouseholdMember).find({ select: { userId: true }, where: { householdId: In(ids), isAdult: true } });
      for (const member of members) userIds.add(member.userId);
    }
    return [...userIds].sort().map((userId) => ({ voterKey: `user:${userId}`, userId, householdId: null, ownerId: null, areaHundredths: 0, label: '本人' }));
  }

  private async households(manager: EntityManager, households: Household[]): Promise<RollLine[]> {
    const buildings = await this.buildingNames(manager, households);
    return households.map((h) => ({
      voterKey: `household:${h.id}`,
      userId: null,
      householdId: h.id,
      ownerId: null,
      areaHundredths: 0,
      label: `${buildings.get(h.buildingId) ?? ''} ${h.label}`.trim(),
    }));
  }

  private async owners(manager: EntityManager, households: Household[]): Promise<RollLine[]> {
    if (households.some((h) => !Number.isSafeInteger(h.areaHundredths) || h.areaHundredths <= 0)) throw new DomainError('BALLOT_AREA_INVALID');
    const ownerIds = [...new Set(households.map((h) => h.ownerId).filter((id): id is string => !!id))];
    const owners = new Map<string, Owner>();
    for (const ids of chunks(ownerIds)) {
      for (const owner of await manager.getRepository(Owner).find({ select: { id: true, kind: true }, where: { id: In(ids) } })) owners.set(owner.id, owner);
    }
    const buildings = await this.buildingNames(manager, households);
    const unitLabel = new Map(households.map((h) => [h.id, `${buildings.get(h.buildingId) ?? ''} ${h.label}`.trim()]));
    const electors = ownersElectorate(
      households.map((h) => ({
        unitId: h.id,
        ownerId: h.ownerId,
        ownerKind: h.ownerId ? (owners.get(h.ownerId)?.kind ?? null) : null,
        areaHundredths: h.areaHundredths,
      })),
    );
    return electors.map((e) => ({
      voterKey: e.key,
      userId: null,
      householdId: e.unitIds.length === 1 ? e.unitIds[0] : null,
      ownerId: e.ownerId,
      areaHundredths: e.areaHundredths,
      label:
        e.key === 'developer'
          ? `开发商未售房屋 ${e.unitIds.length} 套（合计一人）`
          : e.unitIds.length === 1
            ? unitLabel.get(e.unitIds[0])!
            : `${e.unitIds.length} 套房屋（按一人计）`,
    }));
  }

  private async buildingNames(manager: EntityManager, households: Household[]): Promise<Map<string, string>> {
    const ids = [...new Set(households.map((h) => h.buildingId))];
    const names = new Map<string, string>();
    for (const chunk of chunks(ids)) {
      for (const place of await manager.getRepository(Place).find({ select: { id: true, name: true }, where: { id: In(chunk) } }))
        names.set(place.id, place.name);
    }
    return names;
  }
}

function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}
