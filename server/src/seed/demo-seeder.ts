import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { childPath, HouseholdRelation, OwnerKind, PlaceLevel, PointsSource, RegistrationStatus, Role, shanghaiDateOf } from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { BallotElector } from '../deliberation/ballot-elector.entity';
import { BallotOption } from '../deliberation/ballot-option.entity';
import { BallotParticipation } from '../deliberation/ballot-participation.entity';
import { BallotVote } from '../deliberation/ballot-vote.entity';
import { Ballot } from '../deliberation/ballot.entity';
import { Decision } from '../deliberation/decision.entity';
import { DecisionMilestone } from '../deliberation/decision-milestone.entity';
import { DecisionUpdate } from '../deliberation/decision-update.entity';
import { TopicComment } from '../deliberation/topic-comment.entity';
import { Topic } from '../deliberation/topic.entity';
import { User } from '../identity/user.entity';
import { Household } from '../places/household.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { HouseholdOwner } from '../places/household-owner.entity';
import { Owner } from '../places/owner.entity';
import { Place } from '../places/place.entity';
import { addEntries } from '../points/points-balances';
import { PointsEntry } from '../points/points-entry.entity';
import { Post } from '../posts/post.entity';
import { PostEvent } from '../posts/post-event.entity';
import { PostShift } from '../posts/post-shift.entity';
import { ShiftClaim } from '../posts/shift-claim.entity';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { UnitRegistration } from '../reporting/unit-registration.entity';
import { WorkUnit } from '../reporting/work-unit.entity';
import { RoleGrant } from '../roles/role-grant.entity';
import { Wish } from '../wishes/wish.entity';
import { WishClaim } from '../wishes/wish-claim.entity';
import { WishEvent } from '../wishes/wish-event.entity';
import {
  BUILDINGS_PER_GRID,
  DEMO_DISTRICT,
  DEMO_STREETS,
  DEMO_USERS,
  DEVELOPER,
  FLOORS,
  flatArea,
  GRIDS_PER_COMMUNITY,
  MULTI_OWNER,
  ownerName,
  UNITS,
} from './demo-city';
import { demoDeliberation } from './demo-deliberation';
import { demoPosts } from './demo-posts';
import { demoReporting } from './demo-reporting';
import { demoWishes } from './demo-wishes';

/** Seeds the demo city into an empty database: at boot on the embedded database, or by `pnpm seed`. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const enabled = this.config.SEED_DEMO ?? this.config.databaseKind === 'sqlite';
    if (enabled) await this.seedIfEmpty();
  }

  /** Returns whether it seeded. */
  async seedIfEmpty(): Promise<boolean> {
    if ((await this.dataSource.getRepository(Place).count()) > 0) return false;
    try {
      // All or nothing: a half-seeded city would be worse than none. The fixed district id makes
      // a second instance seeding at the same moment fail on the primary key and roll back.
      await this.transactions.run((manager) => this.seed(manager));
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
    this.logger.log(`seeded the demo city (${DEMO_USERS.length} demo users)`);
    return true;
  }

  private async seed(manager: EntityManager): Promise<void> {
    const places = new PlaceBook();
    const district = places.add(DEMO_DISTRICT.name, PlaceLevel.District, null, DEMO_DISTRICT.id);
    const households: Household[] = [];
    const owners: Owner[] = [];
    const developer: Owner = { id: newId(), kind: OwnerKind.Developer, name: DEVELOPER.name, userId: null } as Owner;
    const multiOwner: Owner = { id: newId(), kind: OwnerKind.Person, name: MULTI_OWNER.name, userId: null } as Owner;
    owners.push(developer, multiOwner);

    for (const street of DEMO_STREETS) {
      const streetPlace = places.add(street.name, PlaceLevel.Street, district);
      for (const communityName of street.communities) {
        const community = places.add(communityName, PlaceLevel.Community, streetPlace);
        let buildingNumber = 0;
        for (const gridName of GRIDS_PER_COMMUNITY) {
          const grid = places.add(gridName, PlaceLevel.Grid, community, undefined, `${communityName}/${gridName}`);
          for (let b = 0; b < BUILDINGS_PER_GRID; b++) {
            const buildingName = `${++buildingNumber}号楼`;
            const building = places.add(buildingName, PlaceLevel.Building, grid, undefined, `${communityName}/${buildingName}`);
            for (const unit of UNITS) {
              for (const floor of FLOORS) {
                const label = `${unit} ${floor}01`;
                const index = households.length;
                const owner = this.ownerOf(communityName, buildingName, unit, label, developer, multiOwner, owners, index);
                households.push({
                  id: newId(),
                  buildingId: building.id,
                  communityId: community.id,
                  label,
                  areaHundredths: flatArea(index),
                  ownerId: owner.id,
                } as Household);
              }
            }
          }
        }
      }
    }

    const users: User[] = [];
    const members: HouseholdMember[] = [];
    const grants: RoleGrant[] = [];
    const entries: PointsEntry[] = [];
    for (const demo of DEMO_USERS) {
      const user = {
        id: newId(),
        openid: null,
        unionid: null,
        displayName: demo.name,
        avatarUrl: null,
        phone: demo.phone,
        careMode: false,
        homeHouseholdId: null,
        demoLabel: demo.label,
      } as User;
      users.push(user);
      if (demo.home) {
        const building = places.byKey(`${demo.home.community}/${demo.home.building}`);
        const household = households.find((h) => h.buildingId === building.id && h.label === demo.home!.flat);
        if (!household) throw new Error(`demo flat missing: ${JSON.stringify(demo.home)}`);
        user.homeHouseholdId = household.id;
        members.push({
          id: newId(),
          householdId: household.id,
          userId: user.id,
          relation: demo.home.relation,
          isAdult: demo.home.adult ?? true,
        } as HouseholdMember);
        grants.push({ id: newId(), userId: user.id, role: Role.Resident, placeId: household.communityId, grantedBy: null } as RoleGrant);
        if (demo.home.relation === HouseholdRelation.Owner) {
          const owner = owners.find((o) => o.id === household.ownerId)!;
          owner.userId = user.id;
          owner.name = demo.name;
        }
      }
      for (const grant of demo.grants) {
        grants.push({ id: newId(), userId: user.id, role: grant.role, placeId: places.byKey(grant.place).id, grantedBy: null } as RoleGrant);
      }
      const community = demo.home ? places.byKey(demo.home.community) : null;
      (demo.points ?? []).forEach((award, i) => {
        entries.push({
          id: newId(),
          userId: user.id,
          communityId: community!.id,
          amount: award.amount,
          reason: award.reason,
          sourceType: PointsSource.ManualAward,
          sourceId: `demo-${users.length}-${i}`,
          reversesEntryId: null,
          createdBy: null,
        } as PointsEntry);
      });
    }

    await manager.insert(Place, places.all);
    await insertInChunks(manager, Owner, owners);
    await insertInChunks(manager, Household, households);
    // Each flat's owner as its first ownership period (the register keeps transfers from here).
    const since = shanghaiDateOf(new Date());
    const periods = households.map(
      (h) => ({ id: newId(), householdId: h.id, ownerId: h.ownerId!, position: 0, validFrom: since, validTo: null, live: 1 }) as HouseholdOwner,
    );
    await insertInChunks(manager, HouseholdOwner, periods);
    await manager.insert(User, users);
    await manager.insert(HouseholdMember, members);
    await manager.insert(RoleGrant, grants);
    await manager.insert(PointsEntry, entries);

    const byName = new Map(users.map((u) => [u.displayName, u]));
    const homes = new Map(members.map((m) => [m.userId, households.find((h) => h.id === m.householdId)!]));
    const communities = new Map(places.all.filter((p) => p.level === PlaceLevel.Community).map((p) => [p.name, p]));
    const secretaries = new Map(grants.filter((g) => g.role === Role.Secretary).map((g) => [g.placeId, users.find((u) => u.id === g.userId)!]));
    const reporting = demoReporting(byName, homes, communities, secretaries);
    await manager.insert(WorkUnit, reporting.units);
    await manager.insert(UnitRegistration, reporting.unitRegistrations);
    await manager.insert(MemberRegistration, reporting.memberRegistrations);

    const wishes = demoWishes(byName, homes, new Map(places.all.map((p) => [p.id, p])), secretaries);
    await manager.insert(Wish, wishes.wishes);
    await manager.insert(WishClaim, wishes.claims);
    await manager.insert(WishEvent, wishes.events);
    await manager.insert(PointsEntry, wishes.points);

    const posts = demoPosts(byName, communities, reporting.units);
    await manager.insert(Post, posts.posts);
    await manager.insert(PostShift, posts.shifts);
    await manager.insert(ShiftClaim, posts.claims);
    await manager.insert(PostEvent, posts.events);
    await manager.insert(PointsEntry, posts.points);

    const deliberation = await demoDeliberation(manager, byName, new Map(places.all.map((p) => [p.id, p])), secretaries);
    await manager.insert(Topic, deliberation.topics);
    await manager.insert(TopicComment, deliberation.comments);
    await manager.insert(Ballot, deliberation.ballots);
    await manager.insert(BallotOption, deliberation.options);
    await insertInChunks(manager, BallotElector, deliberation.electors);
    await manager.insert(BallotParticipation, deliberation.participations);
    await manager.insert(BallotVote, deliberation.votes);
    await manager.insert(Decision, deliberation.decisions);
    await manager.insert(DecisionMilestone, deliberation.milestones);
    await manager.insert(DecisionUpdate, deliberation.updates);
    await manager.insert(PointsEntry, deliberation.points);
    // The balances the rankings read are the ledger summed: every entry seeded above, and for the
    // unit of the member's approved registration in that community.
    const unitOf = new Map(
      reporting.memberRegistrations.filter((r) => r.status === RegistrationStatus.Approved).map((r) => [`${r.userId}|${r.communityId}`, r.unitId]),
    );
    for (const entry of await manager.find(PointsEntry, { select: { id: true, communityId: true, userId: true, amount: true, createdAt: true } })) {
      addEntries(manager, [entry], unitOf.get(`${entry.userId}|${entry.communityId}`) ?? null);
    }
  }

  private ownerOf(
    community: string,
    building: string,
    unit: string,
    label: string,
    developer: Owner,
    multiOwner: Owner,
    owners: Owner[],
    index: number,
  ): Owner {
    if (community === DEVELOPER.community && building === DEVELOPER.building && unit === DEVELOPER.unit) return developer;
    if (community === MULTI_OWNER.community && MULTI_OWNER.flats.some(([b, l]) => b === building && l === label)) return multiOwner;
    const owner = { id: newId(), kind: OwnerKind.Person, name: ownerName(index), userId: null } as Owner;
    owners.push(owner);
    return owner;
  }
}

/** Builds the tree with materialised paths, and finds places by name or "community/child" key. */
class PlaceBook {
  readonly all: Place[] = [];
  private readonly keys = new Map<string, Place>();

  add(name: string, level: PlaceLevel, parent: Place | null, id = newId(), key = name): Place {
    const place = { id, name, level, parentId: parent?.id ?? null, path: childPath(parent?.path ?? null, id) } as Place;
    this.all.push(place);
    this.keys.set(key, place);
    return place;
  }

  byKey(key: string): Place {
    const place = this.keys.get(key);
    if (!place) throw new Error(`demo place missing: ${key}`);
    return place;
  }
}

async function insertInChunks<T extends object>(manager: EntityManager, entity: new () => T, rows: T[], size = 100): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await manager.insert(entity, rows.slice(i, i + size));
}
