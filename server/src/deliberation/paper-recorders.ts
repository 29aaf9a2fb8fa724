import { Injectable } from '@nestjs/common';
import { holdsAnyOf, Role, rolesOver, rolesOverOrWithin } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { Household } from '../places/household.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { Place } from '../places/place.entity';
import { BallotElector } from './ballot-elector.entity';
import { Ballot } from './ballot.entity';

/** What a caller may do with paper votes on a ballot's community, from one read of their grants. */
export interface PaperStanding {
  secretary: boolean;
  /** A grid worker of one of the community's grids (which voters, is asked per voter). */
  gridWorker: boolean;
}

/**
 * Who records paper votes: the community's secretary for anyone on the roll, or a grid worker for
 * the voters whose household lies in their grid (入户征询 is their own beat).
 */
@Injectable()
export class PaperRecorders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async standing(userId: string, community: ScopedPlace): Promise<PaperStanding> {
    const grants = await this.access.grantsOf(userId);
    return {
      secretary: holdsAnyOf(rolesOver(grants, community.path), [Role.Secretary]),
      gridWorker: holdsAnyOf(rolesOverOrWithin(grants, community.path), [Role.GridWorker]),
    };
  }

  async assertMayRecord(userId: string, ballot: Ballot, line: BallotElector): Promise<void> {
    const grants = await this.access.grantsOf(userId);
    const community = await this.access.requirePlace(ballot.communityId);
    if (holdsAnyOf(rolesOver(grants, community.path), [Role.Secretary])) return;
    const buildingIds = await this.buildingsOf(ballot, line);
    const buildings = buildingIds.length
      ? await this.dataSource.getRepository(Place).find({ select: { id: true, path: true }, where: { id: In(buildingIds) } })
      : [];
    if (buildings.some((b) => holdsAnyOf(rolesOver(grants, b.path), [Role.GridWorker]))) return;
    throw new DomainError('BALLOT_PAPER_NOT_ALLOWED');
  }

  /** The buildings of the households a roll line votes for: its flat or household, the flats of a multi-flat owner, or where a resident lives. */
  private async buildingsOf(ballot: Ballot, line: BallotElector): Promise<string[]> {
    const households = this.dataSource.getRepository(Household);
    if (line.householdId) {
      const household = await households.findOne({ select: { id: true, buildingId: true }, where: { id: line.householdId } });
      return household ? [household.buildingId] : [];
    }
    if (line.ownerId) {
      const owned = await households.find({ select: { id: true, buildingId: true }, where: { ownerId: line.ownerId, communityId: ballot.communityId } });
      return [...new Set(owned.map((h) => h.buildingId))];
    }
    if (line.userId) {
      const homes = await this.dataSource
        .getRepository(HouseholdMember)
        .createQueryBuilder('m')
        .innerJoin(Household, 'h', 'h.id = m.householdId')
        .select('h.buildingId', 'buildingId')
        .where('m.userId = :userId AND m.isAdult = :adult AND h.communityId = :communityId', {
          userId: line.userId,
          adult: true,
          communityId: ballot.communityId,
        })
        .getRawMany<{ buildingId: string }>();
      return [...new Set(homes.map((h) => h.buildingId))];
    }
    return [];
  }
}
