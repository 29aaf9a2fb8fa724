import { Injectable } from '@nestjs/common';
import { NOTIFICATION_RULES, PostKind, ShiftClaimStatus, ShiftStatus, shiftReminderDue } from '@linli/shared';
import { And, DataSource, In, LessThanOrEqual, MoreThan } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { Post } from '../posts/post.entity';
import { PostShift } from '../posts/post-shift.entity';
import { ShiftClaim } from '../posts/shift-claim.entity';
import { ShiftFacts, shiftReminder } from './event-notices';
import { Notification } from './notification.entity';
import { insertNotices } from './notices';

const SHIFTS_PER_SWEEP = 500;

/**
 * Reminds members holding a seat that their shift starts within two hours. Shifts only (a
 * standing role has no start to be late for), open ones only, and not someone who took the seat
 * inside the window (see shiftReminderDue). One reminder per claim, by its dedupe key, however
 * many sweeps or instances see it.
 */
@Injectable()
export class ShiftReminders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Returns how many reminders were written. */
  async sweep(now = new Date()): Promise<number> {
    const horizon = new Date(now.getTime() + NOTIFICATION_RULES.shiftReminderLeadMs);
    const shifts = await this.dataSource.getRepository(PostShift).find({
      select: { id: true, postId: true, communityId: true, startsAt: true },
      where: { status: ShiftStatus.Open, kind: PostKind.Shift, startsAt: And(MoreThan(now), LessThanOrEqual(horizon)) },
      order: { startsAt: 'ASC' },
      take: SHIFTS_PER_SWEEP,
    });
    if (shifts.length === 0) return 0;
    const claims = await this.dataSource.getRepository(ShiftClaim).find({
      select: { id: true, shiftId: true, memberId: true, createdAt: true, promotedAt: true },
      where: { shiftId: In(shifts.map((s) => s.id)), status: ShiftClaimStatus.Confirmed, live: 1 },
    });
    const shiftById = new Map(shifts.map((s) => [s.id, s]));
    const due = claims.filter((c) => shiftReminderDue(shiftById.get(c.shiftId)!.startsAt.getTime(), (c.promotedAt ?? c.createdAt).getTime(), now.getTime()));
    if (due.length === 0) return 0;
    const reminded = new Set(
      (
        await this.dataSource.getRepository(Notification).find({
          select: { id: true, dedupeKey: true },
          where: { userId: In(due.map((c) => c.memberId)), dedupeKey: In(due.map((c) => `shift_reminder:${c.id}`)) },
        })
      ).map((n) => n.dedupeKey),
    );
    const fresh = due.filter((c) => !reminded.has(`shift_reminder:${c.id}`));
    if (fresh.length === 0) return 0;
    const posts = await this.dataSource
      .getRepository(Post)
      .find({ select: { id: true, title: true }, where: { id: In([...new Set(shifts.map((s) => s.postId))]) } });
    const titles = new Map(posts.map((p) => [p.id, p.title]));
    const facts = fresh.map((c): ShiftFacts => {
      const shift = shiftById.get(c.shiftId)!;
      return {
        claimId: c.id,
        memberId: c.memberId,
        communityId: shift.communityId,
        postId: shift.postId,
        postTitle: titles.get(shift.postId) ?? '',
        shiftId: shift.id,
        startsAt: shift.startsAt,
      };
    });
    // The reminders are independent of one another; one transaction just writes them in one go (insert-or-ignore keeps a concurrent sweep's).
    await this.transactions.run((manager) => insertNotices(manager, facts.map(shiftReminder), now));
    return facts.length;
  }
}
