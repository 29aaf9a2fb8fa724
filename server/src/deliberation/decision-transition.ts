import { DecisionStatus } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { Decision } from './decision.entity';

/** Moves a decision by its state machine with one conditional UPDATE (exactly one of two racing moves wins). */
export async function moveDecision(
  manager: EntityManager,
  decisionId: string,
  transition: { from: readonly DecisionStatus[]; to: DecisionStatus },
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(Decision)
    .set({ status: transition.to })
    .where('id = :decisionId AND status IN (:...from)', { decisionId, from: [...transition.from] })
    .execute();
  if (result.affected !== 1) throw new DomainError('DECISION_WRONG_STATE');
}
