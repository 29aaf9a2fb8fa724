/** Where a ledger entry comes from. (source type, source id, member) is unique: a source credits once. */
export enum PointsSource {
  ManualAward = 'manual_award',
  Reversal = 'reversal',
  Wish = 'wish',
  Shift = 'shift',
  Topic = 'topic',
}

/** Sources earned by taking part; the community's daily cap applies to these, never to a secretary's award or a reversal. */
export const CAPPED_POINTS_SOURCES: readonly string[] = [PointsSource.Wish, PointsSource.Shift, PointsSource.Topic];

/** A community's points rules (积分规则). pointsPerWish lives with the wish rules (心愿规则) and is shown beside these. */
export interface PointsRules {
  /** The rate a new 先锋岗 post gets when its publisher gives none. */
  pointsPerHour: number;
  /** The most points one member can earn in one Asia/Shanghai calendar day by taking part; null: no cap. */
  dailyCap: number | null;
}

export const DEFAULT_POINTS_RULES: PointsRules = { pointsPerHour: 10, dailyCap: null };

export const POINTS_RULE_LIMITS = {
  pointsPerHour: { min: 0, max: 100 },
  dailyCap: { min: 1, max: 1000 },
} as const;

/** Which stretch of time a ranking sums. */
export enum PointsPeriod {
  All = 'all',
  Year = 'year',
  Month = 'month',
}

export const POINTS_PERIOD_LABELS: Record<PointsPeriod, string> = {
  [PointsPeriod.All]: '累计',
  [PointsPeriod.Year]: '本年',
  [PointsPeriod.Month]: '本月',
};
