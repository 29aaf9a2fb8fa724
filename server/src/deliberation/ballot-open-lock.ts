import { BallotPhase, ballotPhase, BallotStatus } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { execute } from '../database/plain-sql';
import { beforeCommit } from '../database/transaction-runner';
import { Ballot } from './ballot.entity';

export function assertVoting(ballot: Pick<Ballot, 'status' | 'opensAt' | 'closesAt'>, now: Date): void {
  const phase = ballotPhase(ballot.status, ballot.opensAt.getTime(), ballot.closesAt.getTime(), now.getTime());
  if (phase === BallotPhase.Upcoming) throw new DomainError('BALLOT_NOT_OPEN_YET');
  if (phase !== BallotPhase.Voting || ballot.status !== BallotStatus.Open) throw new DomainError('BALLOT_CLOSED');
}

/**
 * A vote (online or paper, cast or changed) counts only if the ballot is still open when it
 * commits. Read now for a precise refusal; then, last before the commit, one conditional UPDATE
 * of the ballot row decides (`vote_seq + 1` while open and inside its times), else the vote rolls
 * back as BALLOT_CLOSED. Closing is a conditional UPDATE of the same row, so a vote and a close
 * are ordered by the row: on one MariaDB the later waits for the earlier and then (READ
 * COMMITTED) sees it, so a vote either lands before the close's tally or is refused; on Galera,
 * where a lock holds on one node only, the two writes conflict at certification and the loser is
 * run again. A write, not a shared lock: shared locks are neither replicated nor certified.
 * Votes queue on the row only for their commit.
 */
export async function lockOpen(manager: EntityManager, ballotId: string): Promise<void> {
  const ballot = await manager
    .getRepository(Ballot)
    .createQueryBuilder('b')
    .select(['b.id', 'b.status', 'b.opensAt', 'b.closesAt'])
    .where('b.id = :ballotId', { ballotId })
    .getOne();
  assertVoting(ballot!, new Date());
  beforeCommit(manager, `ballot-open:${ballotId}`, async () => {
    const now = new Date();
    const open = await execute(manager, 'UPDATE ballot SET vote_seq = vote_seq + 1 WHERE id = ? AND status = ? AND opens_at <= ? AND closes_at > ?', [
      ballotId,
      BallotStatus.Open,
      now,
      now,
    ]);
    if (open !== 1) throw new DomainError('BALLOT_CLOSED');
  });
}
