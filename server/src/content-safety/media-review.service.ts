import { Injectable } from '@nestjs/common';
import { LIMITS, MediaCheckStatus, MediaCheckView } from '@linli/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, pageOf } from '../common/http/page';
import { TransactionRunner } from '../database/transaction-runner';
import { displayNamesOf } from '../identity/display-names';
import { SignedUrls } from '../storage/signed-urls';
import { ContentCheck, ContentScene } from './content-check.service';
import { MediaCheckQueryDto, MediaReviewDto } from './dto/content-safety.dto';
import { MediaCheck } from './media-check.entity';

/** States a person may still pass an image from; refusing is possible from any state but refused. */
const PASSABLE = [MediaCheckStatus.AwaitingReview, MediaCheckStatus.Checking];

/**
 * The secretary's side of image checks: the images of the community waiting for a person (WeChat
 * could not check them, or was unsure), and passing or refusing them by hand. A photo stuck in
 * "checking" (a verdict that never arrived) can be passed by hand too; WeChat's later "risky" still wins.
 */
@Injectable()
export class MediaReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly urls: SignedUrls,
    private readonly contentCheck: ContentCheck,
  ) {}

  /** Oldest first, like every review queue. */
  async queue(community: ScopedPlace, query: MediaCheckQueryDto): Promise<{ items: MediaCheckView[]; nextCursor: string | null }> {
    const limit = query.limit ?? LIMITS.pageSizeDefault;
    const q = this.dataSource
      .getRepository(MediaCheck)
      .createQueryBuilder('m')
      .where('m.communityId = :communityId AND m.status = :status', { communityId: community.id, status: query.status ?? MediaCheckStatus.AwaitingReview })
      .orderBy('m.id', 'ASC')
      .take(limit + 1);
    const after = decodeCursor(query.cursor);
    if (after) q.andWhere('m.id > :after', { after });
    const page = pageOf(await q.getMany(), limit, (m) => m.id);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  async review(actorId: string, id: string, body: MediaReviewDto): Promise<MediaCheckView> {
    const check = await this.require(id);
    if (!body.pass) await this.contentCheck.text([{ field: 'reason', label: '原因', text: body.reason }], { userId: actorId, scene: ContentScene.Comment });
    // The decision and its audit line commit together; the conditional UPDATE decides once.
    await this.transactions.run(async (manager) => {
      const query = manager.createQueryBuilder().update(MediaCheck).where('id = :id', { id });
      if (body.pass) {
        query.set({ status: MediaCheckStatus.Passed, decidedBy: actorId, decidedAt: new Date() }).andWhere('status IN (:...passable)', { passable: PASSABLE });
      } else {
        query
          .set({ status: MediaCheckStatus.Refused, decidedBy: actorId, decidedAt: new Date(), reason: body.reason! })
          .andWhere('status <> :refused', { refused: MediaCheckStatus.Refused });
      }
      if ((await query.execute()).affected !== 1) throw new DomainError('MEDIA_CHECK_DECIDED');
      await this.audit.record(manager, {
        actorId,
        action: body.pass ? 'content.media.pass' : 'content.media.refuse',
        targetType: check.kind,
        targetId: id,
        placeId: check.communityId,
        before: { status: check.status },
        after: body.pass ? undefined : { reason: body.reason },
      });
    });
    return (await this.views([await this.require(id)]))[0];
  }

  private async require(id: string): Promise<MediaCheck> {
    const check = id.length <= 64 ? await this.dataSource.getRepository(MediaCheck).findOne({ where: { id } }) : null;
    if (!check) throw new DomainError('MEDIA_CHECK_NOT_FOUND');
    return check;
  }

  private async views(checks: MediaCheck[]): Promise<MediaCheckView[]> {
    if (checks.length === 0) return [];
    const names = await displayNamesOf(
      this.dataSource,
      checks.map((c) => c.uploadedBy),
    );
    return checks.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      url: this.urls.sign(c.contentPath),
      uploaderName: names.get(c.uploadedBy) ?? '',
      label: c.label,
      reason: c.reason,
      createdAt: c.createdAt.toISOString(),
      decidedAt: c.decidedAt?.toISOString() ?? null,
    }));
  }
}
