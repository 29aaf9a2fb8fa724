import { Injectable } from '@nestjs/common';
import { ART278_MATTER_LABELS, BALLOT_RULE_LABELS, BallotOutcome, BallotRule, BallotStatus, DELIBERATION_DEFAULTS } from '@linli/shared';
import { DataSource } from 'typeorm';
import { Ballot } from '../../deliberation/ballot.entity';
import { Topic } from '../../deliberation/topic.entity';
import { byIds, CellValue, excelTime, ExportColumn, ExportScope, ExportSheet, FORMATS, yesNo } from './export-sheet';

type BallotRow = Pick<Ballot, 'id' | 'communityId' | 'topicId' | 'title' | 'rule' | 'matter' | 'secret' | 'opensAt' | 'closedAt' | 'outcome'>;

/** Who is counted on each rule's roll. */
const COUNTED_AS: Record<BallotRule, string> = {
  [BallotRule.Simple]: '人',
  [BallotRule.Household]: '户',
  [BallotRule.OwnersArt278]: '业主',
  [BallotRule.Acceptance]: '人',
};

/** A ballot has at most this many options (named choices; 同意/反对/弃权 is three). */
const MAX_OPTIONS = DELIBERATION_DEFAULTS.maxChoices;

/**
 * 表决结果: ballots closed in the range, one row each, from the tally frozen on the ballot when
 * it closed. Only totals exist there, so nothing says who voted what, secret ballot or not.
 * Areas are written in m² (the tally keeps hundredths) for owners' ballots only.
 */
@Injectable()
export class BallotsSheet implements ExportSheet<BallotRow> {
  readonly title = '表决结果';

  constructor(private readonly dataSource: DataSource) {}

  columns(): ExportColumn[] {
    const options = Array.from({ length: MAX_OPTIONS }, (_, i) => [
      { header: `选项${i + 1}`, width: 12 },
      { header: `选项${i + 1}票数`, width: 10 },
    ]).flat();
    return [
      { header: '所属社区', width: 14 },
      { header: '议题', width: 28 },
      { header: '表决事项', width: 30 },
      { header: '表决规则', width: 22 },
      { header: '事项类别', width: 22 },
      { header: '不记名', width: 8 },
      { header: '开始时间', width: 17, numFmt: FORMATS.time },
      { header: '结束时间', width: 17, numFmt: FORMATS.time },
      { header: '计票单位', width: 8 },
      { header: '应参与', width: 8 },
      { header: '实际参与', width: 8 },
      { header: '参与率', width: 8, numFmt: FORMATS.percent },
      { header: '专有部分总面积（㎡）', width: 18, numFmt: FORMATS.area },
      { header: '参与表决面积（㎡）', width: 18, numFmt: FORMATS.area },
      { header: '表决结果', width: 10 },
      { header: '结果说明', width: 40 },
      { header: '计票依据', width: 60 },
      ...options,
    ];
  }

  count(scope: ExportScope): Promise<number> {
    return this.query(scope).getCount();
  }

  batch(scope: ExportScope, afterId: string | null, limit: number): Promise<BallotRow[]> {
    const query = this.query(scope)
      .select(['b.id', 'b.communityId', 'b.topicId', 'b.title', 'b.rule', 'b.matter', 'b.secret', 'b.opensAt', 'b.closedAt', 'b.outcome'])
      .orderBy('b.id', 'ASC')
      .take(limit);
    if (afterId) query.andWhere('b.id > :afterId', { afterId });
    return query.getMany();
  }

  async cells(scope: ExportScope, rows: BallotRow[]): Promise<CellValue[][]> {
    const topics = await byIds(
      this.dataSource,
      Topic,
      rows.map((b) => b.topicId),
      ['title'],
    );
    return rows.map((b) => {
      const outcome = b.outcome;
      const owners = b.rule === BallotRule.OwnersArt278;
      return [
        scope.communityNames.get(b.communityId) ?? '',
        topics.get(b.topicId)?.title ?? '',
        b.title,
        BALLOT_RULE_LABELS[b.rule],
        b.matter ? ART278_MATTER_LABELS[b.matter] : null,
        yesNo(b.secret),
        excelTime(b.opensAt),
        excelTime(b.closedAt),
        COUNTED_AS[b.rule],
        outcome?.electorate.count ?? null,
        outcome?.turnout.votes ?? null,
        outcome ? turnoutShare(outcome) : null,
        owners && outcome ? outcome.electorate.areaHundredths / 100 : null,
        owners && outcome ? outcome.turnout.areaHundredths / 100 : null,
        outcome ? (outcome.passed ? '通过' : '未通过') : null,
        outcome?.summary ?? null,
        outcome ? outcome.checks.map((c) => c.statement).join('；') : null,
        ...optionCells(outcome),
      ];
    });
  }

  private query(scope: ExportScope) {
    return this.dataSource
      .getRepository(Ballot)
      .createQueryBuilder('b')
      .where('b.communityId IN (:...communityIds)', { communityIds: scope.communityIds })
      .andWhere('b.status = :closed', { closed: BallotStatus.Closed })
      .andWhere('b.closedAt >= :start AND b.closedAt < :end', { start: scope.start, end: scope.end });
  }
}

function turnoutShare(outcome: BallotOutcome): number | null {
  return outcome.electorate.count > 0 ? outcome.turnout.votes / outcome.electorate.count : null;
}

/** Label and votes of each option in the ballot's order, padded to the fixed columns. */
function optionCells(outcome: BallotOutcome | null): CellValue[] {
  const cells: CellValue[] = [];
  for (let i = 0; i < MAX_OPTIONS; i++) {
    const option = outcome?.options[i];
    cells.push(option?.label ?? null, option?.votes ?? null);
  }
  return cells;
}
