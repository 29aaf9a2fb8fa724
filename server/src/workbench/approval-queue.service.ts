import { Injectable, Logger } from '@nestjs/common';
import {
  APPROVER_ROLES,
  BULK_APPROVABLE_KINDS,
  BulkApprovalResultView,
  BulkApprovalView,
  ERROR_CATALOG,
  placesHeldWithin,
  QueueCountsView,
  QueueKind,
  QueuePageView,
  Role,
} from '@linli/shared';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { decodeCursor, encodeCursor } from '../common/http/page';
import { DomainError } from '../common/errors/domain-error';
import { ShiftHoursService } from '../posts/shift-hours.service';
import { MemberRegistrationsService } from '../reporting/member-registrations.service';
import { UnitRegistrationsService } from '../reporting/unit-registrations.service';
import { WishPostingService } from '../wishes/wish-posting.service';
import { QueueCursor, QueueScope, QueueSources } from './queue-sources';

const ALL_KINDS = Object.values(QueueKind);
/** What a grid worker finds in a community's queue: the wishes of their grids waiting for a confirmation in the resident's place, and their grids' join requests. */
const GRID_WORKER_KINDS = [QueueKind.WishConfirm, QueueKind.JoinRequest];
const CURSOR_ID = /^[0-9a-f-]{36}$/;

/** Whose queue a caller reads, and which kinds of work in it. */
export interface QueueViewer {
  scope: QueueScope;
  kinds: readonly QueueKind[];
}

/** The secretary's one approval queue (待办) across every job, and approving many at once where that is safe. */
@Injectable()
export class ApprovalQueueService {
  private readonly logger = new Logger(ApprovalQueueService.name);

  constructor(
    private readonly sources: QueueSources,
    private readonly wishes: WishPostingService,
    private readonly members: MemberRegistrationsService,
    private readonly units: UnitRegistrationsService,
    private readonly hours: ShiftHoursService,
    private readonly access: AccessService,
  ) {}

  /**
   * The secretary (or the admin) reads the community's whole queue; a grid worker reads only the
   * wishes of their own grids that wait for a confirmation in the resident's place.
   */
  async viewerOf(userId: string, community: ScopedPlace, rolesOver: ReadonlySet<Role>): Promise<QueueViewer> {
    if (APPROVER_ROLES.some((r) => rolesOver.has(r)) || rolesOver.has(Role.Admin))
      return { scope: { communityId: community.id, gridIds: null }, kinds: ALL_KINDS };
    const gridIds = placesHeldWithin(await this.access.grantsOf(userId), Role.GridWorker, community.path);
    if (gridIds.length === 0) throw new DomainError('ACCESS_DENIED');
    return { scope: { communityId: community.id, gridIds }, kinds: GRID_WORKER_KINDS };
  }

  async page(viewer: QueueViewer, kind: QueueKind | undefined, cursor: string | undefined, limit: number): Promise<QueuePageView> {
    const after = decodeQueueCursor(cursor);
    const kinds = kind ? viewer.kinds.filter((k) => k === kind) : viewer.kinds;
    const { rows, items } = await this.sources.page(viewer.scope, kinds, after, limit);
    const last = rows[limit - 1];
    const nextCursor = rows.length > limit ? encodeCursor(`${last.since.toISOString()}|${last.id}`) : null;
    return { items: items.slice(0, limit), nextCursor };
  }

  async counts(viewer: QueueViewer): Promise<QueueCountsView> {
    const byKind = await this.sources.counts(viewer.scope, viewer.kinds);
    return { total: Object.values(byKind).reduce((sum, n) => sum + n, 0), byKind };
  }

  /**
   * Approves each item as it stands, each in its own transaction through the job's own service, so
   * one that someone else decided meanwhile fails alone (its conditional update finds nothing to move)
   * and the rest still land. A retried request finds the approved items no longer waiting.
   */
  async approve(actorId: string, communityId: string, items: { kind: QueueKind; id: string }[]): Promise<BulkApprovalView> {
    const results: BulkApprovalResultView[] = [];
    for (const { kind, id } of items) {
      results.push(await this.approveOne(actorId, communityId, kind, id));
    }
    const approved = results.filter((r) => r.ok).length;
    return { approved, failed: results.length - approved, results };
  }

  private async approveOne(actorId: string, communityId: string, kind: QueueKind, id: string): Promise<BulkApprovalResultView> {
    try {
      if (!BULK_APPROVABLE_KINDS.includes(kind)) throw new DomainError('QUEUE_KIND_NOT_BULK');
      // The community a row belongs to never changes, so this scope check cannot go stale; whether it
      // is still waiting is decided again by the approval's own conditional update.
      if (!(await this.sources.waitingIn(kind, id, communityId))) throw new DomainError('QUEUE_ITEM_NOT_WAITING');
      await this.approveBy(kind)(actorId, id);
      return { kind, id, ok: true, code: null, message: null };
    } catch (error) {
      if (!(error instanceof DomainError)) {
        this.logger.error(`bulk approval of ${kind} ${id} failed: ${(error as Error).message}`);
        return { kind, id, ok: false, code: 'INTERNAL_ERROR', message: ERROR_CATALOG.INTERNAL_ERROR.message };
      }
      return { kind, id, ok: false, code: error.code, message: error.message };
    }
  }

  private approveBy(kind: QueueKind): (actorId: string, id: string) => Promise<unknown> {
    switch (kind) {
      case QueueKind.WishReview:
        return (actorId, id) => this.wishes.approve(actorId, id, {});
      case QueueKind.MemberRegistration:
        return (actorId, id) => this.members.approve(actorId, id);
      case QueueKind.UnitRegistration:
        return (actorId, id) => this.units.approve(actorId, id);
      case QueueKind.ShiftHours:
        return (actorId, id) => this.hours.confirm(actorId, id, {});
      default:
        throw new DomainError('QUEUE_KIND_NOT_BULK');
    }
  }
}

/** The cursor is "<waiting since, ISO>|<id>" of the last item shown. */
function decodeQueueCursor(cursor: string | undefined): QueueCursor | null {
  const key = decodeCursor(cursor);
  if (key === null) return null;
  const [iso, id, ...rest] = key.split('|');
  const since = new Date(iso);
  if (rest.length || !id || !CURSOR_ID.test(id) || Number.isNaN(since.getTime())) {
    throw new DomainError(
      'VALIDATION_FAILED',
      [{ field: 'cursor', rule: 'cursor', message: 'cursor：无效的翻页位置' }],
      '提交的内容有误：cursor：无效的翻页位置',
    );
  }
  return { since, id };
}
