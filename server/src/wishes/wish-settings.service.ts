import { Injectable } from '@nestjs/common';
import { DEFAULT_WISH_RULES, WishRules, WishSettingKey, WishSettingsView } from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopedPlace } from '../common/access/access.service';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../identity/user.entity';
import { CommunityWishSettings } from './community-wish-settings.entity';
import { UpdateWishSettingsDto } from './dto/wish-settings.dto';

const RULE_KEYS = Object.keys(DEFAULT_WISH_RULES) as WishSettingKey[];

/** 心愿规则: the value cap, deadlines and points a community's wishes follow. */
@Injectable()
export class WishSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The rules in force for a community; pass the transaction's manager to read inside it. */
  async rulesOf(communityId: string, manager: EntityManager = this.dataSource.manager): Promise<WishRules> {
    const own = await manager.getRepository(CommunityWishSettings).findOne({ where: { communityId } });
    return own ? pickRules(own) : { ...DEFAULT_WISH_RULES };
  }

  async view(community: ScopedPlace): Promise<WishSettingsView> {
    const own = await this.dataSource.getRepository(CommunityWishSettings).findOne({ where: { communityId: community.id } });
    if (!own) return { communityId: community.id, ...DEFAULT_WISH_RULES, updatedAt: null, updatedByName: null };
    const editor = await this.dataSource.getRepository(User).findOne({ select: { displayName: true }, where: { id: own.updatedBy } });
    return { communityId: community.id, ...pickRules(own), updatedAt: own.updatedAt.toISOString(), updatedByName: editor?.displayName ?? null };
  }

  /**
   * Sets all of a community's rules at once (PUT: a retry writes the same values again). The
   * upsert and its audit record share a transaction so the record exists exactly when the change does.
   * New rules apply to what happens next: deadlines already set on claimed wishes keep their dates.
   */
  async update(actorId: string, community: ScopedPlace, body: UpdateWishSettingsDto): Promise<WishSettingsView> {
    await this.transactions.run(async (manager) => {
      const before = await this.rulesOf(community.id, manager);
      const rules = pickRules({ ...body, retentionDays: body.retentionDays ?? before.retentionDays });
      await manager.upsert(CommunityWishSettings, { communityId: community.id, ...rules, updatedBy: actorId }, ['communityId']);
      await this.audit.record(manager, {
        actorId,
        action: 'wish.settings.update',
        targetType: 'community',
        targetId: community.id,
        placeId: community.id,
        before,
        after: rules,
      });
    });
    return this.view(community);
  }
}

function pickRules(source: WishRules): WishRules {
  return Object.fromEntries(RULE_KEYS.map((key) => [key, source[key]])) as WishRules;
}
