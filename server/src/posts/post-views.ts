import { Injectable } from '@nestjs/common';
import { fromMicroDegrees, MyShiftClaimRef, PostSummaryView, servedMinutes, ShiftClaimStatus, ShiftClaimView, ShiftView } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { displayNamesOf } from '../identity/display-names';
import { Place } from '../places/place.entity';
import { toPlaceRef } from '../places/place-views';
import { WorkUnit } from '../reporting/work-unit.entity';
import { Post } from './post.entity';
import { PostShift } from './post-shift.entity';
import { ShiftClaim } from './shift-claim.entity';

/**
 * Builds post, shift and claim views a page at a time with a fixed number of queries. Waiting-list
 * positions are shown as ranks among the members still waiting (1 = next), so a member who left
 * the list never leaves a hole in what others see.
 */
@Injectable()
export class PostViews {
  constructor(private readonly dataSource: DataSource) {}

  async summaries(posts: Post[]): Promise<PostSummaryView[]> {
    if (posts.length === 0) return [];
    const [communities, publishers, units] = await Promise.all([
      this.byId(
        Place,
        posts.map((p) => p.communityId),
      ),
      displayNamesOf(
        this.dataSource,
        posts.map((p) => p.publishedBy),
      ),
      this.byId(
        WorkUnit,
        posts.map((p) => p.publisherUnitId).filter((id): id is string => id !== null),
      ),
    ]);
    return posts.map((p) => ({
      id: p.id,
      community: toPlaceRef(communities.get(p.communityId)!),
      title: p.title,
      type: p.type,
      kind: p.kind,
      description: p.description,
      place: { address: p.address, latitude: fromMicroDegrees(p.latitudeE6), longitude: fromMicroDegrees(p.longitudeE6), radiusMetres: p.radiusMetres },
      pointsPerHour: p.pointsPerHour,
      requiredSkills: p.requiredSkills,
      publisherName: publishers.get(p.publishedBy) ?? '',
      publisherUnitName: p.publisherUnitId ? (units.get(p.publisherUnitId)?.name ?? null) : null,
      createdAt: p.createdAt.toISOString(),
    }));
  }

  async shifts(shifts: PostShift[], viewerId: string | null): Promise<ShiftView[]> {
    if (shifts.length === 0) return [];
    const ids = shifts.map((s) => s.id);
    const waitingRows = await this.dataSource
      .getRepository(ShiftClaim)
      .createQueryBuilder('c')
      .select('c.shiftId', 'shiftId')
      .addSelect('COUNT(*)', 'count')
      .where('c.shiftId IN (:...ids) AND c.status = :waiting', { ids, waiting: ShiftClaimStatus.Waiting })
      .groupBy('c.shiftId')
      .getRawMany<{ shiftId: string; count: string | number }>();
    const waiting = new Map(waitingRows.map((r) => [r.shiftId, Number(r.count)]));
    const mine = viewerId ? await this.myClaims(ids, viewerId) : new Map<string, MyShiftClaimRef>();
    return shifts.map((s) => ({
      id: s.id,
      postId: s.postId,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      capacity: s.capacity,
      taken: s.confirmedCount,
      waiting: waiting.get(s.id) ?? 0,
      status: s.status,
      myClaim: mine.get(s.id) ?? null,
    }));
  }

  /** Claim views; `shifts` supplies the times the served minutes are capped at. */
  async claims(claims: ShiftClaim[], shifts: Map<string, PostShift>): Promise<ShiftClaimView[]> {
    if (claims.length === 0) return [];
    const names = await displayNamesOf(
      this.dataSource,
      claims.map((c) => c.memberId),
    );
    const ranks = await this.waitingRanks(claims);
    return claims.map((c) => this.claimView(c, shifts.get(c.shiftId)!, names.get(c.memberId) ?? '', ranks.get(c.id) ?? null));
  }

  async claimById(claimId: string): Promise<ShiftClaimView> {
    const claim = await this.dataSource.getRepository(ShiftClaim).findOneOrFail({ where: { id: claimId } });
    const shift = await this.dataSource
      .getRepository(PostShift)
      .findOneOrFail({ select: { id: true, startsAt: true, endsAt: true }, where: { id: claim.shiftId } });
    return (await this.claims([claim], new Map([[shift.id, shift]])))[0];
  }

  /** One claim's view from what the caller already holds (no reads); `waitingRank` as waitingRanks computes it. */
  claimView(c: ShiftClaim, shift: Pick<PostShift, 'startsAt' | 'endsAt'>, memberName: string, waitingRank: number | null): ShiftClaimView {
    const served =
      c.checkedInAt && c.checkedOutAt
        ? servedMinutes({
            checkedInAt: c.checkedInAt.getTime(),
            checkedOutAt: c.checkedOutAt.getTime(),
            startsAt: shift.startsAt.getTime(),
            endsAt: shift.endsAt.getTime(),
          })
        : null;
    return {
      id: c.id,
      shiftId: c.shiftId,
      postId: c.postId,
      memberId: c.memberId,
      memberName,
      status: c.status,
      waitingPosition: waitingRank,
      checkedInAt: c.checkedInAt?.toISOString() ?? null,
      checkedOutAt: c.checkedOutAt?.toISOString() ?? null,
      checkInMethod: c.checkInMethod,
      servedMinutes: served,
      confirmedMinutes: c.confirmedMinutes,
      points: c.points,
      note: c.note,
      createdAt: c.createdAt.toISOString(),
    };
  }

  private async myClaims(shiftIds: string[], viewerId: string): Promise<Map<string, MyShiftClaimRef>> {
    const claims = await this.dataSource.getRepository(ShiftClaim).find({ where: { shiftId: In(shiftIds), memberId: viewerId, live: 1 } });
    const ranks = await this.waitingRanks(claims);
    return new Map(claims.map((c) => [c.shiftId, { id: c.id, status: c.status, waitingPosition: ranks.get(c.id) ?? null }]));
  }

  /** 1 + how many still wait ahead of each waiting claim, on its own shift. */
  private async waitingRanks(claims: ShiftClaim[]): Promise<Map<string, number>> {
    const waiting = claims.filter((c) => c.status === ShiftClaimStatus.Waiting && c.waitingPosition !== null);
    const ranks = new Map<string, number>();
    const byShift = new Map<string, ShiftClaim[]>();
    for (const c of waiting) byShift.set(c.shiftId, [...(byShift.get(c.shiftId) ?? []), c]);
    for (const [shiftId, mine] of byShift) {
      const positions = await this.dataSource.getRepository(ShiftClaim).find({
        select: { id: true, waitingPosition: true },
        where: { shiftId, status: ShiftClaimStatus.Waiting },
        order: { waitingPosition: 'ASC' },
      });
      const rankOf = new Map(positions.map((p, i) => [p.id, i + 1]));
      for (const c of mine) if (rankOf.has(c.id)) ranks.set(c.id, rankOf.get(c.id)!);
    }
    return ranks;
  }

  private async byId<T extends { id: string }>(entity: new () => T, ids: string[]): Promise<Map<string, T>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(entity).find({ where: { id: In(unique) } as never });
    return new Map(rows.map((r) => [r.id, r]));
  }
}
