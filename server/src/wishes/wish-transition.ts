import { WishAction, wishConflict, wishSources, wishTarget } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { newId } from '../database/ids';
import { Wish } from './wish.entity';
import { WishEvent } from './wish-event.entity';

export interface WishTransition {
  wishId: string;
  action: WishAction;
  actorId: string | null;
  set?: Partial<Record<keyof Wish, unknown>>;
  /** Further conditions, e.g. that the caller is the claimer. */
  andWhere?: { sql: string; params: Record<string, unknown> };
  note?: string | null;
}

/**
 * Moves a wish by one conditional UPDATE: it changes only if it is still in a state the action
 * accepts (and meets the extra condition), so of racing requests exactly one wins. The winner writes
 * the history line in the same transaction; a loser learns why it lost. Returns whether it moved.
 */
export async function moveWish(manager: EntityManager, transition: WishTransition, quiet = false): Promise<boolean> {
  const query = manager
    .createQueryBuilder()
    .update(Wish)
    .set({ ...transition.set, status: wishTarget(transition.action) } as never)
    .where('id = :wishId AND status IN (:...from)', { wishId: transition.wishId, from: [...wishSources(transition.action)] });
  if (transition.andWhere) query.andWhere(transition.andWhere.sql, transition.andWhere.params);
  const result = await query.execute();
  if (result.affected === 1) {
    await manager.insert(WishEvent, {
      id: newId(),
      wishId: transition.wishId,
      kind: transition.action,
      actorId: transition.actorId,
      note: transition.note ?? null,
    });
    return true;
  }
  if (quiet) return false;
  const current = await manager.getRepository(Wish).findOne({ select: { id: true, status: true }, where: { id: transition.wishId } });
  if (!current) throw new DomainError('WISH_NOT_FOUND');
  throw new DomainError(wishConflict(transition.action, current.status), { status: current.status });
}
