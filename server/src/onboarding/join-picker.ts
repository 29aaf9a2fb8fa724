import { Injectable } from '@nestjs/common';
import { PlaceLevel } from '@linli/shared';
import { DataSource, Like } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { Place } from '../places/place.entity';

/** Community → building, for a newcomer who has no code to scan. Names only. */
@Injectable()
export class JoinPicker {
  constructor(private readonly dataSource: DataSource) {}

  async communities(): Promise<{ id: string; name: string }[]> {
    const rows = await this.dataSource.getRepository(Place).find({ where: { level: PlaceLevel.Community }, order: { name: 'ASC' } });
    return rows.map((p) => ({ id: p.id, name: p.name }));
  }

  async buildings(communityId: string): Promise<{ id: string; name: string }[]> {
    const community = communityId.length <= 36 ? await this.dataSource.getRepository(Place).findOne({ where: { id: communityId } }) : null;
    if (!community || community.level !== PlaceLevel.Community) throw new DomainError('JOIN_PLACE_INVALID');
    const rows = await this.dataSource.getRepository(Place).find({ where: { level: PlaceLevel.Building, path: Like(`${community.path}%`) } });
    return rows.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN', { numeric: true }));
  }
}
