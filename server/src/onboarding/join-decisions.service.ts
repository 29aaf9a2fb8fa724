import { Injectable } from '@nestjs/common';
import { HouseholdRelation, JoinRequestStatus, JoinRequestView, Role } from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { newId } from '../database/ids';
import { execute } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';
import { HouseholdMember } from '../places/household-member.entity';
import { insertNotices } from '../notifications/notices';
import { RoleGrant } from '../roles/role-grant.entity';
import { joinDecided } from './join-notices';
import { JoinRequest } from './join-request.entity';
import { joinRequestViews } from './join-views';

/**
 * The grid worker or secretary answers a join request. The decision is one conditional UPDATE
 * (pending → approved/refused): of two reviewers deciding at once one wins and the other is told
 * it was decided. Approval, membership, resident role, audit record and the applicant's notice
 * commit together. Repeating the same decision (a retry) answers the request as it stands.
 */
@Injectable()
export class JoinDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<JoinRequestView> {
    const row = await this.dataSource.getRepository(JoinRequest).findOne({ where: { id } });
    if (!row) throw new DomainError('JOIN_REQUEST_NOT_FOUND');
    return (await joinRequestViews(this.dataSource, [row], true))[0];
  }

  approve(actorId: string, id: string): Promise<JoinRequestView> {
    return this.decide(actorId, id, JoinRequestStatus.Approved, null, async (manager, request) => {
      // INSERT IGNORE: the applicant may have been added to the flat by their grid worker meanwhile.
      await manager
        .createQueryBuilder()
        .insert()
        .into(HouseholdMember)
        .values({ id: newId(), householdId: request.householdId, userId: request.userId, relation: HouseholdRelation.Resident, isAdult: true, kinship: null })
        .orIgnore()
        .execute();
      await manager
        .createQueryBuilder()
        .insert()
        .into(RoleGrant)
        .values({ id: newId(), userId: request.userId, role: Role.Resident, placeId: request.communityId, grantedBy: actorId })
        .orIgnore()
        .execute();
      // The name the reviewer accepted is who they are here; a verified phone becomes theirs if they had none.
      await execute(
        manager,
        'UPDATE app_user SET display_name = ?, phone = COALESCE(phone, ?), home_household_id = COALESCE(home_household_id, ?) WHERE id = ?',
        [request.name, request.phone, request.householdId, request.userId],
      );
    });
  }

  refuse(actorId: string, id: string, reason: string): Promise<JoinRequestView> {
    return this.decide(actorId, id, JoinRequestStatus.Refused, reason, async () => undefined);
  }

  private async decide(
    actorId: string,
    id: string,
    status: JoinRequestStatus,
    reason: string | null,
    effects: (manager: EntityManager, request: JoinRequest) => Promise<void>,
  ): Promise<JoinRequestView> {
    await this.transactions.run(async (manager) => {
      const now = new Date();
      const moved = await execute(
        manager,
        'UPDATE join_request SET status = ?, live = NULL, reason = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = ?',
        [status, reason, actorId, now, id, JoinRequestStatus.Pending],
      );
      const request = await manager.getRepository(JoinRequest).findOne({ where: { id } });
      if (!request) throw new DomainError('JOIN_REQUEST_NOT_FOUND');
      if (moved === 0) {
        if (request.status === status) return;
        throw new DomainError('JOIN_REQUEST_DECIDED');
      }
      await effects(manager, request);
      await this.audit.record(manager, {
        actorId,
        action: status === JoinRequestStatus.Approved ? 'join_request.approve' : 'join_request.refuse',
        targetType: 'join_request',
        targetId: id,
        placeId: request.communityId,
        after: { status, reason, userId: request.userId, householdId: request.householdId },
      });
      const [view] = await joinRequestViews(this.dataSource, [request], false);
      await insertNotices(manager, [
        joinDecided({
          id,
          userId: request.userId,
          communityId: request.communityId,
          place: `${view.communityName}${view.buildingName}${view.householdLabel}`,
          approved: status === JoinRequestStatus.Approved,
          reason,
        }),
      ]);
    });
    return this.get(id);
  }
}
