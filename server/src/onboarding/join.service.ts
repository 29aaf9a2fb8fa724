import { Injectable } from '@nestjs/common';
import { JoinRequestStatus, JoinRequestView, JoinResultView } from '@linli/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { insertRows } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../identity/user.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { WechatPhone } from '../wechat/wechat-phone.service';
import { AccountMerge } from './account-merge.entity';
import { mergeLoginIntoPerson } from './account-merge';
import { JoinPlaces, JoinTarget } from './join-places';
import { JoinRequest } from './join-request.entity';
import { joinRequestViews } from './join-views';
import { registerPersonFor } from './register-match';
import { JoinSessions } from './sessions';

export interface JoinInput {
  householdId: string;
  communityId?: string;
  name: string;
  /** The mini-program's getPhoneNumber code; absent on H5, which always files a request. */
  phoneCode?: string;
}

const MY_REQUESTS_MAX = 20;

/**
 * A person joins a household themselves. The name with a phone WeChat verified, matching an
 * account-less person the register names there, joins at once as that person; anything else is a
 * join request for the grid worker or secretary. A client-sent phone is never taken: there is no field for one.
 */
@Injectable()
export class JoinService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly places: JoinPlaces,
    private readonly phones: WechatPhone,
    private readonly sessions: JoinSessions,
  ) {}

  async join(userId: string, input: JoinInput): Promise<JoinResultView> {
    // A retry of a join that already merged this login into the register's person: the same answer,
    // without spending the (single-use) phone code again.
    const merged = await this.dataSource.getRepository(AccountMerge).findOne({ where: { loginUserId: userId } });
    if (merged) return this.joined(merged.userId);
    const target = await this.places.target(input.householdId, input.communityId);
    if (await this.isMember(userId, target.household.id)) return this.joined(userId);
    const phone = input.phoneCode ? await this.phones.verifiedPhone(input.phoneCode) : null;
    if (phone) {
      const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: userId } });
      if (!user.openid) {
        // A double tap's twin merged this login while we asked WeChat: it is that person now.
        const twin = await this.dataSource.getRepository(AccountMerge).findOne({ where: { loginUserId: userId } });
        if (twin) return this.joined(twin.userId);
      } else {
        const personId = await registerPersonFor(this.dataSource.manager, {
          name: input.name,
          phone,
          householdId: target.household.id,
          buildingId: target.building.id,
        });
        if (personId) return this.merge(user, personId, target);
      }
    }
    return { outcome: 'pending', token: null, expiresAt: null, request: await this.file(userId, target, input.name, phone) };
  }

  async mine(userId: string): Promise<JoinRequestView[]> {
    const rows = await this.dataSource.getRepository(JoinRequest).find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' }, take: MY_REQUESTS_MAX });
    return joinRequestViews(this.dataSource, rows, false);
  }

  private async merge(user: User, personId: string, target: JoinTarget): Promise<JoinResultView> {
    try {
      await this.transactions.run((manager) =>
        mergeLoginIntoPerson(manager, this.audit, {
          loginUserId: user.id,
          openid: user.openid!,
          unionid: user.unionid,
          personId,
          householdId: target.household.id,
          communityId: target.community.id,
        }),
      );
    } catch (error) {
      // A double tap: the other request merged this login first (its merge record holds the key).
      const done = isUniqueViolation(error) ? await this.dataSource.getRepository(AccountMerge).findOne({ where: { loginUserId: user.id } }) : null;
      if (!done) throw error;
      return this.joined(done.userId);
    }
    return this.joined(personId);
  }

  /** One pending request per person and flat (a unique key): a double tap or a retry returns the one already filed. */
  private async file(userId: string, target: JoinTarget, name: string, phone: string | null): Promise<JoinRequestView> {
    const row: Partial<JoinRequest> = {
      id: newId(),
      userId,
      communityId: target.community.id,
      gridId: target.building.parentId!,
      buildingId: target.building.id,
      householdId: target.household.id,
      name,
      phone,
      status: JoinRequestStatus.Pending,
      live: 1,
      reason: null,
      decidedBy: null,
      decidedAt: null,
    };
    try {
      await this.transactions.run(async (manager) => {
        await insertRows(manager, JoinRequest, [row]);
        await this.audit.record(manager, {
          actorId: userId,
          action: 'join_request.file',
          targetType: 'join_request',
          targetId: row.id!,
          placeId: target.community.id,
          after: { householdId: target.household.id, name, phoneVerified: phone !== null },
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const filed = await this.dataSource.getRepository(JoinRequest).findOne({ where: { userId, householdId: target.household.id, live: 1 } });
    if (!filed) throw new DomainError('JOIN_REQUEST_DECIDED');
    return (await joinRequestViews(this.dataSource, [filed], false))[0];
  }

  private async isMember(userId: string, householdId: string): Promise<boolean> {
    return (await this.dataSource.getRepository(HouseholdMember).count({ where: { userId, householdId } })) > 0;
  }

  private async joined(userId: string): Promise<JoinResultView> {
    const session = await this.sessions.issue(userId);
    return { outcome: 'joined', token: session.token, expiresAt: session.expiresAt, request: null };
  }
}
