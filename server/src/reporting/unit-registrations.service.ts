import { Injectable } from '@nestjs/common';
import {
  JointCommitteeUnitView,
  LIMITS,
  PlaceLevel,
  RegistrationAction,
  RegistrationStatus,
  ResourceOfferView,
  Role,
  UnitRegistrationView,
} from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { ReasonDto } from '../common/http/reason.dto';
import { DomainError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { NotificationService } from '../notifications/notification.service';
import { RoleGrant } from '../roles/role-grant.entity';
import { SubmitUnitRegistrationDto } from './dto/registration.dto';
import { grantRole, REGISTRATION_READERS } from './member-registrations.service';
import { applyTransition, communityRegistrations, rejectRegistration } from './registration-transition';
import { RegistrationViews } from './registration-views';
import { UnitRegistration } from './unit-registration.entity';
import { WorkUnit } from './work-unit.entity';
import { toWorkUnitView, WorkUnitsService } from './work-units.service';

const MY_HISTORY_MAX = 50;

/** 单位报到: a unit reports to the community where it is stationed and, approved, joins its 大党委. */
@Injectable()
export class UnitRegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly units: WorkUnitsService,
    private readonly views: RegistrationViews,
    private readonly notifications: NotificationService,
  ) {}

  /** The caller submits as the unit's contact person. */
  async submit(userId: string, body: SubmitUnitRegistrationDto): Promise<UnitRegistrationView> {
    const community = await this.access.requirePlace(body.communityId);
    if (community.level !== PlaceLevel.Community) throw new DomainError('REGISTRATION_NOT_A_COMMUNITY');
    const id = newId();
    let unitId: string | null = null;
    try {
      // The unit (when new), the registration and its audit record commit together.
      await this.transactions.run(async (manager) => {
        const unit = await this.units.resolve(manager, body, userId);
        unitId = unit.id;
        const row = {
          id,
          unitId: unit.id,
          communityId: community.id,
          contactUserId: userId,
          contactName: body.contactName,
          contactPhone: body.contactPhone,
          resources: body.resources.map((r) => ({ kind: r.kind, description: r.description })),
          agreementText: body.agreementText,
          status: RegistrationStatus.Pending,
          slot: 'pending',
        };
        await manager.insert(UnitRegistration, row);
        await this.audit.record(manager, {
          actorId: userId,
          action: 'unit_registration.submit',
          targetType: 'unit_registration',
          targetId: id,
          placeId: community.id,
          after: row,
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error) || !unitId) throw error;
      const pending = await this.dataSource.getRepository(UnitRegistration).findOne({ where: { unitId, communityId: community.id, slot: 'pending' } });
      // The same contact retrying gets their registration back; anyone else learns one is already under review.
      if (pending && pending.contactUserId === userId) return this.viewOf(pending);
      throw new DomainError('UNIT_REGISTRATION_ALREADY_PENDING');
    }
    return this.viewOf(await this.dataSource.getRepository(UnitRegistration).findOneByOrFail({ id }));
  }

  async withdraw(userId: string, id: string): Promise<UnitRegistrationView> {
    await this.transactions.run(async (manager) => {
      await applyTransition(manager, UnitRegistration, {
        id,
        action: RegistrationAction.Withdraw,
        notFound: 'REGISTRATION_NOT_FOUND',
        applicant: { column: 'contact_user_id', property: 'contactUserId', userId },
      });
      const { communityId } = await manager.getRepository(UnitRegistration).findOneByOrFail({ id });
      await this.audit.record(manager, {
        actorId: userId,
        action: 'unit_registration.withdraw',
        targetType: 'unit_registration',
        targetId: id,
        placeId: communityId,
      });
    });
    return this.viewOf(await this.dataSource.getRepository(UnitRegistration).findOneByOrFail({ id }));
  }

  /**
   * Approves a pending unit registration. One transaction: the decision, the end of the unit's
   * previous registration in this community, the contact roles and the audit record go together.
   */
  async approve(actorId: string, id: string): Promise<UnitRegistrationView> {
    await this.transactions.run(async (manager) => {
      const now = new Date();
      await applyTransition(manager, UnitRegistration, {
        id,
        action: RegistrationAction.Approve,
        notFound: 'REGISTRATION_NOT_FOUND',
        deferSlot: true,
        set: { decidedBy: actorId, decidedAt: now },
      });
      const registration = await manager.getRepository(UnitRegistration).findOneByOrFail({ id });
      const previous = await manager.getRepository(UnitRegistration).findOne({
        where: { unitId: registration.unitId, communityId: registration.communityId, slot: 'approved' },
      });
      if (previous) await this.supersede(manager, actorId, previous, registration, now);
      await manager.update(UnitRegistration, { id }, { slot: 'approved' });
      await grantRole(manager, registration.contactUserId, Role.UnitContact, registration.communityId, actorId);
      await this.audit.record(manager, {
        actorId,
        action: 'unit_registration.approve',
        targetType: 'unit_registration',
        targetId: id,
        placeId: registration.communityId,
        after: { status: RegistrationStatus.Approved, unitId: registration.unitId, contactUserId: registration.contactUserId, role: Role.UnitContact },
      });
      await this.notifications.registrationDecided(manager, 'unit', id, actorId);
    });
    return this.viewOf(await this.dataSource.getRepository(UnitRegistration).findOneByOrFail({ id }));
  }

  async reject(actorId: string, id: string, body: ReasonDto): Promise<UnitRegistrationView> {
    // The decision, its audit record and the applicant's notice commit together.
    await this.transactions.run(async (manager) => {
      await rejectRegistration(manager, this.audit, UnitRegistration, 'unit_registration', actorId, id, body.reason);
      await this.notifications.registrationDecided(manager, 'unit', id, actorId);
    });
    return this.viewOf(await this.dataSource.getRepository(UnitRegistration).findOneByOrFail({ id }));
  }

  async get(userId: string, id: string): Promise<UnitRegistrationView> {
    const row = id.length <= 64 ? await this.dataSource.getRepository(UnitRegistration).findOne({ where: { id } }) : null;
    if (!row) throw new DomainError('REGISTRATION_NOT_FOUND');
    if (row.contactUserId !== userId) {
      const community = await this.access.findPlace(row.communityId);
      if (!community || !(await this.access.holdsAnyRoleOver(userId, REGISTRATION_READERS, community))) throw new DomainError('REGISTRATION_NOT_FOUND');
    }
    return this.viewOf(row);
  }

  async mine(userId: string): Promise<UnitRegistrationView[]> {
    const rows = await this.dataSource.getRepository(UnitRegistration).find({ where: { contactUserId: userId }, order: { id: 'DESC' }, take: MY_HISTORY_MAX });
    return this.views.units(rows);
  }

  async list(community: ScopedPlace, status: RegistrationStatus | undefined, cursor?: string, limit: number = LIMITS.pageSizeDefault) {
    const page = await communityRegistrations(this.dataSource, UnitRegistration, community, status, cursor, limit);
    return { items: await this.views.units(page.items), nextCursor: page.nextCursor };
  }

  /** The community's joint committee (大党委): its approved units and what they offer, no contact details. */
  async jointCommittee(community: ScopedPlace): Promise<JointCommitteeUnitView[]> {
    const rows = await this.dataSource.getRepository(UnitRegistration).find({
      where: { communityId: community.id, status: RegistrationStatus.Approved },
      order: { decidedAt: 'ASC' },
    });
    const units = await this.views.byId(
      WorkUnit,
      rows.map((r) => r.unitId),
    );
    return rows.map((r) => ({
      registrationId: r.id,
      unit: toWorkUnitView(units.get(r.unitId)!),
      resources: r.resources as ResourceOfferView[],
      joinedAt: (r.decidedAt ?? r.createdAt).toISOString(),
    }));
  }

  /**
   * Ends the unit's previous approved registration here. If the contact person changed, the old
   * one loses unit_contact in this community unless they still represent another approved unit.
   */
  private async supersede(manager: EntityManager, actorId: string, previous: UnitRegistration, next: UnitRegistration, now: Date): Promise<void> {
    await applyTransition(manager, UnitRegistration, {
      id: previous.id,
      action: RegistrationAction.Supersede,
      notFound: 'REGISTRATION_NOT_FOUND',
      set: { endedAt: now },
    });
    if (previous.contactUserId !== next.contactUserId) {
      // One statement decides, so a concurrent approval for the same person's other unit cannot slip between a check and the delete.
      await manager
        .createQueryBuilder()
        .delete()
        .from(RoleGrant)
        .where('user_id = :userId AND role = :role AND place_id = :placeId', {
          userId: previous.contactUserId,
          role: Role.UnitContact,
          placeId: previous.communityId,
        })
        .andWhere('NOT EXISTS (SELECT 1 FROM unit_registration r WHERE r.contact_user_id = :userId AND r.community_id = :placeId AND r.status = :approved)', {
          approved: RegistrationStatus.Approved,
        })
        .execute();
    }
    await this.audit.record(manager, {
      actorId,
      action: 'unit_registration.end',
      targetType: 'unit_registration',
      targetId: previous.id,
      placeId: previous.communityId,
      after: { status: RegistrationStatus.Ended, supersededBy: next.id },
    });
  }

  private async viewOf(row: UnitRegistration): Promise<UnitRegistrationView> {
    return (await this.views.units([row]))[0];
  }
}
