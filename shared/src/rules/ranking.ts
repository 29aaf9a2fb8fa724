export interface BalanceRow {
  userId: string;
  balance: number;
}

export interface RankedRow extends BalanceRow {
  /** Standard competition ranking: equal balances share a rank, the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/** Ranks members by balance, highest first; ties share a rank and are ordered by user id for stability. */
export function rankByBalance(rows: readonly BalanceRow[]): RankedRow[] {
  const sorted = [...rows].sort((a, b) => b.balance - a.balance || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  let previous: RankedRow | undefined;
  return sorted.map((row, index) => {
    const rank = previous && previous.balance === row.balance ? previous.rank : index + 1;
    previous = { ...row, rank };
    return previous;
  });
}
