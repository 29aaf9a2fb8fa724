import { Injectable } from '@nestjs/common';
import { CoClaimerCandidateView, isWishParty, Role, WishStatus } from '@linli/shared';
import { DataSource, In, IsNull } from 'typeorm';
import { AccessService } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { User } from '../identity/user.entity';
import { RoleGrant } from '../roles/role-grant.entity';
import { Wish } from './wish.entity';

const CLAIMER_ROLES = [Role.PartyMember, Role.UnitContact];
/** A picker's worth; past this the claimer narrows by part of a name (q). */
const MAX_CANDIDATES = 100;

/**
 * Whom a claimer may invite into a 帮帮团: the Party members of the wish's community (the claim
 * itself checks the same rule, WISH_CO_CLAIMER_INVALID), less the claimer and the wish's own people.
 * Asked by someone who may claim it, of an open wish only: nobody else needs the list.
 */
@Injectable()
export class WishGroupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async candidates(actorId: string, wishId: string, q?: string): Promise<CoClaimerCandidateView[]> {
    const wish = wishId.length <= 64 ? await this.dataSource.getRepository(Wish).findOne({ where: { id: wishId } }) : null;
    if (!wish || wish.hidden) throw new DomainError('WISH_NOT_FOUND');
    if (wish.status !== WishStatus.Open) throw new DomainError('WISH_WRONG_STATE');
    const community = await this.access.requirePlace(wish.communityId);
    if (!(await this.access.holdsAnyRoleOver(actorId, CLAIMER_ROLES, community))) throw new DomainError('WISH_CLAIM_NOT_ALLOWED');
    const grants = await this.dataSource
      .getRepository(RoleGrant)
      .find({ select: { userId: true }, where: { role: Role.PartyMember, placeId: wish.communityId } });
    const ids = [...new Set(grants.map((g) => g.userId))].filter((id) => id !== actorId && !isWishParty(wish, id));
    if (ids.length === 0) return [];
    const users = await this.dataSource.getRepository(User).find({ select: { id: true, displayName: true }, where: { id: In(ids), deletedAt: IsNull() } });
    const needle = q?.trim();
    return users
      .filter((u) => !needle || u.displayName.includes(needle))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'))
      .slice(0, MAX_CANDIDATES)
      .map((u) => ({ userId: u.id, displayName: u.displayName }));
  }
}
