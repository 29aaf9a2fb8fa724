import { Injectable } from '@nestjs/common';
import { POST_TYPE_LABELS, reportedHours } from '@linli/shared';
import { DataSource } from 'typeorm';
import { User } from '../../identity/user.entity';
import { Post } from '../../posts/post.entity';
import { PostShift } from '../../posts/post-shift.entity';
import { ShiftClaim } from '../../posts/shift-claim.entity';
import { byIds, CellValue, excelTime, ExportColumn, ExportScope, ExportSheet, FORMATS } from './export-sheet';

type ServiceRow = Pick<ShiftClaim, 'id' | 'communityId' | 'memberId' | 'postId' | 'shiftId' | 'confirmedMinutes' | 'points' | 'hoursConfirmedAt'>;

/** 服务时长: every shift claim whose hours the secretary confirmed, for shifts that started in the range. */
@Injectable()
export class ServiceHoursSheet implements ExportSheet<ServiceRow> {
  readonly title = '服务时长';

  constructor(private readonly dataSource: DataSource) {}

  columns(): ExportColumn[] {
    return [
      { header: '所属社区', width: 14 },
      { header: '党员', width: 12 },
      { header: '岗位', width: 26 },
      { header: '岗位类型', width: 12 },
      { header: '开始时间', width: 17, numFmt: FORMATS.time },
      { header: '结束时间', width: 17, numFmt: FORMATS.time },
      { header: '确认时长（分钟）', width: 16 },
      { header: '确认时长（小时）', width: 16, numFmt: FORMATS.hours },
      { header: '积分', width: 8 },
      { header: '确认时间', width: 17, numFmt: FORMATS.time },
    ];
  }

  count(scope: ExportScope): Promise<number> {
    return this.query(scope).getCount();
  }

  batch(scope: ExportScope, afterId: string | null, limit: number): Promise<ServiceRow[]> {
    const query = this.query(scope)
      .select(['c.id', 'c.communityId', 'c.memberId', 'c.postId', 'c.shiftId', 'c.confirmedMinutes', 'c.points', 'c.hoursConfirmedAt'])
      .orderBy('c.id', 'ASC')
      // limit, not take: the join is one shift per claim, so no de-duplicating subquery is needed.
      .limit(limit);
    if (afterId) query.andWhere('c.id > :afterId', { afterId });
    return query.getMany();
  }

  async cells(scope: ExportScope, rows: ServiceRow[]): Promise<CellValue[][]> {
    const members = await byIds(
      this.dataSource,
      User,
      rows.map((r) => r.memberId),
      ['displayName'],
    );
    const posts = await byIds(
      this.dataSource,
      Post,
      rows.map((r) => r.postId),
      ['title', 'type'],
    );
    const shifts = await byIds(
      this.dataSource,
      PostShift,
      rows.map((r) => r.shiftId),
      ['startsAt', 'endsAt'],
    );
    return rows.map((r) => {
      const post = posts.get(r.postId);
      const shift = shifts.get(r.shiftId);
      const minutes = r.confirmedMinutes ?? 0;
      return [
        scope.communityNames.get(r.communityId) ?? '',
        members.get(r.memberId)?.displayName ?? '',
        post?.title ?? '',
        post ? POST_TYPE_LABELS[post.type] : '',
        excelTime(shift?.startsAt ?? null),
        excelTime(shift?.endsAt ?? null),
        minutes,
        reportedHours(minutes),
        r.points,
        excelTime(r.hoursConfirmedAt),
      ];
    });
  }

  private query(scope: ExportScope) {
    return this.dataSource
      .getRepository(ShiftClaim)
      .createQueryBuilder('c')
      .innerJoin(PostShift, 's', 's.id = c.shiftId')
      .where('c.communityId IN (:...communityIds)', { communityIds: scope.communityIds })
      .andWhere('c.hoursConfirmedAt IS NOT NULL')
      .andWhere('s.startsAt >= :start AND s.startsAt < :end', { start: scope.start, end: scope.end });
  }
}
