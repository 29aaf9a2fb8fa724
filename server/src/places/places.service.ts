import { Injectable } from '@nestjs/common';
import { FlatView, formatAreaHundredths, HouseholdRelation, HouseholdView, LIMITS, PlaceLevel, PlaceView, Role } from '@linli/shared';
import { DataSource, In, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, pageOf } from '../common/http/page';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../identity/user.entity';
import { RoleGrant } from '../roles/role-grant.entity';
import { AddHouseholdMemberDto, HouseholdMemberDto, HouseholdResidentDto } from './dto/places.dto';
import { Household } from './household.entity';
import { HouseholdMember } from './household-member.entity';
import { Owner } from './owner.entity';
import { Place } from './place.entity';

/** More flats than any one building has. */
const MAX_FLATS = 2000;

@Injectable()
export class PlacesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async place(id: string): Promise<PlaceView> {
    const place = await this.dataSource.getRepository(Place).findOne({ where: { id } });
    if (!place) throw new DomainError('PLACE_NOT_FOUND');
    return toPlaceView(place);
  }

  async children(id: string): Promise<PlaceView[]> {
    await this.place(id);
    const children = await this.dataSource.getRepository(Place).find({ where: { parentId: id }, order: { name: 'ASC' } });
    return children.map(toPlaceView);
  }

  /** Households of a community, grid or building, in id order, a page at a time. */
  async households(place: ScopedPlace, cursor?: string, limit: number = LIMITS.pageSizeDefault) {
    const after = decodeCursor(cursor);
    const where = await this.householdScope(place);
    const rows = await this.dataSource.getRepository(Household).find({
      where: after ? { ...where, id: MoreThan(after) } : where,
      order: { id: 'ASC' },
      take: limit + 1,
    });
    const page = pageOf(rows, limit, (h) => h.id);
    const owners = await this.ownersOf(page.items);
    return { items: page.items.map((h) => toHouseholdView(h, owners.get(h.ownerId ?? ''))), nextCursor: page.nextCursor };
  }

  /**
   * Adds a person to a household. Living in a community makes them its resident, so the resident
   * grant is written in the same transaction as the membership (and both are audited with it).
   */
  async addMember(actorId: string, householdId: string, body: AddHouseholdMemberDto): Promise<HouseholdMemberDto> {
    const household = await this.dataSource.getRepository(Household).findOne({ where: { id: householdId } });
    if (!household) throw new DomainError('HOUSEHOLD_NOT_FOUND');
    const user = await this.dataSource.getRepository(User).count({ where: { id: body.userId } });
    if (user === 0) throw new DomainError('ROLE_USER_NOT_FOUND');
    const member = { householdId, userId: body.userId, relation: body.relation, isAdult: body.isAdult ?? true };
    try {
      await this.transactions.run(async (manager) => {
        await manager.insert(HouseholdMember, { id: newId(), ...member });
        // INSERT IGNORE: the person may already be a resident there (another household, a retry).
        await manager
          .createQueryBuilder()
          .insert()
          .into(RoleGrant)
          .values({ id: newId(), userId: body.userId, role: Role.Resident, placeId: household.communityId, grantedBy: actorId })
          .orIgnore()
          .execute();
        await this.audit.record(manager, {
          actorId,
          action: 'household.member.add',
          targetType: 'household',
          targetId: householdId,
          placeId: household.communityId,
          after: member,
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Already a member (a retried request): report the membership as it stands.
      const existing = await this.dataSource.getRepository(HouseholdMember).findOneOrFail({ where: { householdId, userId: body.userId } });
      return { householdId, userId: existing.userId, relation: existing.relation, isAdult: existing.isAdult };
    }
    return member;
  }

  /** The people of a household, adults first, by name. */
  async members(householdId: string): Promise<HouseholdResidentDto[]> {
    const rows = await this.dataSource
      .getRepository(HouseholdMember)
      .createQueryBuilder('m')
      .innerJoin(User, 'u', 'u.id = m.userId')
      .select('m.userId', 'userId')
      .addSelect('u.displayName', 'displayName')
      .addSelect('m.relation', 'relation')
      .addSelect('m.isAdult', 'isAdult')
      .where('m.householdId = :householdId', { householdId })
      .orderBy('m.isAdult', 'DESC')
      .addOrderBy('u.displayName', 'ASC')
      .getRawMany<{ userId: string; displayName: string; relation: HouseholdRelation; isAdult: number | boolean }>();
    return rows.map((r) => ({ userId: r.userId, displayName: r.displayName, relation: r.relation, isAdult: Boolean(r.isAdult) }));
  }

  /** A building's flats by label, nothing private (owners and areas stay with those who keep them). */
  async flats(place: ScopedPlace): Promise<FlatView[]> {
    if (place.level !== PlaceLevel.Building) throw new DomainError('VALIDATION_FAILED', undefined, '请选择一栋楼来查看房屋');
    const rows = await this.dataSource
      .getRepository(Household)
      .find({ select: { id: true, label: true }, where: { buildingId: place.id }, order: { label: 'ASC' }, take: MAX_FLATS });
    return rows.map((h) => ({ id: h.id, label: h.label }));
  }

  private async householdScope(place: ScopedPlace) {
    switch (place.level) {
      case PlaceLevel.Community:
        return { communityId: place.id };
      case PlaceLevel.Building:
        return { buildingId: place.id };
      case PlaceLevel.Grid: {
        const buildings = await this.dataSource.getRepository(Place).find({ select: { id: true }, where: { parentId: place.id } });
        return { buildingId: In(buildings.map((b) => b.id)) };
      }
      default:
        throw new DomainError('VALIDATION_FAILED', undefined, '请选择一个社区、网格或楼栋来查看住户');
    }
  }

  private async ownersOf(households: Household[]): Promise<Map<string, Owner>> {
    const ids = [...new Set(households.map((h) => h.ownerId).filter((id): id is string => !!id))];
    if (ids.length === 0) return new Map();
    const owners = await this.dataSource.getRepository(Owner).find({ where: { id: In(ids) } });
    return new Map(owners.map((o) => [o.id, o]));
  }
}

function toPlaceView(place: Place): PlaceView {
  return { id: place.id, name: place.name, level: place.level, parentId: place.parentId };
}

function toHouseholdView(household: Household, owner: Owner | undefined): HouseholdView {
  return {
    id: household.id,
    label: household.label,
    buildingId: household.buildingId,
    communityId: household.communityId,
    area: formatAreaHundredths(household.areaHundredths),
    ownerName: owner?.name ?? null,
    ownerKind: owner?.kind ?? null,
  };
}
