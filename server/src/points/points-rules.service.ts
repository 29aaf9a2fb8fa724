import { Injectable } from '@nestjs/common';
import { DEFAULT_POINTS_RULES, DEFAULT_WISH_RULES, PlaceLevel, PointsRules, PointsRulesView } from '@linli/shared';
import { DomainError } from '../common/errors/domain-error';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopedPlace } from '../common/access/access.service';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../identity/user.entity';
import { CommunityWishSettings } from '../wishes/community-wish-settings.entity';
import { CommunityPointsRules } from './community-points-rules.entity';

/** 积分规则: the default rate for new posts and the daily cap on points earned by taking part. */
@Injectable()
export class PointsRulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The rules in force; pass the transaction's manager to read inside it. */
  async rulesOf(communityId: string, manager: EntityManager = this.dataSource.manager): Promise<PointsRules> {
    const own = await manager.getRepository(CommunityPointsRules).findOne({ where: { communityId } });
    return own ? { pointsPerHour: own.pointsPerHour, dailyCap: own.dailyCap } : { ...DEFAULT_POINTS_RULES };
  }

  async view(communityId: string): Promise<PointsRulesView> {
    const [own, wishRules] = await Promise.all([
      this.dataSource.getRepository(CommunityPointsRules).findOne({ where: { communityId } }),
      this.dataSource.getRepository(CommunityWishSettings).findOne({ select: { pointsPerWish: true }, where: { communityId } }),
    ]);
    const pointsPerWish = wishRules?.pointsPerWish ?? DEFAULT_WISH_RULES.pointsPerWish;
    if (!own) return { communityId, ...DEFAULT_POINTS_RULES, pointsPerWish, updatedAt: null, updatedByName: null };
    const editor = await this.dataSource.getRepository(User).findOne({ select: { displayName: true }, where: { id: own.updatedBy } });
    return {
      communityId,
      pointsPerHour: own.pointsPerHour,
      dailyCap: own.dailyCap,
      pointsPerWish,
      updatedAt: own.updatedAt.toISOString(),
      updatedByName: editor?.displayName ?? null,
    };
  }

  /**
   * Sets both rules at once (PUT: a retry writes the same values again); the upsert and its audit
   * record share a transaction. A new cap applies to credits from now on: nothing earned is taken back, and what was earned
   * earlier the same day while there was no cap does not count towards it.
   */
  async update(actorId: string, community: ScopedPlace, rules: PointsRules): Promise<PointsRulesView> {
    if (community.level !== PlaceLevel.Community) throw new DomainError('PLACE_NOT_FOUND', undefined, '积分规则只能定在社区上');
    const next: PointsRules = { pointsPerHour: rules.pointsPerHour, dailyCap: rules.dailyCap ?? null };
    await this.transactions.run(async (manager) => {
      const before = await this.rulesOf(community.id, manager);
      await manager.upsert(CommunityPointsRules, { communityId: community.id, ...next, updatedBy: actorId }, ['communityId']);
      await this.audit.record(manager, {
        actorId,
        action: 'points.rules.update',
        targetType: 'community',
        targetId: community.id,
        placeId: community.id,
        before,
        after: next,
      });
    });
    return this.view(community.id);
  }
}
