import { Injectable } from '@nestjs/common';
import { isOnWall, LIMITS, PlaceLevel, WishCountsView, WishPublicView, WishStatus } from '@linli/shared';
import { DataSource } from 'typeorm';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, pageOf } from '../common/http/page';
import { columnsOf, selectEntities } from '../database/plain-sql';
import { StreetWallQueryDto, WallQueryDto } from './dto/wish-input.dto';
import { Wish } from './wish.entity';
import { PUBLIC_VIEW_COLUMNS, PublicViewWish, WishViews } from './wish-views';

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
    return this.wall('community_id', community.id, query);
  }

  /** The wall of every community of a street, for members who help beyond their own community. */
  async streetPage(street: ScopedPlace, query: StreetWallQueryDto) {
    if (street.level !== PlaceLevel.Street) throw new DomainError('PLACE_NOT_FOUND');
    return this.wall('street_id', street.id, { ...query, sort: 'newest' });
  }

  private async wall(placeColumn: 'community_id' | 'street_id', placeId: string, query: WallQueryDto) {
    const limit = query.limit ?? LIMITS.pageSizeDefault;
    const manager = this.dataSource.manager;
    const where = [`w.${placeColumn} = ?`, 'w.status = ?', 'w.hidden = ?'];
    const values: unknown[] = [placeId, query.status ?? WishStatus.Open, false];
    if (query.category) {
      where.push('w.category = ?');
      values.push(query.category);
    }
    const after = decodeCursor(query.cursor);
    let order: string;
    if (query.sort === 'urgent') {
      order = 'w.wanted_by ASC, w.id ASC';
      if (after) {
        const [wantedBy, id] = after.split('|');
        where.push('(w.wanted_by > ? OR (w.wanted_by = ? AND w.id > ?))');
        values.push(wantedBy, wantedBy, id);
      }
    } else {
      order = 'w.id DESC';
      if (after) {
        where.push('w.id < ?');
        values.push(after);
      }
    }
    // Only the columns the public view is built from: the beneficiary's phone, flat and notes never leave the database.
    const rows: PublicViewWish[] = await selectEntities(
      manager,
      Wish,
      `SELECT ${columnsOf(manager, Wish, 'w', PUBLIC_VIEW_COLUMNS)} FROM wish w WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`,
      [...values, limit + 1],
    );
    const page = pageOf(rows, limit, (w) => (query.sort === 'urgent' ? `${w.wantedBy}|${w.id}` : w.id));
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
