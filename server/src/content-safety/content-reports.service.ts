import { Injectable } from '@nestjs/common';
import { CONTENT_LIMITS, LIMITS, ReportedContentView, ReportedView, ReportStatus, ReportTarget } from '@linli/shared';
import { DataSource, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, pageOf } from '../common/http/page';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { ContentCheck, ContentScene } from './content-check.service';
import { ContentReport } from './content-report.entity';
import { ReportListQueryDto } from './dto/content-safety.dto';
import { ReportableItem, ReportTargets, TARGET_NOT_FOUND } from './report-targets';
import { ReportedContent } from './reported-content.entity';

/**
 * Residents report wishes and topics they can see; the secretary of the item's community lists the
 * reported items, hides one (with a reason its author sees) or dismisses the reports.
 */
@Injectable()
export class ContentReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly targets: ReportTargets,
    private readonly contentCheck: ContentCheck,
  ) {}

  /** Reporting twice counts once; a report from someone new re-opens dismissed reports. */
  async report(actorId: string, type: ReportTarget, targetId: string, reason: string | undefined): Promise<ReportedView> {
    const item = await this.targets.find(type, targetId);
    if (!item?.isPublic) throw new DomainError(TARGET_NOT_FOUND[type]);
    const now = new Date();
    try {
      // The person's report, the item's row and its count move together; the unique key on
      // (item, reporter) refuses a repeat, which rolls the whole report back.
      await this.transactions.run(async (manager) => {
        await manager.insert(ContentReport, { id: newId(), targetType: type, targetId, reporterId: actorId, reason: reason || null });
        await manager
          .createQueryBuilder()
          .insert()
          .into(ReportedContent)
          .values({ id: newId(), targetType: type, targetId, communityId: item.communityId, status: ReportStatus.Open, reportCount: 0, lastReportedAt: now })
          .orIgnore()
          .execute();
        await manager
          .createQueryBuilder()
          .update(ReportedContent)
          .set({ reportCount: () => 'report_count + 1', lastReportedAt: now })
          .where('target_type = :type AND target_id = :targetId', { type, targetId })
          .execute();
        await manager
          .createQueryBuilder()
          .update(ReportedContent)
          .set({ status: ReportStatus.Open, decidedBy: null, decidedAt: null })
          .where('target_type = :type AND target_id = :targetId AND status = :dismissed', { type, targetId, dismissed: ReportStatus.Dismissed })
          .execute();
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return { reported: true };
  }

  /** The community's reported items in one state (open by default), oldest first. */
  async list(community: ScopedPlace, query: ReportListQueryDto): Promise<{ items: ReportedContentView[]; nextCursor: string | null }> {
    const limit = query.limit ?? LIMITS.pageSizeDefault;
    const q = this.dataSource
      .getRepository(ReportedContent)
      .createQueryBuilder('r')
      .where('r.communityId = :communityId AND r.status = :status', { communityId: community.id, status: query.status ?? ReportStatus.Open })
      .orderBy('r.id', 'ASC')
      .take(limit + 1);
    const after = decodeCursor(query.cursor);
    if (after) q.andWhere('r.id > :after', { after });
    const page = pageOf(await q.getMany(), limit, (r) => r.id);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  /** Hides the item for good; its row, the item itself and the audit line commit together. */
  async hide(actorId: string, reportedId: string, reason: string): Promise<ReportedContentView> {
    const reported = await this.require(reportedId);
    await this.contentCheck.text([{ field: 'reason', label: '原因', text: reason }], { userId: actorId, scene: ContentScene.Comment });
    await this.transactions.run(async (manager) => {
      const decided = await manager
        .createQueryBuilder()
        .update(ReportedContent)
        .set({ status: ReportStatus.Hidden, decidedBy: actorId, decidedAt: new Date(), decisionReason: reason })
        .where('id = :reportedId AND status <> :hidden', { reportedId, hidden: ReportStatus.Hidden })
        .execute();
      if (decided.affected !== 1 || !(await this.targets.hide(manager, reported.targetType, reported.targetId, reason))) {
        throw new DomainError('CONTENT_ALREADY_HIDDEN');
      }
      await this.audit.record(manager, {
        actorId,
        action: 'content.hide',
        targetType: reported.targetType,
        targetId: reported.targetId,
        placeId: reported.communityId,
        before: { status: reported.status, reportCount: reported.reportCount },
        after: { reason },
      });
    });
    return (await this.views([await this.require(reportedId)]))[0];
  }

  /** Nothing wrong found: the item stays; only open reports can be dismissed. */
  async dismiss(actorId: string, reportedId: string): Promise<ReportedContentView> {
    const reported = await this.require(reportedId);
    // The decision and its audit line commit together.
    await this.transactions.run(async (manager) => {
      const decided = await manager
        .createQueryBuilder()
        .update(ReportedContent)
        .set({ status: ReportStatus.Dismissed, decidedBy: actorId, decidedAt: new Date() })
        .where('id = :reportedId AND status = :open', { reportedId, open: ReportStatus.Open })
        .execute();
      if (decided.affected !== 1) throw new DomainError('CONTENT_REPORT_DECIDED');
      await this.audit.record(manager, {
        actorId,
        action: 'content.report.dismiss',
        targetType: reported.targetType,
        targetId: reported.targetId,
        placeId: reported.communityId,
        before: { reportCount: reported.reportCount },
      });
    });
    return (await this.views([await this.require(reportedId)]))[0];
  }

  private async require(id: string): Promise<ReportedContent> {
    const reported = id.length <= 64 ? await this.dataSource.getRepository(ReportedContent).findOne({ where: { id } }) : null;
    if (!reported) throw new DomainError('CONTENT_REPORT_NOT_FOUND');
    return reported;
  }

  private async views(rows: ReportedContent[]): Promise<ReportedContentView[]> {
    if (rows.length === 0) return [];
    const items = new Map<string, ReportableItem>();
    for (const type of Object.values(ReportTarget)) {
      const ids = rows.filter((r) => r.targetType === type).map((r) => r.targetId);
      for (const item of await this.targets.findMany(type, ids)) items.set(`${type}:${item.id}`, item);
    }
    const authors = await this.targets.authorNames([...items.values()]);
    const reasons = await this.latestReasons(rows);
    return rows.map((r) => {
      const item = items.get(`${r.targetType}:${r.targetId}`);
      return {
        id: r.id,
        targetType: r.targetType,
        targetId: r.targetId,
        title: item?.title ?? '',
        excerpt: item?.excerpt ?? '',
        authorName: item ? (authors.get(item.authorId) ?? '') : '',
        reportCount: r.reportCount,
        reasons: reasons.get(`${r.targetType}:${r.targetId}`) ?? [],
        status: r.status,
        firstReportedAt: r.createdAt.toISOString(),
        lastReportedAt: r.lastReportedAt.toISOString(),
        decidedAt: r.decidedAt?.toISOString() ?? null,
        decisionReason: r.decisionReason,
      };
    });
  }

  /**
   * The latest reasons per item, newest first (reports without a reason are only counted). One
   * bounded query for the page: an item reported far more often than the rest may crowd out
   * another's older reasons, which is fine for a hint beside an exact count.
   */
  private async latestReasons(rows: ReportedContent[]): Promise<Map<string, string[]>> {
    const reports = await this.dataSource.getRepository(ContentReport).find({
      select: { targetType: true, targetId: true, reason: true },
      where: rows.map((r) => ({ targetType: r.targetType, targetId: r.targetId, reason: Not(IsNull()) })),
      order: { id: 'DESC' },
      take: rows.length * CONTENT_LIMITS.reasonsShown * 4,
    });
    const result = new Map<string, string[]>();
    for (const report of reports) {
      const key = `${report.targetType}:${report.targetId}`;
      const list = result.get(key) ?? [];
      if (list.length < CONTENT_LIMITS.reasonsShown) result.set(key, [...list, report.reason!]);
    }
    return result;
  }
}
