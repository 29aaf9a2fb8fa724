import { Injectable } from '@nestjs/common';
import { maskPersonName, WishManageView, WishPublicView } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { displayNamesOf } from '../identity/display-names';
import { Household } from '../places/household.entity';
import { Place } from '../places/place.entity';
import { toPlaceRef } from '../places/place-views';
import { placeholders, selectRows } from '../database/plain-sql';
import { Wish } from './wish.entity';
import { WishCoClaimer } from './wish-claim.entity';
import { WishPhotosService } from './wish-photos.service';

/** The columns publicViews reads; a page for the public selects only these. */
export const PUBLIC_VIEW_COLUMNS = [
  'id',
  'communityId',
  'gridId',
  'buildingId',
  'title',
  'story',
  'category',
  'valueFen',
  'wantedBy',
  'status',
  'beneficiaryName',
  'beneficiaryGender',
  'agentUserId',
  'claimerId',
  'claimId',
  'createdAt',
  'claimedAt',
  'claimDueAt',
  'fulfilledAt',
  'confirmedAt',
] as const satisfies readonly (keyof Wish)[];

export type PublicViewWish = Pick<Wish, (typeof PUBLIC_VIEW_COLUMNS)[number]>;

/**
 * Builds wish views a page at a time with a fixed number of queries. The public builder copies
 * field by field into a fresh object, so a private column can only reach the wall by being named here.
 */
@Injectable()
export class WishViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly photos: WishPhotosService,
  ) {}

  async publicViews(wishes: PublicViewWish[]): Promise<WishPublicView[]> {
    if (wishes.length === 0) return [];
    const places = await this.placesOf(wishes.flatMap((w) => [w.communityId, w.gridId, w.buildingId]));
    const coClaimers = await this.coClaimersOf(wishes);
    const names = await displayNamesOf(this.dataSource, [...wishes.map((w) => w.claimerId), ...[...coClaimers.values()].flat()]);
    const photos = await this.photos.viewsOf(
      wishes.map((w) => w.id),
      false,
    );
    return wishes.map((w) => ({
      id: w.id,
      community: toPlaceRef(places.get(w.communityId)!),
      grid: toPlaceRef(places.get(w.gridId)!),
      building: toPlaceRef(places.get(w.buildingId)!),
      title: w.title,
      story: w.story,
      category: w.category,
      valueFen: w.valueFen,
      wantedBy: w.wantedBy,
      status: w.status,
      beneficiaryMasked: maskPersonName(w.beneficiaryName, w.beneficiaryGender),
      postedByAgent: w.agentUserId !== null,
      claimerName: w.claimerId ? (names.get(w.claimerId) ?? null) : null,
      coClaimerNames: (coClaimers.get(w.id) ?? []).map((id) => names.get(id) ?? ''),
      photos: photos.get(w.id) ?? [],
      createdAt: w.createdAt.toISOString(),
      claimedAt: w.claimedAt?.toISOString() ?? null,
      claimDueAt: w.claimDueAt?.toISOString() ?? null,
      fulfilledAt: w.fulfilledAt?.toISOString() ?? null,
      confirmedAt: w.confirmedAt?.toISOString() ?? null,
    }));
  }

  async manageViews(wishes: Wish[]): Promise<WishManageView[]> {
    const publics = await this.publicViews(wishes);
    const households = await this.byId(
      Household,
      wishes.map((w) => w.householdId),
    );
    const agents = await displayNamesOf(
      this.dataSource,
      wishes.map((w) => w.agentUserId),
    );
    const allPhotos = await this.photos.viewsOf(
      wishes.map((w) => w.id),
      true,
    );
    return wishes.map((w, i) => ({
      ...publics[i],
      beneficiaryUserId: w.beneficiaryUserId,
      beneficiaryName: w.beneficiaryName,
      householdLabel: `${publics[i].building.name} ${households.get(w.householdId)?.label ?? ''}`.trim(),
      agentName: w.agentUserId ? (agents.get(w.agentUserId) ?? null) : null,
      consentNote: w.consentNote,
      rejectReason: w.rejectReason,
      fulfilmentNote: w.fulfilmentNote,
      thanks: w.thanks,
      rating: w.rating,
      allPhotos: allPhotos.get(w.id) ?? [],
      hidden: w.hidden,
      hiddenReason: w.hiddenReason,
    }));
  }

  /** Names and levels of places, as a place reference shows them. */
  private async placesOf(ids: string[]): Promise<Map<string, Pick<Place, 'id' | 'name' | 'level'>>> {
    const unique = [...new Set(ids)];
    const rows = await selectRows<Pick<Place, 'id' | 'name' | 'level'>>(
      this.dataSource.manager,
      `SELECT id, name, level FROM place WHERE id IN (${placeholders(unique.length)})`,
      unique,
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Co-claimers of each wish's live (or, once confirmed, last) claim. */
  private async coClaimersOf(wishes: PublicViewWish[]): Promise<Map<string, string[]>> {
    const claimIds = wishes.map((w) => w.claimId).filter((id): id is string => id !== null);
    const result = new Map<string, string[]>();
    if (claimIds.length === 0) return result;
    const rows = await this.dataSource.getRepository(WishCoClaimer).find({ where: { claimId: In(claimIds) }, order: { id: 'ASC' } });
    const wishOfClaim = new Map(wishes.filter((w) => w.claimId).map((w) => [w.claimId!, w.id]));
    for (const row of rows) {
      const wishId = wishOfClaim.get(row.claimId)!;
      result.set(wishId, [...(result.get(wishId) ?? []), row.userId]);
    }
    return result;
  }

  private async byId<T extends { id: string }>(entity: new () => T, ids: string[]): Promise<Map<string, T>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(entity).find({ where: { id: In(unique) } as never });
    return new Map(rows.map((r) => [r.id, r]));
  }
}
