import { PlaceRef } from '@linli/shared';
import { Place } from './place.entity';

export function toPlaceRef(place: Pick<Place, 'id' | 'name' | 'level'>): PlaceRef {
  return { id: place.id, name: place.name, level: place.level };
}
