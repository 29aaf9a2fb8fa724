import { Injectable } from '@nestjs/common';
import { WISH_CATEGORY_LABELS, WISH_STATUS_LABELS } from '@linli/shared';
import { DataSource } from 'typeorm';
import { User } from '../../identity/user.entity';
import { Wish } from '../../wishes/wish.entity';
import { byIds, CellValue, excelTime, ExportColumn, ExportScope, ExportSheet, FORMATS, yesNo } from './export-sheet';

/**
 * The only wish columns an export reads. The beneficiary (name, account, household, building),
 * the story, the consent note and the thanks are private to the people a wish is about (see
 * wish-views.ts): they are never selected, so they cannot reach a spreadsheet that travels.
 */
const PUBLIC_COLUMNS = [
  'id',
  'communityId',
  'title',
  'category',
  'valueFen',
  'status',
  'agentUserId',
  'claimerId',
  'claimedAt',
  'fulfilledAt',
  'confirmedAt',
  'rating',
  'createdAt',
] as const;

type WishRow = Pick<Wish, (typeof PUBLIC_COLUMNS)[number]>;

/** 微心愿: wishes posted in the range, whatever became of them. */
@Injectable()
export class WishesSheet implements ExportSheet<WishRow> {
  readonly title = '微心愿';

  constructor(private readonly dataSource: DataSource) {}

  columns(): ExportColumn[] {
    return [
      { header: '所属社区', width: 14 },
      { header: '心愿', width: 30 },
      { header: '类别', width: 8 },
      { header: '价值（元）', width: 12, numFmt: FORMATS.yuan },
      { header: '状态', width: 10 },
      { header: '网格员代发', width: 10 },
      { header: '发布时间', width: 17, numFmt: FORMATS.time },
      { header: '认领人', width: 12 },
      { header: '认领时间', width: 17, numFmt: FORMATS.time },
      { header: '完成时间', width: 17, numFmt: FORMATS.time },
      { header: '确认圆梦时间', width: 17, numFmt: FORMATS.time },
      { header: '评分', width: 8 },
    ];
  }

  count(scope: ExportScope): Promise<number> {
    return this.query(scope).getCount();
  }

  batch(scope: ExportScope, afterId: string | null, limit: number): Promise<WishRow[]> {
    const query = this.query(scope)
      .select(PUBLIC_COLUMNS.map((c) => `w.${c}`))
      .orderBy('w.id', 'ASC')
      .take(limit);
    if (afterId) query.andWhere('w.id > :afterId', { afterId });
    return query.getMany();
  }

  async cells(scope: ExportScope, rows: WishRow[]): Promise<CellValue[][]> {
    const claimers = await byIds(
      this.dataSource,
      User,
      rows.map((w) => w.claimerId),
      ['displayName'],
    );
    return rows.map((w) => [
      scope.communityNames.get(w.communityId) ?? '',
      w.title,
      WISH_CATEGORY_LABELS[w.category],
      w.valueFen / 100,
      WISH_STATUS_LABELS[w.status],
      yesNo(w.agentUserId !== null),
      excelTime(w.createdAt),
      w.claimerId ? (claimers.get(w.claimerId)?.displayName ?? null) : null,
      excelTime(w.claimedAt),
      excelTime(w.fulfilledAt),
      excelTime(w.confirmedAt),
      w.rating,
    ]);
  }

  private query(scope: ExportScope) {
    return this.dataSource
      .getRepository(Wish)
      .createQueryBuilder('w')
      .where('w.communityId IN (:...communityIds)', { communityIds: scope.communityIds })
      .andWhere('w.createdAt >= :start AND w.createdAt < :end', { start: scope.start, end: scope.end });
  }
}
