import { TopicStatus } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { Topic } from './topic.entity';

/**
 * Moves a topic by its state machine with one conditional UPDATE: of two racing moves exactly
 * one finds the topic in a source state; the other is refused.
 */
export async function moveTopic(
  manager: EntityManager,
  topicId: string,
  transition: { from: readonly TopicStatus[]; to: TopicStatus },
  set: Partial<Pick<Topic, 'declineReason' | 'reviewedBy'>> = {},
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(Topic)
    .set({ status: transition.to, ...set })
    .where('id = :topicId AND status IN (:...from)', { topicId, from: [...transition.from] })
    .execute();
  if (result.affected !== 1) throw new DomainError('TOPIC_WRONG_STATE');
}
