import { Injectable } from '@nestjs/common';
import { AccountDeletionView, Role } from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { VerifiedTokens } from '../common/auth/verified-tokens';
import { DomainError } from '../common/errors/domain-error';
import { execute, quoted, selectRows } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';

export const DELETED_USER_NAME = '已注销用户';
/** Who may delete an offline resident's account at their request: the people who serve their grid. */
const ON_BEHALF_ROLES = [Role.GridWorker, Role.Secretary];

const KEPT = [
  '已圆梦的心愿仍为已圆梦（受助人显示为“已注销用户”）',
  '积分流水与排名不变，记在已注销的匿名账号下',
  '已结束表决的计票不变；投票内容本就不记名',
  '业主名册中的房屋产权记录保留，不再关联本账号',
  '审计记录保留操作人与操作，不含个人信息',
];

/**
 * Account deletion (注销, PIPL Art. 47). One transaction whose first statement decides: the user row
 * is anonymised only if nothing live depends on it (a claimed wish, a shift not yet over, a wish of
 * theirs someone is fulfilling), checked by the UPDATE itself so a claim arriving at the same moment
 * either lands first (and the deletion is refused) or finds the account gone (the claim's UPDATE
 * requires a live account). The row stays as an anonymous key: points, ballots and others' records
 * keep pointing at it, with nothing left that identifies the person.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly verified: VerifiedTokens,
  ) {}

  deleteOwn(userId: string): Promise<AccountDeletionView> {
    return this.delete(userId, userId, null, null);
  }

  /** A grid worker (or secretary) deletes the account of a resident of their grid, at the resident's request. */
  async deleteForResident(actorId: string, residentId: string, reason: string): Promise<AccountDeletionView> {
    const placeId = await this.servedPlaceOf(actorId, residentId);
    return this.delete(actorId, residentId, placeId, reason);
  }

  private async delete(actorId: string, userId: string, placeId: string | null, reason: string | null): Promise<AccountDeletionView> {
    const now = new Date();
    await this.transactions.run(async (manager) => {
      // The person's guard row is written first: a claim of theirs racing this deletion writes it too
      // (wish-claims, shift-seats), so it either committed before this statement got the row, and
      // the statements below (each reading what is committed) see it, or it waits and then finds
      // the account deleted. Not a read lock: that would hold on one server only, not on a cluster.
      await execute(manager, 'UPDATE app_user SET claim_guard = claim_guard + 1 WHERE id = ?', [userId]);
      // Wishes nobody has taken up yet go off the wall with the account.
      await execute(manager, "UPDATE wish SET status = 'withdrawn' WHERE beneficiary_user_id = ? AND status IN ('pending_review', 'open')", [userId]);
      const deleted = await execute(
        manager,
        `UPDATE app_user SET deleted_at = ?, display_name = ?, phone = NULL, openid = NULL, unionid = NULL, avatar_url = NULL,
           demo_label = NULL, home_household_id = NULL, care_mode = ?
         WHERE id = ? AND deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM wish w WHERE w.claimer_id = ? AND w.status = 'claimed')
           AND NOT EXISTS (SELECT 1 FROM wish w WHERE w.beneficiary_user_id = ? AND w.status IN ('claimed', 'fulfilled'))
           AND NOT EXISTS (SELECT 1 FROM shift_claim c JOIN post_shift s ON s.id = c.shift_id WHERE c.member_id = ? AND c.live = 1 AND s.ends_at > ?)`,
        [now, DELETED_USER_NAME, false, userId, userId, userId, userId, now],
      );
      if (deleted !== 1) throw await this.whyNot(manager, userId, now);
      await this.anonymise(manager, userId, now);
      await this.audit.record(manager, {
        actorId,
        action: 'user.delete',
        targetType: 'user',
        targetId: userId,
        placeId,
        after: { onBehalf: actorId !== userId, ...(reason ? { reason } : {}) },
      });
    });
    this.verified.forgetUser(userId);
    return { userId, deletedAt: now.toISOString(), kept: KEPT };
  }

  /** Everything else that names the person, in the deletion's transaction. */
  private async anonymise(manager: EntityManager, userId: string, now: Date): Promise<void> {
    const name = DELETED_USER_NAME;
    await execute(manager, 'DELETE FROM role_grant WHERE user_id = ?', [userId]);
    await execute(manager, 'DELETE FROM household_member WHERE user_id = ?', [userId]);
    // The owner record stays on the owners' roll (Art. 278); it no longer leads to the account.
    await execute(manager, 'UPDATE owner SET user_id = NULL WHERE user_id = ?', [userId]);
    await execute(manager, 'UPDATE wish SET beneficiary_name = ?, consent_note = NULL WHERE beneficiary_user_id = ?', [name, userId]);
    await execute(
      manager,
      `UPDATE member_registration SET real_name = ?, phone = '', skills_note = NULL, slot = NULL,
         status = CASE WHEN status = 'pending' THEN 'withdrawn' WHEN status = 'approved' THEN 'ended' ELSE status END,
         ended_at = CASE WHEN status = 'approved' THEN ? ELSE ended_at END
       WHERE user_id = ?`,
      [name, now, userId],
    );
    await execute(manager, "UPDATE unit_registration SET contact_name = ?, contact_phone = '' WHERE contact_user_id = ?", [name, userId]);
    await execute(manager, 'DELETE FROM notification WHERE user_id = ?', [userId]);
    // Audit entries about the person keep who did what, not the values (a profile change carried the name).
    // BEFORE is a reserved word in MySQL.
    const [before, after] = [quoted(manager, 'before'), quoted(manager, 'after')];
    await execute(manager, `UPDATE audit_log SET ${before} = NULL, ${after} = NULL WHERE target_type = 'user' AND target_id = ?`, [userId]);
  }

  private async whyNot(manager: EntityManager, userId: string, now: Date): Promise<DomainError> {
    const [state] = await selectRows<{ deleted_at: unknown; claims: number; helped: number; shifts: number }>(
      manager,
      `SELECT u.deleted_at,
         (SELECT COUNT(*) FROM wish w WHERE w.claimer_id = u.id AND w.status = 'claimed') AS claims,
         (SELECT COUNT(*) FROM wish w WHERE w.beneficiary_user_id = u.id AND w.status IN ('claimed', 'fulfilled')) AS helped,
         (SELECT COUNT(*) FROM shift_claim c JOIN post_shift s ON s.id = c.shift_id WHERE c.member_id = u.id AND c.live = 1 AND s.ends_at > ?) AS shifts
       FROM app_user u WHERE u.id = ?`,
      [now, userId],
    );
    if (!state || state.deleted_at !== null) return new DomainError('ACCOUNT_ALREADY_DELETED');
    if (Number(state.claims) > 0) return new DomainError('ACCOUNT_HAS_LIVE_CLAIM');
    if (Number(state.shifts) > 0) return new DomainError('ACCOUNT_HAS_UPCOMING_SHIFT');
    if (Number(state.helped) > 0) return new DomainError('ACCOUNT_WISH_IN_PROGRESS');
    // Something went live and back between the two statements: the caller may simply try again.
    return new DomainError('ACCOUNT_HAS_LIVE_CLAIM');
  }

  /** The building place of a resident's household that the actor serves; a resident elsewhere is not found. */
  private async servedPlaceOf(actorId: string, residentId: string): Promise<string> {
    const buildings = await selectRows<{ id: string; path: string; level: string }>(
      this.dataSource.manager,
      `SELECT p.id, p.path, p.level FROM household_member m JOIN household h ON h.id = m.household_id JOIN place p ON p.id = h.building_id
       JOIN app_user u ON u.id = m.user_id AND u.deleted_at IS NULL WHERE m.user_id = ?`,
      [residentId.slice(0, 64)],
    );
    for (const building of buildings) {
      if (await this.access.holdsAnyRoleOver(actorId, ON_BEHALF_ROLES, building as ScopedPlace)) return building.id;
    }
    throw new DomainError('RESIDENT_NOT_FOUND');
  }
}
