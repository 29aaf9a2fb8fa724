import { Injectable } from '@nestjs/common';
import { ballotClosingReminderAt, NotificationKind, RegistrationStatus, Role, WishStatus } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { RoleGrant } from '../roles/role-grant.entity';
import { newId } from '../database/ids';
import { Place } from '../places/place.entity';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { UnitRegistration } from '../reporting/unit-registration.entity';
import { WorkUnit } from '../reporting/work-unit.entity';
import { User } from '../identity/user.entity';
import { WishCoClaimer } from '../wishes/wish-claim.entity';
import { Wish } from '../wishes/wish.entity';
import { registrationDecided, wishClaimed, wishClaimOverdue, wishConfirmEscalated, wishDelivered, wishFulfilled, wishReviewed } from './event-notices';
import { NotificationFanout } from './notification-fanout.entity';
import { Notification } from './notification.entity';
import { insertNotices, Notice } from './notices';

/**
 * Where the jobs tell people what happened. Every method takes the EntityManager of the event's
 * own transaction: the notice commits or rolls back with the change it tells of, and a retried
 * event finds its notice already there (unique per person and event).
 */
@Injectable()
export class NotificationService {
  async notify(manager: EntityManager, notices: Notice | readonly Notice[]): Promise<void> {
    await insertNotices(manager, Array.isArray(notices) ? notices : [notices as Notice]);
  }

  /** The applicant (the member, or the unit's contact) learns the secretary's decision. */
  async registrationDecided(manager: EntityManager, kind: 'member' | 'unit', registrationId: string, actorId: string): Promise<void> {
    let row: MemberRegistration | UnitRegistration;
    let applicantId: string;
    let unitName: string | null = null;
    if (kind === 'member') {
      row = await manager.getRepository(MemberRegistration).findOneByOrFail({ id: registrationId });
      applicantId = row.userId;
    } else {
      const unitRow = await manager.getRepository(UnitRegistration).findOneByOrFail({ id: registrationId });
      row = unitRow;
      applicantId = unitRow.contactUserId;
      unitName = (await manager.getRepository(WorkUnit).findOneOrFail({ select: { id: true, name: true }, where: { id: unitRow.unitId } })).name;
    }
    if (applicantId === actorId) return;
    const community = await manager.getRepository(Place).findOneOrFail({ select: { id: true, name: true }, where: { id: row.communityId } });
    await this.notify(
      manager,
      registrationDecided({
        id: row.id,
        communityId: row.communityId,
        communityName: community.name,
        applicantId,
        approved: row.status === RegistrationStatus.Approved,
        unitName,
        rejectReason: row.rejectReason,
      }),
    );
  }

  /** Approved or rejected: the poster and the beneficiary. */
  async wishReviewed(manager: EntityManager, wishId: string, actorId: string): Promise<void> {
    const wish = await this.wish(manager, wishId);
    await this.notify(manager, wishReviewed(wish, wish.status !== WishStatus.Rejected, actorId));
  }

  /** Call after the claim and its co-claimers are written: the notice names the claimer and the group's size. */
  async wishClaimed(manager: EntityManager, wishId: string, actorId: string): Promise<void> {
    const wish = await this.wish(manager, wishId);
    if (!wish.claimId || !wish.claimerId || !wish.claimDueAt) return;
    const claimer = await manager.getRepository(User).findOneOrFail({ select: { id: true, displayName: true }, where: { id: wish.claimerId } });
    const coClaimers = await manager.getRepository(WishCoClaimer).countBy({ claimId: wish.claimId });
    await this.notify(manager, wishClaimed(wish, { claimerName: claimer.displayName, groupSize: coClaimers + 1, dueAt: wish.claimDueAt }, actorId));
  }

  async wishDelivered(manager: EntityManager, wishId: string, actorId: string): Promise<void> {
    await this.notify(manager, wishDelivered(await this.wish(manager, wishId), actorId));
  }

  /**
   * Confirmed: the claimers are told, and the notices that asked for this confirmation (请确认收到 to the
   * resident or agent, 心愿待代确认 to the staff) are settled as read: back in the inbox they no longer
   * look like something still to do.
   */
  async wishFulfilled(manager: EntityManager, wishId: string, claimerIds: readonly string[], pointsEach: number, actorId: string): Promise<void> {
    const wish = await this.wish(manager, wishId);
    await this.notify(manager, wishFulfilled(wish, claimerIds, pointsEach, actorId));
    const asked = [`wish_delivered:${wish.claimId}`, `wish_confirm_escalated:${wish.id}`];
    await manager
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: new Date() })
      .where('dedupe_key IN (:...asked) AND read_at IS NULL', { asked })
      .execute();
  }

  /** The deadline sweep reminded an overdue claim: its claimer is told (call after the reminder is stamped). */
  async wishClaimOverdue(manager: EntityManager, wishId: string): Promise<void> {
    const wish = await this.wish(manager, wishId);
    if (!wish.claimerId || !wish.releaseDueAt) return;
    await this.notify(manager, wishClaimOverdue({ ...wish, claimerId: wish.claimerId, releaseDueAt: wish.releaseDueAt }));
  }

  /**
   * The sweep handed an unconfirmed fulfilment on: the grid worker(s) of its grid and the secretary of its
   * community, the people who may now confirm in the resident's place.
   */
  async wishConfirmEscalated(manager: EntityManager, wishId: string): Promise<void> {
    const wish = await this.wish(manager, wishId);
    const staff = await manager.getRepository(RoleGrant).find({
      select: { userId: true },
      where: [
        { role: Role.GridWorker, placeId: wish.gridId },
        { role: Role.Secretary, placeId: wish.communityId },
      ],
    });
    await this.notify(
      manager,
      wishConfirmEscalated(
        wish,
        staff.map((g) => g.userId),
      ),
    );
  }

  /**
   * A new ballot owes its roll two notices: that it is open (at its opening time) and, to those who
   * have not voted, that it is closing. One row each here; the fan-out sweep expands them when due
   * (see NotificationFanout for why not here).
   */
  async ballotScheduled(manager: EntityManager, ballot: { id: string; communityId: string; opensAt: Date; closesAt: Date }): Promise<void> {
    const reminderAt = ballotClosingReminderAt(ballot.opensAt.getTime(), ballot.closesAt.getTime());
    const rows = [
      { kind: NotificationKind.BallotOpened, dueAt: ballot.opensAt },
      ...(reminderAt === null ? [] : [{ kind: NotificationKind.BallotClosing, dueAt: new Date(reminderAt) }]),
    ].map((r) => ({ id: newId(), sourceId: ballot.id, communityId: ballot.communityId, lastUserId: '', doneAt: null, ...r }));
    await manager.createQueryBuilder().insert().into(NotificationFanout).values(rows).orIgnore().execute();
  }

  private wish(manager: EntityManager, wishId: string): Promise<Wish> {
    return manager.getRepository(Wish).findOneByOrFail({ id: wishId });
  }
}
