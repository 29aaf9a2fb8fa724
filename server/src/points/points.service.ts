import { Injectable } from '@nestjs/common';
import { PlaceLevel, PointsEntryView, PointsSource, Role } from '@linli/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { claimIdempotencyKey, fingerprintOf } from '../common/idempotency/idempotency-keys';
import { decodeCursor, pageOf } from '../common/http/page';
import { ContentCheck, ContentScene } from '../content-safety/content-check.service';
import { TransactionRunner } from '../database/transaction-runner';
import { AwardPointsDto } from './dto/points.dto';
import { PointsEntry } from './points-entry.entity';
import { PointsLedger, toEntryView } from './points-ledger.service';

/** Manual awards' idempotency keys (the migration's backfill uses the same name). */
const AWARD_KEY_SCOPE = 'points.award';

/** People who earn points in a community. */
const EARNERS = [Role.Resident, Role.PartyMember, Role.GridWorker];

/** Secretaries' manual awards and reversals; every job credits through PointsLedger directly. */
@Injectable()
export class PointsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly ledger: PointsLedger,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly contentCheck: ContentCheck,
  ) {}

  async award(actorId: string, community: ScopedPlace, body: AwardPointsDto): Promise<PointsEntryView> {
    if (community.level !== PlaceLevel.Community) throw new DomainError('PLACE_NOT_FOUND', undefined, '积分只能记在社区上');
    if (!(await this.access.holdsAnyRoleOver(body.userId, EARNERS, community))) throw new DomainError('POINTS_MEMBER_NOT_IN_COMMUNITY');
    await this.contentCheck.text([{ field: 'reason', label: '原因', text: body.reason }], { userId: actorId, scene: ContentScene.Comment });
    // The key is claimed first, in the credit's transaction: the same key for another member,
    // amount or reason is refused before anything is credited, however the requests interleave.
    const fingerprint = fingerprintOf([community.id, body.userId, body.amount, body.reason]);
    // The credit and its audit record commit together; a replay finds the entry and writes nothing.
    const { entry } = await this.transactions.run(async (manager) => {
      await claimIdempotencyKey(manager, AWARD_KEY_SCOPE, body.idempotencyKey, fingerprint);
      const result = await this.ledger.credit(manager, {
        userId: body.userId,
        communityId: community.id,
        amount: body.amount,
        reason: body.reason,
        sourceType: PointsSource.ManualAward,
        sourceId: body.idempotencyKey,
        createdBy: actorId,
      });
      if (result.created) {
        await this.audit.record(manager, {
          actorId,
          action: 'points.award',
          targetType: 'points_entry',
          targetId: result.entry.id,
          placeId: community.id,
          after: toEntryView(result.entry),
        });
      }
      return result;
    });
    return toEntryView(entry);
  }

  /** A reversal is a new negative entry; the unique key allows one reversal per entry. */
  async reverse(actorId: string, entryId: string, reason: string): Promise<PointsEntryView> {
    const original = await this.dataSource.getRepository(PointsEntry).findOne({ where: { id: entryId } });
    if (!original) throw new DomainError('POINTS_ENTRY_NOT_FOUND');
    if (original.sourceType === PointsSource.Reversal) throw new DomainError('POINTS_REVERSAL_OF_REVERSAL');
    await this.contentCheck.text([{ field: 'reason', label: '原因', text: reason }], { userId: actorId, scene: ContentScene.Comment });
    const { entry } = await this.transactions.run(async (manager) => {
      const result = await this.ledger.credit(manager, {
        userId: original.userId,
        communityId: original.communityId,
        amount: -original.amount,
        reason,
        sourceType: PointsSource.Reversal,
        sourceId: original.id,
        createdBy: actorId,
        reversesEntryId: original.id,
      });
      if (result.created) {
        await this.audit.record(manager, {
          actorId,
          action: 'points.reverse',
          targetType: 'points_entry',
          targetId: result.entry.id,
          placeId: original.communityId,
          before: toEntryView(original),
          after: toEntryView(result.entry),
        });
      }
      return result;
    });
    return toEntryView(entry);
  }

  async history(
    userId: string,
    communityId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<{ items: PointsEntryView[]; nextCursor: string | null }> {
    const rows = await this.ledger.history(userId, communityId, decodeCursor(cursor), limit);
    const page = pageOf(rows, limit, (e) => e.id);
    return { items: page.items.map(toEntryView), nextCursor: page.nextCursor };
  }

  async summary(userId: string, communityId: string) {
    const [balance, recent] = await Promise.all([this.ledger.balance(userId, communityId), this.ledger.recent(userId, communityId)]);
    return { userId, communityId, balance, recent };
  }
}
