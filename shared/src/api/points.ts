export interface PointsEntryView {
  id: string;
  userId: string;
  communityId: string;
  amount: number;
  reason: string;
  sourceType: string;
  sourceId: string;
  reversesEntryId: string | null;
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
