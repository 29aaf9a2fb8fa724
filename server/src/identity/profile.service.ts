import { Injectable } from '@nestjs/common';
import { communityIdOnPath, maskPhone, MeView, MyHouseholdView, PlaceLevel, PlaceRef } from '@linli/shared';
import { DataSource, EntityManager, In, Like } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ContentCheck, ContentScene } from '../content-safety/content-check.service';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { Household } from '../places/household.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { Place } from '../places/place.entity';
import { toPlaceRef } from '../places/place-views';
import { RoleGrant } from '../roles/role-grant.entity';
import { UpdateProfileDto } from './dto/identity.dto';
import { User } from './user.entity';

/** The signed-in user's own view of themselves: profile, households, roles, communities. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly contentCheck: ContentCheck,
  ) {}

  async me(userId: string, manager: EntityManager = this.dataSource.manager): Promise<MeView> {
    const user = await manager.findOne(User, { where: { id: userId } });
    if (!user) throw new DomainError('AUTH_USER_NOT_FOUND');
    const [households, grants] = await Promise.all([this.households(manager, userId), this.grants(manager, userId)]);
    const roles = grants.map(({ grant, place }) => ({
      id: grant.id,
      userId: grant.userId,
      role: grant.role,
      place: toPlaceRef(place),
      grantedAt: grant.createdAt.toISOString(),
    }));
    const communities = await this.communities(
      manager,
      households,
      grants.map((g) => g.place),
    );
    return {
      id: user.id,
      displayName: user.displayName,
      avatarUrl: user.avatarUrl,
      phoneMasked: maskPhone(user.phone),
      careMode: user.careMode,
      homeHouseholdId: user.homeHouseholdId,
      households,
      roles,
      communities,
    };
  }

  async update(userId: string, changes: UpdateProfileDto): Promise<MeView> {
    // Neighbours see the name on comments and claims, and nobody reviews it first.
    await this.contentCheck.text([{ field: 'displayName', label: '昵称', text: changes.displayName }], { userId, scene: ContentScene.Profile });
    // The profile change and its audit record are one transaction: no change goes unrecorded.
    return this.transactions.run(async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId } });
      if (!user) throw new DomainError('AUTH_USER_NOT_FOUND');
      if (changes.homeHouseholdId) {
        const membership = await manager.count(HouseholdMember, { where: { userId, householdId: changes.homeHouseholdId } });
        if (membership === 0) throw new DomainError('HOUSEHOLD_NOT_YOURS');
      }
      const patch: Partial<User> = {};
      for (const key of ['displayName', 'avatarUrl', 'phone', 'homeHouseholdId', 'careMode'] as const) {
        if (changes[key] !== undefined) (patch as Record<string, unknown>)[key] = changes[key];
      }
      if (Object.keys(patch).length > 0) {
        await manager.update(User, { id: userId }, patch);
        await this.audit.record(manager, {
          actorId: userId,
          action: 'user.profile.update',
          targetType: 'user',
          targetId: userId,
          before: auditView(user, patch),
          after: auditView({ ...user, ...patch }, patch),
        });
      }
      return this.me(userId, manager);
    });
  }

  private async households(manager: EntityManager, userId: string): Promise<MyHouseholdView[]> {
    const memberships = await manager.find(HouseholdMember, { where: { userId }, order: { createdAt: 'ASC' } });
    if (memberships.length === 0) return [];
    const households = await manager.find(Household, { where: { id: In(memberships.map((m) => m.householdId)) } });
    const placeIds = households.flatMap((h) => [h.buildingId, h.communityId]);
    const places = new Map((await manager.find(Place, { where: { id: In(placeIds) } })).map((p) => [p.id, p]));
    const byId = new Map(households.map((h) => [h.id, h]));
    return memberships.flatMap((m) => {
      const household = byId.get(m.householdId);
      const building = household && places.get(household.buildingId);
      const community = household && places.get(household.communityId);
      if (!household || !building || !community) return [];
      return [{ householdId: household.id, label: household.label, relation: m.relation, building: toPlaceRef(building), community: toPlaceRef(community) }];
    });
  }

  private async grants(manager: EntityManager, userId: string): Promise<{ grant: RoleGrant; place: Place }[]> {
    const grants = await manager.find(RoleGrant, { where: { userId }, order: { createdAt: 'ASC' } });
    if (grants.length === 0) return [];
    const places = new Map((await manager.find(Place, { where: { id: In(grants.map((g) => g.placeId)) } })).map((p) => [p.id, p]));
    return grants.flatMap((grant) => {
      const place = places.get(grant.placeId);
      return place ? [{ grant, place }] : [];
    });
  }

  /** Communities reached by a household, by a grant on or below a community, or below a street/district grant. */
  private async communities(manager: EntityManager, households: MyHouseholdView[], grantPlaces: Place[]): Promise<PlaceRef[]> {
    const ids = new Set(households.map((h) => h.community.id));
    const wider: Place[] = [];
    for (const place of grantPlaces) {
      const communityId = communityIdOnPath(place.path);
      if (communityId) ids.add(communityId);
      else wider.push(place);
    }
    const below = await Promise.all(wider.map((place) => manager.find(Place, { where: { level: PlaceLevel.Community, path: Like(`${place.path}%`) } })));
    const found = ids.size > 0 ? await manager.find(Place, { where: { id: In([...ids]) } }) : [];
    const all = new Map([...found, ...below.flat()].map((p) => [p.id, p]));
    return [...all.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh')).map(toPlaceRef);
  }
}

/** The audit keeps which fields changed; the phone number itself only masked. */
function auditView(user: Partial<User>, patch: Partial<User>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(patch).map((key) => [key, key === 'phone' ? maskPhone(user.phone) : (user as Record<string, unknown>)[key]]));
}
