export interface PointsEntryView {
  id: string;
  userId: string;
  communityId: string;
  amount: number;
  reason: string;
  sourceType: string;
  sourceId: string;
  reversesEntryId: string | null;
  /** What the source would have earned when the daily cap cut it down (amount is what was granted); null when not capped. */
  cappedFrom: number | null;
  createdAt: string;
}

export interface PointsBalanceView {
  userId: string;
  communityId: string;
  balance: number;
}

export interface RankingRowView {
  rank: number;
  userId: string;
  displayName: string;
  balance: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PointsRulesView {
  communityId: string;
  pointsPerHour: number;
  dailyCap: number | null;
  /** From the community's wish rules (心愿规则), where it is changed. */
  pointsPerWish: number;
  updatedAt: string | null;
  updatedByName: string | null;
}

export interface UnitRankingRowView {
  rank: number;
  unitId: string;
  unitName: string;
  /** Points the unit's reported members earned in this community over the period. */
  points: number;
  members: number;
}
