import { BallotPhase, ballotPhase, BallotStatus } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { Ballot } from './ballot.entity';

export function assertVoting(ballot: Pick<Ballot, 'status' | 'opensAt' | 'closesAt'>, now: Date): void {
  const phase = ballotPhase(ballot.status, ballot.opensAt.getTime(), ballot.closesAt.getTime(), now.getTime());
  if (phase === BallotPhase.Upcoming) throw new DomainError('BALLOT_NOT_OPEN_YET');
  if (phase !== BallotPhase.Voting || ballot.status !== BallotStatus.Open) throw new DomainError('BALLOT_CLOSED');
}

/**
 * Reads the ballot under a shared lock: votes (online or paper) do not wait for each other, but
 * closing (an exclusive UPDATE of this row) waits for votes in flight, and votes after it see it closed.
 */
export async function lockOpen(manager: EntityManager, ballotId: string): Promise<void> {
  const query = manager
    .getRepository(Ballot)
    .createQueryBuilder('b')
    .select(['b.id', 'b.status', 'b.opensAt', 'b.closesAt'])
    .where('b.id = :ballotId', { ballotId });
  if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_read');
  assertVoting((await query.getOne())!, new Date());
}
