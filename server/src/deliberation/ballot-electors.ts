import { BallotRule } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { HouseholdMember } from '../places/household-member.entity';
import { Owner } from '../places/owner.entity';
import { BallotElector } from './ballot-elector.entity';

export const INELIGIBLE_REASONS: Record<BallotRule, string> = {
  [BallotRule.Simple]: '您不在这次投票范围内登记的成年居民名单中',
  [BallotRule.Acceptance]: '您不在这次验收范围内登记的成年居民名单中',
  [BallotRule.Household]: '您不是投票范围内住户的成年家庭成员',
  [BallotRule.OwnersArt278]: '您不是投票范围内房屋的登记业主',
};

/** The roll lines a user may vote as: themselves, their households (as an adult member), or the units they own. */
export async function electorsOf(manager: EntityManager, ballot: { id: string; rule: BallotRule }, userId: string): Promise<BallotElector[]> {
  const query = manager.getRepository(BallotElector).createQueryBuilder('e').where('e.ballotId = :ballotId', { ballotId: ballot.id });
  switch (ballot.rule) {
    case BallotRule.Simple:
    case BallotRule.Acceptance:
      query.andWhere('e.userId = :userId', { userId });
      break;
    case BallotRule.Household: {
      const sub = manager.getRepository(HouseholdMember).createQueryBuilder('m').select('m.householdId').where('m.userId = :userId AND m.isAdult = :adult');
      query.andWhere(`e.householdId IN (${sub.getQuery()})`, { userId, adult: true });
      break;
    }
    case BallotRule.OwnersArt278: {
      const sub = manager.getRepository(Owner).createQueryBuilder('o').select('o.id').where('o.userId = :userId');
      query.andWhere(`e.ownerId IN (${sub.getQuery()})`, { userId });
      break;
    }
  }
  return query.orderBy('e.voterKey').getMany();
}
