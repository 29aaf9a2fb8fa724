import { Injectable } from '@nestjs/common';
import { PlaceLevel, ScopeKind, ScopeView } from '@linli/shared';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { Household } from '../places/household.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { Place } from '../places/place.entity';
import { ScopeInputDto } from './dto/scope-input.dto';
import { TopicHousehold } from './topic-household.entity';

/** A scope checked against its community: a place of it, or households of it. */
export interface ResolvedScope {
  communityId: string;
  kind: ScopeKind;
  place: Pick<Place, 'id' | 'name' | 'level'> | null;
  householdIds: string[] | null;
}

const SCOPE_LEVELS: readonly PlaceLevel[] = [PlaceLevel.Community, PlaceLevel.Grid, PlaceLevel.Building];
const CHUNK = 1000;

/** Who a topic or a ballot concerns, and who lives there. */
@Injectable()
export class DeliberationScopes {
  constructor(private readonly dataSource: DataSource) {}

  /** Checks a requested scope lies inside the community; unknown or outside places and households are one clear error. */
  async resolve(community: ScopedPlace, input: ScopeInputDto): Promise<ResolvedScope> {
    const hasPlace = input.placeId !== undefined;
    const hasHouseholds = input.householdIds !== undefined;
    if (hasPlace === hasHouseholds) throw new DomainError('TOPIC_SCOPE_INVALID');
    if (hasPlace) {
      const place = await this.dataSource
        .getRepository(Place)
        .findOne({ select: { id: true, name: true, level: true, path: true }, where: { id: input.placeId! } });
      if (!place || !SCOPE_LEVELS.includes(place.level) || !place.path.startsWith(community.path)) throw new DomainError('TOPIC_SCOPE_INVALID');
      return { communityId: community.id, kind: ScopeKind.Place, place: { id: place.id, name: place.name, level: place.level }, householdIds: null };
    }
    const ids = [...new Set(input.householdIds)];
    let found = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      found += await this.dataSource.getRepository(Household).count({ where: { id: In(ids.slice(i, i + CHUNK)), communityId: community.id } });
    }
    if (found !== ids.length) throw new DomainError('TOPIC_SCOPE_INVALID');
    return { communityId: community.id, kind: ScopeKind.Households, place: null, householdIds: ids };
  }

  /** A topic's scope as it was stored. */
  async ofTopic(
    topic: { id: string; communityId: string; scopeKind: ScopeKind; scopePlaceId: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ResolvedScope> {
    if (topic.scopeKind === ScopeKind.Place) {
      const place = await manager.getRepository(Place).findOneOrFail({ select: { id: true, name: true, level: true }, where: { id: topic.scopePlaceId! } });
      return { communityId: topic.communityId, kind: ScopeKind.Place, place, householdIds: null };
    }
    const rows = await manager.getRepository(TopicHousehold).find({ select: { householdId: true }, where: { topicId: topic.id } });
    return { communityId: topic.communityId, kind: ScopeKind.Households, place: null, householdIds: rows.map((r) => r.householdId) };
  }

  /** The households (exclusive units) in a scope, with what a roll needs of them. */
  async households(scope: ResolvedScope, manager: EntityManager = this.dataSource.manager): Promise<Household[]> {
    const select = { id: true, label: true, buildingId: true, areaHundredths: true, ownerId: true } as const;
    if (scope.kind === ScopeKind.Households) {
      const rows: Household[] = [];
      for (let i = 0; i < scope.householdIds!.length; i += CHUNK) {
        rows.push(...(await manager.getRepository(Household).find({ select, where: { id: In(scope.householdIds!.slice(i, i + CHUNK)) } })));
      }
      return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
    }
    const query = this.inPlace(manager.getRepository(Household).createQueryBuilder('h'), scope)
      .select(['h.id', 'h.label', 'h.buildingId', 'h.areaHundredths', 'h.ownerId'])
      .orderBy('h.id');
    return query.getMany();
  }

  /** Whether the user is a member of a household in the scope. */
  async livesIn(userId: string, scope: ResolvedScope): Promise<boolean> {
    const query = this.dataSource
      .getRepository(Household)
      .createQueryBuilder('h')
      .innerJoin(HouseholdMember, 'm', 'm.householdId = h.id AND m.userId = :userId', { userId });
    if (scope.kind === ScopeKind.Households) {
      const mine = await query.select('h.id', 'id').andWhere('h.communityId = :communityId', { communityId: scope.communityId }).getRawMany<{ id: string }>();
      const inScope = new Set(scope.householdIds);
      return mine.some((row) => inScope.has(row.id));
    }
    return (await this.inPlace(query, scope).getCount()) > 0;
  }

  /** How a scope reads: "东湖社区（全社区）", "3号楼", "12 户". */
  view(kind: ScopeKind, place: Pick<Place, 'id' | 'name' | 'level'> | null, householdCount: number | null): ScopeView {
    if (kind === ScopeKind.Households) return { kind, place: null, householdCount, label: `${householdCount ?? 0} 户` };
    return {
      kind,
      place: { id: place!.id, name: place!.name, level: place!.level },
      householdCount: null,
      label: place!.level === PlaceLevel.Community ? `${place!.name}（全社区）` : place!.name,
    };
  }

  /** The scope view of a stored topic or ballot without loading its households. */
  async storedView(kind: ScopeKind, placeId: string | null, householdCount: number | null): Promise<ScopeView> {
    const place = placeId
      ? await this.dataSource.getRepository(Place).findOneOrFail({ select: { id: true, name: true, level: true }, where: { id: placeId } })
      : null;
    return this.view(kind, place, householdCount);
  }

  private inPlace<T extends object>(query: SelectQueryBuilder<T>, scope: ResolvedScope): SelectQueryBuilder<T> {
    const place = scope.place!;
    query.andWhere('h.communityId = :communityId', { communityId: scope.communityId });
    if (place.level === PlaceLevel.Building) query.andWhere('h.buildingId = :buildingId', { buildingId: place.id });
    if (place.level === PlaceLevel.Grid) {
      query.andWhere(`h.buildingId IN (SELECT b.id FROM place b WHERE b.parent_id = :gridId)`, { gridId: place.id });
    }
    return query;
  }
}
