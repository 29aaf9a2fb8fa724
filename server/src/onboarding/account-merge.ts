import { ConsentKind, Role } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { execute, insertRows } from '../database/plain-sql';
import { newId } from '../database/ids';
import { PrivacyConsent } from '../privacy/privacy-consent.entity';
import { RoleGrant } from '../roles/role-grant.entity';
import { AccountMerge } from './account-merge.entity';

export interface MergeInput {
  /** The fresh account wx.login created for this openid. */
  loginUserId: string;
  openid: string;
  unionid: string | null;
  /** The register's person (no openid) the joiner was matched to. */
  personId: string;
  householdId: string;
  communityId: string;
}

/**
 * Makes the register's person the joiner's account, inside the caller's transaction: the openid
 * moves from the empty login row to the person's row, so everything the register and agents gave
 * that person (memberships, owner record, wishes posted for them) is theirs at once.
 *
 * Decided by the database: the merge record's key (the login account) lets a double tap merge
 * once, and each openid move is a conditional UPDATE; the unique openid key forbids two holders.
 * The login row is retired (no openid), not deleted: audit records may name it.
 */
export async function mergeLoginIntoPerson(manager: EntityManager, audit: AuditService, input: MergeInput): Promise<void> {
  await insertRows(manager, AccountMerge, [{ loginUserId: input.loginUserId, userId: input.personId }]);
  const released = await execute(manager, 'UPDATE app_user SET openid = NULL, unionid = NULL WHERE id = ? AND openid = ?', [input.loginUserId, input.openid]);
  if (released !== 1) throw new DomainError('JOIN_ACCOUNT_TAKEN');
  const claimed = await execute(manager, 'UPDATE app_user SET openid = ?, unionid = ? WHERE id = ? AND openid IS NULL', [
    input.openid,
    input.unionid,
    input.personId,
  ]);
  if (claimed !== 1) throw new DomainError('JOIN_ACCOUNT_TAKEN');
  await execute(manager, 'UPDATE app_user SET home_household_id = ? WHERE id = ? AND home_household_id IS NULL', [input.householdId, input.personId]);
  // A request the login account had waiting for this flat is answered by the match; all its requests are the person's now.
  await execute(manager, "UPDATE join_request SET status = 'approved', live = NULL, decided_at = ? WHERE user_id = ? AND household_id = ? AND live = 1", [
    new Date(),
    input.loginUserId,
    input.householdId,
  ]);
  await execute(manager, 'UPDATE join_request SET user_id = ? WHERE user_id = ?', [input.personId, input.loginUserId]);
  // The documents were agreed to on this phone by the person now known to be the register's: their
  // agreement comes with the openid, or the session re-issued for them would be refused at once.
  const agreed = await manager.getRepository(PrivacyConsent).find({ where: { userId: input.loginUserId, kind: ConsentKind.Policy } });
  if (agreed.length) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(PrivacyConsent)
      .values(
        agreed.map((c) => ({
          id: newId(),
          userId: input.personId,
          kind: c.kind,
          policyVersion: c.policyVersion,
          subjectId: '',
          givenBy: input.personId,
          method: c.method,
        })),
      )
      .orIgnore()
      .execute();
  }
  // The register already made them a resident; INSERT IGNORE keeps that true for a person it did not.
  await manager
    .createQueryBuilder()
    .insert()
    .into(RoleGrant)
    .values({ id: newId(), userId: input.personId, role: Role.Resident, placeId: input.communityId, grantedBy: null })
    .orIgnore()
    .execute();
  await audit.record(manager, {
    actorId: input.personId,
    action: 'user.join.matched',
    targetType: 'user',
    targetId: input.personId,
    placeId: input.communityId,
    after: { householdId: input.householdId, mergedLoginUserId: input.loginUserId },
  });
}
