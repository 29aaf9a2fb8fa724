import { Injectable } from '@nestjs/common';
import { isOnWall, LIMITS, PlaceLevel, WishCountsView, WishPublicView, WishStatus } from '@linli/shared';
import { DataSource } from 'typeorm';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, pageOf } from '../common/http/page';
import { StreetWallQueryDto, WallQueryDto } from './dto/wish-input.dto';
import { Wish } from './wish.entity';
import { WishViews } from './wish-views';

/**
 * The public wall. Keyset pagination on indexes that match each order exactly:
 * newest = (community, status, id DESC); urgent = (community, status, wanted_by, id);
 * a street's wall, newest only = (street, status, id DESC).
 */
@Injectable()
export class WishWallService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: WishViews,
  ) {}

  async page(community: ScopedPlace, query: WallQueryDto) {
    return this.wall('communityId', community.id, query);
  }

  /** The wall of every community of a street, for members who help beyond their own community. */
  async streetPage(street: ScopedPlace, query: StreetWallQueryDto) {
    if (street.level !== PlaceLevel.Street) throw new DomainError('PLACE_NOT_FOUND');
    return this.wall('streetId', street.id, { ...query, sort: 'newest' });
  }

  private async wall(placeColumn: 'communityId' | 'streetId', placeId: string, query: WallQueryDto) {
    const limit = query.limit ?? LIMITS.pageSizeDefault;
    const status = query.status ?? WishStatus.Open;
    const after = decodeCursor(query.cursor);
    const q = this.dataSource
      .getRepository(Wish)
      .createQueryBuilder('w')
      .where(`w.${placeColumn} = :placeId AND w.status = :status AND w.hidden = :visible`, { placeId, status, visible: false })
      .take(limit + 1);
    if (query.category) q.andWhere('w.category = :category', { category: query.category });
    if (query.sort === 'urgent') {
      q.orderBy('w.wantedBy', 'ASC').addOrderBy('w.id', 'ASC');
      if (after) {
        const [wantedBy, id] = after.split('|');
        q.andWhere('(w.wantedBy > :wantedBy OR (w.wantedBy = :wantedBy AND w.id > :id))', { wantedBy, id });
      }
    } else {
      q.orderBy('w.id', 'DESC');
      if (after) q.andWhere('w.id < :after', { after });
    }
    const page = pageOf(await q.getMany(), limit, (w) => (query.sort === 'urgent' ? `${w.wantedBy}|${w.id}` : w.id));
    return { items: await this.views.publicViews(page.items), nextCursor: page.nextCursor };
  }

  /** One wish as the public sees it; not on the wall (in review, rejected, withdrawn, hidden after reports) reads as missing. */
  async detail(wish: Wish): Promise<WishPublicView> {
    if (!isOnWall(wish.status) || wish.hidden) throw new DomainError('WISH_NOT_FOUND');
    return (await this.views.publicViews([wish]))[0];
  }

  async counts(community: ScopedPlace): Promise<WishCountsView> {
    const rows = await this.dataSource
      .getRepository(Wish)
      .createQueryBuilder('w')
      .select('w.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('w.communityId = :communityId AND w.hidden = :visible', { communityId: community.id, visible: false })
      .andWhere('w.status IN (:...statuses)', { statuses: [WishStatus.Open, WishStatus.Claimed, WishStatus.Fulfilled, WishStatus.Confirmed] })
      .groupBy('w.status')
      .getRawMany<{ status: WishStatus; count: string | number }>();
    const count = (status: WishStatus) => Number(rows.find((r) => r.status === status)?.count ?? 0);
    return {
      communityId: community.id,
      open: count(WishStatus.Open),
      claimed: count(WishStatus.Claimed) + count(WishStatus.Fulfilled),
      fulfilled: count(WishStatus.Confirmed),
    };
  }
}
