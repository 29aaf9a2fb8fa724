import { Injectable, Logger } from '@nestjs/common';
import { PostKind, ShiftClaimAction, ShiftClaimStatus } from '@linli/shared';
import { DataSource, In, IsNull, LessThan } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';
import { moveClaim } from './shift-claim-transition';

const BATCH = 200;

export interface ShiftEndResult {
  shifts: number;
  noShows: number;
  lapsed: number;
}

/**
 * The end-of-shift sweep: members who held a seat but never checked in become no-shows, and the
 * waiting list closes. Safe with several instances sweeping at once: each shift is claimed by a
 * conditional UPDATE that stamps `swept_at` (only one sweep's update matches), which also locks the
 * shift row for the rest of that transaction. No job-level lock.
 */
@Injectable()
export class ShiftEndService {
  private readonly logger = new Logger(ShiftEndService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  async sweep(now = new Date()): Promise<ShiftEndResult> {
    const ended = await this.dataSource.getRepository(PostShift).find({
      select: { id: true, kind: true },
      where: { sweptAt: IsNull(), endsAt: LessThan(now) },
      order: { endsAt: 'ASC' },
      take: BATCH,
    });
    const result: ShiftEndResult = { shifts: 0, noShows: 0, lapsed: 0 };
    for (const shift of ended) {
      // The stamp and every claim it closes commit together, so a shift is swept exactly once.
      const done = await this.transactions.run(async (manager) => {
        const stamped = await manager
          .createQueryBuilder()
          .update(PostShift)
          .set({ sweptAt: now })
          .where('id = :id AND swept_at IS NULL AND ends_at < :now', { id: shift.id, now })
          .execute();
        if (stamped.affected !== 1) return null;
        const open = await manager.getRepository(ShiftClaim).find({
          select: { id: true, postId: true, shiftId: true, status: true },
          where: { shiftId: shift.id, status: In([ShiftClaimStatus.Confirmed, ShiftClaimStatus.Waiting]) },
        });
        let noShows = 0;
        let lapsed = 0;
        for (const claim of open) {
          if (claim.status === ShiftClaimStatus.Waiting) {
            if (await moveClaim(manager, { claim, action: ShiftClaimAction.Lapse, actorId: null, note: '班次已结束，候补未能递补' }, true)) lapsed++;
          } else if (shift.kind === PostKind.Shift) {
            if (await moveClaim(manager, { claim, action: ShiftClaimAction.MarkNoShow, actorId: null, note: '班次结束时仍未签到' }, true)) noShows++;
          }
        }
        return { noShows, lapsed };
      });
      if (!done) continue;
      result.shifts++;
      result.noShows += done.noShows;
      result.lapsed += done.lapsed;
    }
    if (result.noShows + result.lapsed > 0) this.logger.log(`shift end: ${JSON.stringify(result)}`);
    return result;
  }
}
