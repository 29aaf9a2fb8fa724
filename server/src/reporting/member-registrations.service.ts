import { Injectable } from '@nestjs/common';
import { APPROVER_ROLES, LIMITS, MemberRegistrationView, PlaceLevel, RegistrationAction, RegistrationStatus, Role } from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { ReasonDto } from '../common/http/reason.dto';
import { DomainError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { moveMemberBalances } from '../points/points-balances';
import { NotificationService } from '../notifications/notification.service';
import { Household } from '../places/household.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { RoleGrant } from '../roles/role-grant.entity';
import { SubmitMemberRegistrationDto } from './dto/registration.dto';
import { MemberRegistration } from './member-registration.entity';
import { applyTransition, communityRegistrations, rejectRegistration } from './registration-transition';
import { RegistrationViews } from './registration-views';
import { WorkUnitsService } from './work-units.service';

/** Who may read a member registration besides its applicant. */
export const REGISTRATION_READERS = [...APPROVER_ROLES, Role.StreetOfficer];
const MY_HISTORY_MAX = 50;

/** 个人报到: submit, withdraw, approve (grants party_member there), reject; history is kept. */
@Injectable()
export class MemberRegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly units: WorkUnitsService,
    private readonly views: RegistrationViews,
    private readonly notifications: NotificationService,
  ) {}

  async submit(userId: string, body: SubmitMemberRegistrationDto): Promise<MemberRegistrationView> {
    const community = await this.access.requirePlace(body.communityId);
    if (community.level !== PlaceLevel.Community) throw new DomainError('REGISTRATION_NOT_A_COMMUNITY');
    await this.assertLivesThere(userId, body.householdId, community.id);

    const id = newId();
    try {
      // The unit (when new), the registration and its audit record commit together.
      await this.transactions.run(async (manager) => {
        const unit = await this.units.resolve(manager, body, userId);
        const row = {
          id,
          userId,
          communityId: community.id,
          householdId: body.householdId,
          realName: body.realName,
          phone: body.phone,
          unitId: unit.id,
          skills: body.skills,
          skillsNote: body.skillsNote || null,
          availability: body.availability,
          status: RegistrationStatus.Pending,
          slot: 'pending',
        };
        await manager.insert(MemberRegistration, row);
        await this.audit.record(manager, {
          actorId: userId,
          action: 'member_registration.submit',
          targetType: 'member_registration',
          targetId: id,
          placeId: community.id,
          after: row,
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The (user, 'pending') slot is taken. A retried submission of the same registration gets it back.
      const pending = await this.dataSource.getRepository(MemberRegistration).findOne({ where: { userId, slot: 'pending' } });
      if (pending && pending.communityId === community.id && pending.householdId === body.householdId) return this.viewOf(pending);
      throw new DomainError('REGISTRATION_ALREADY_PENDING');
    }
    return this.viewOf(await this.dataSource.getRepository(MemberRegistration).findOneByOrFail({ id }));
  }

  async withdraw(userId: string, id: string): Promise<MemberRegistrationView> {
    await this.transactions.run(async (manager) => {
      await applyTransition(manager, MemberRegistration, {
        id,
        action: RegistrationAction.Withdraw,
        notFound: 'REGISTRATION_NOT_FOUND',
        applicant: { column: 'user_id', property: 'userId', userId },
      });
      const { communityId } = await manager.getRepository(MemberRegistration).findOneByOrFail({ id });
      await this.audit.record(manager, {
        actorId: userId,
        action: 'member_registration.withdraw',
        targetType: 'member_registration',
        targetId: id,
        placeId: communityId,
      });
    });
    return this.viewOf(await this.dataSource.getRepository(MemberRegistration).findOneByOrFail({ id }));
  }

  /**
   * Approves a pending registration. One transaction, because the decision, the end of the
   * member's previous registration (they moved), the role changes and the audit record must all
   * happen or none: a member is never party_member in two communities by registration, or in none
   * after an approval.
   */
  async approve(actorId: string, id: string): Promise<MemberRegistrationView> {
    await this.transactions.run(async (manager) => {
      const now = new Date();
      await applyTransition(manager, MemberRegistration, {
        id,
        action: RegistrationAction.Approve,
        notFound: 'REGISTRATION_NOT_FOUND',
        deferSlot: true,
        set: { decidedBy: actorId, decidedAt: now },
      });
      const registration = await manager.getRepository(MemberRegistration).findOneByOrFail({ id });
      const previous = await manager.getRepository(MemberRegistration).findOne({ where: { userId: registration.userId, slot: 'approved' } });
      if (previous) await this.supersede(manager, actorId, previous, registration, now);
      await manager.update(MemberRegistration, { id }, { slot: 'approved' });
      // With both registration rows locked above, the member's points move to the new unit's ranking.
      await moveMemberBalances(manager, registration.userId, registration.communityId, null, registration.unitId);
      await grantRole(manager, registration.userId, Role.PartyMember, registration.communityId, actorId);
      await this.audit.record(manager, {
        actorId,
        action: 'member_registration.approve',
        targetType: 'member_registration',
        targetId: id,
        placeId: registration.communityId,
        after: { status: RegistrationStatus.Approved, userId: registration.userId, role: Role.PartyMember },
      });
      await this.notifications.registrationDecided(manager, 'member', id, actorId);
    });
    return this.viewOf(await this.dataSource.getRepository(MemberRegistration).findOneByOrFail({ id }));
  }

  async reject(actorId: string, id: string, body: ReasonDto): Promise<MemberRegistrationView> {
    // The decision, its audit record and the applicant's notice commit together.
    await this.transactions.run(async (manager) => {
      await rejectRegistration(manager, this.audit, MemberRegistration, 'member_registration', actorId, id, body.reason);
      await this.notifications.registrationDecided(manager, 'member', id, actorId);
    });
    return this.viewOf(await this.dataSource.getRepository(MemberRegistration).findOneByOrFail({ id }));
  }

  /** The applicant sees their own; the community's secretary and street officers see its registrations; nobody else learns it exists. */
  async get(userId: string, id: string): Promise<MemberRegistrationView> {
    const row = id.length <= 64 ? await this.dataSource.getRepository(MemberRegistration).findOne({ where: { id } }) : null;
    if (!row) throw new DomainError('REGISTRATION_NOT_FOUND');
    if (row.userId !== userId) {
      const community = await this.access.findPlace(row.communityId);
      if (!community || !(await this.access.holdsAnyRoleOver(userId, REGISTRATION_READERS, community))) throw new DomainError('REGISTRATION_NOT_FOUND');
    }
    return this.viewOf(row);
  }

  async mine(userId: string): Promise<MemberRegistrationView[]> {
    const rows = await this.dataSource.getRepository(MemberRegistration).find({ where: { userId }, order: { id: 'DESC' }, take: MY_HISTORY_MAX });
    return this.views.members(rows);
  }

  /** A community's registrations, oldest first (the review queue order), optionally by status. */
  async list(community: ScopedPlace, status: RegistrationStatus | undefined, cursor?: string, limit: number = LIMITS.pageSizeDefault) {
    const page = await communityRegistrations(this.dataSource, MemberRegistration, community, status, cursor, limit);
    return { items: await this.views.members(page.items), nextCursor: page.nextCursor };
  }

  /** Ends the member's previous approved registration; leaving a community also takes away its party_member role. */
  private async supersede(manager: EntityManager, actorId: string, previous: MemberRegistration, next: MemberRegistration, now: Date): Promise<void> {
    await applyTransition(manager, MemberRegistration, {
      id: previous.id,
      action: RegistrationAction.Supersede,
      notFound: 'REGISTRATION_NOT_FOUND',
      set: { endedAt: now },
    });
    await moveMemberBalances(manager, previous.userId, previous.communityId, previous.unitId, null);
    if (previous.communityId !== next.communityId) {
      await manager.delete(RoleGrant, { userId: previous.userId, role: Role.PartyMember, placeId: previous.communityId });
    }
    await this.audit.record(manager, {
      actorId,
      action: 'member_registration.end',
      targetType: 'member_registration',
      targetId: previous.id,
      placeId: previous.communityId,
      after: { status: RegistrationStatus.Ended, supersededBy: next.id },
    });
  }

  private async assertLivesThere(userId: string, householdId: string, communityId: string): Promise<void> {
    const household = await this.dataSource.getRepository(Household).findOne({ select: { id: true, communityId: true }, where: { id: householdId } });
    const member = household?.communityId === communityId ? await this.dataSource.getRepository(HouseholdMember).count({ where: { householdId, userId } }) : 0;
    if (member === 0) throw new DomainError('REGISTRATION_NO_HOUSEHOLD');
  }

  private async viewOf(row: MemberRegistration): Promise<MemberRegistrationView> {
    return (await this.views.members([row]))[0];
  }
}

/** INSERT IGNORE: the person may already hold the role there (granted by hand, a retry). */
export async function grantRole(manager: EntityManager, userId: string, role: Role, placeId: string, grantedBy: string): Promise<void> {
  await manager.createQueryBuilder().insert().into(RoleGrant).values({ id: newId(), userId, role, placeId, grantedBy }).orIgnore().execute();
}
