import { Injectable } from '@nestjs/common';
import { PlaceLevel, shanghaiDaysRange } from '@linli/shared';
import { DataSource } from 'typeorm';
import { Place } from '../places/place.entity';
import { ExportJob } from './export-job.entity';
import { ExportScope } from './sheets/export-sheet';

/** The places an export may be asked for: a community, or a street standing for all its communities. */
export const EXPORT_LEVELS: readonly PlaceLevel[] = [PlaceLevel.Community, PlaceLevel.Street];

@Injectable()
export class ExportScopes {
  constructor(private readonly dataSource: DataSource) {}

  async of(job: Pick<ExportJob, 'placeId' | 'rangeFrom' | 'rangeTo' | 'withContacts'>): Promise<ExportScope> {
    const places = this.dataSource.getRepository(Place);
    const place = await places.findOneByOrFail({ id: job.placeId });
    const communities =
      place.level === PlaceLevel.Community ? [place] : await places.find({ where: { parentId: place.id, level: PlaceLevel.Community }, order: { id: 'ASC' } });
    const { start, end } = shanghaiDaysRange(job.rangeFrom, job.rangeTo);
    return {
      // A street with no communities yet still makes a valid (empty) query.
      communityIds: communities.length > 0 ? communities.map((c) => c.id) : [''],
      communityNames: new Map(communities.map((c) => [c.id, c.name])),
      start,
      end,
      withContacts: job.withContacts,
    };
  }
}
