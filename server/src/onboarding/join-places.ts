import { Injectable } from '@nestjs/common';
import { JoinPlaceView, PlaceLevel } from '@linli/shared';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { ID_LENGTH } from '../database/columns';
import { Household } from '../places/household.entity';
import { Place } from '../places/place.entity';

/** More flats than any one building has. */
const MAX_FLATS = 2000;

/** A flat with where it lies: what a join request is filed against. */
export interface JoinTarget {
  household: Household;
  building: Place;
  community: Place;
}

/**
 * Reads what a QR code or the picker names. The code carries only a place id (`p=<id>`): not a
 * secret, since joining still needs the register's name and verified phone or a person's review.
 * An id that names no building or flat (forged, mistyped, another level) is one clear error.
 */
@Injectable()
export class JoinPlaces {
  constructor(private readonly dataSource: DataSource) {}

  async view(placeId: string): Promise<JoinPlaceView> {
    if (!plausibleId(placeId)) throw new DomainError('JOIN_PLACE_INVALID');
    const household = await this.dataSource.getRepository(Household).findOne({ where: { id: placeId } });
    const building = await this.building(household ? household.buildingId : placeId);
    const community = await this.community(building);
    const flats = await this.dataSource
      .getRepository(Household)
      .find({ select: { id: true, label: true }, where: { buildingId: building.id }, order: { label: 'ASC' }, take: MAX_FLATS });
    return {
      communityId: community.id,
      communityName: community.name,
      buildingId: building.id,
      buildingName: building.name,
      householdId: household?.id ?? null,
      householdLabel: household?.label ?? null,
      flats: flats.map((f) => ({ id: f.id, label: f.label })),
    };
  }

  /** The flat a join names; `communityId`, when the person picked one, must be the flat's own. */
  async target(householdId: string, communityId: string | undefined): Promise<JoinTarget> {
    const household = plausibleId(householdId) ? await this.dataSource.getRepository(Household).findOne({ where: { id: householdId } }) : null;
    if (!household) throw new DomainError('JOIN_PLACE_INVALID');
    if (communityId !== undefined && household.communityId !== communityId) throw new DomainError('JOIN_HOUSEHOLD_OUTSIDE_COMMUNITY');
    const building = await this.building(household.buildingId);
    return { household, building, community: await this.community(building) };
  }

  private async building(id: string): Promise<Place> {
    const place = await this.dataSource.getRepository(Place).findOne({ where: { id } });
    if (!place || place.level !== PlaceLevel.Building || !place.parentId) throw new DomainError('JOIN_PLACE_INVALID');
    return place;
  }

  private async community(building: Place): Promise<Place> {
    const ids = building.path.split('/').filter(Boolean);
    const places = ids.length ? await this.dataSource.getRepository(Place).find({ where: ids.map((id) => ({ id })) }) : [];
    const community = places.find((p) => p.level === PlaceLevel.Community);
    if (!community) throw new DomainError('JOIN_PLACE_INVALID');
    return community;
  }
}

/** Ids are UUIDs; anything longer or stranger is refused before it reaches a query. */
function plausibleId(id: string): boolean {
  return id.length > 0 && id.length <= ID_LENGTH && /^[0-9a-zA-Z-]+$/.test(id);
}
