import { Injectable } from '@nestjs/common';
import { isWishParty, Role, wishEventLabel, WishHistoryView } from '@linli/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { Wish } from './wish.entity';
import { WishEvent } from './wish-event.entity';

/**
 * A wish's history (进程): the lines written with each change, for the people the wish is about or
 * with: its poster, beneficiary and agent, its claimer and the community's secretary. Everyone else
 * the wall shows it to is told they may not (403); the route's guard answers 404 to the rest.
 */
@Injectable()
export class WishHistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async history(actorId: string, wishId: string): Promise<WishHistoryView> {
    const wish = await this.dataSource.getRepository(Wish).findOneByOrFail({ id: wishId });
    if (!(await this.mayRead(actorId, wish))) throw new DomainError('WISH_HISTORY_NOT_ALLOWED');
    const events = await this.dataSource.getRepository(WishEvent).find({ where: { wishId }, order: { id: 'ASC' } });
    return {
      wishId,
      items: events.map((e) => ({ kind: e.kind, label: wishEventLabel(e.kind), note: e.note, at: e.createdAt.toISOString(), bySystem: e.actorId === null })),
    };
  }

  private async mayRead(actorId: string, wish: Wish): Promise<boolean> {
    if (isWishParty(wish, actorId) || wish.claimerId === actorId) return true;
    return this.access.holdsAnyRoleOver(actorId, [Role.Secretary], await this.access.requirePlace(wish.communityId));
  }
}
