import { createConnection, ResultSetHeader } from 'mysql2/promise';

/**
 * The points balances the rankings read (points_balance, points_unit_balance): the seeded ledger
 * summed per community, member (and work unit) and period, as the server keeps them when it
 * credits (periodKey in shared: all, yYYYY, mYYYY-MM on a Shanghai clock; entries are stored in
 * UTC). Returns the rows written to each table.
 */
export async function sumPointsBalances(databaseUrl: string): Promise<{ members: number; units: number }> {
  const connection = await createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:') });
  const shanghai = 'DATE_ADD(created_at, INTERVAL 8 HOUR)';
  // One pass over the ledger for the months; the years and all time are summed from the months.
  const passes = [
    `SELECT community_id, user_id, CONCAT('m', DATE_FORMAT(${shanghai}, '%Y-%m')) AS period, SUM(amount) FROM points_entry GROUP BY community_id, user_id, period`,
    "SELECT community_id, user_id, CONCAT('y', SUBSTRING(period, 2, 4)) AS year, SUM(balance) FROM points_balance WHERE period LIKE 'm%' GROUP BY community_id, user_id, year",
    "SELECT community_id, user_id, 'all', SUM(balance) FROM points_balance WHERE period LIKE 'y%' GROUP BY community_id, user_id",
  ];
  // Each unit's: its members' balances, for the unit of their approved registration in that community.
  const units = `INSERT INTO points_unit_balance (community_id, unit_id, period, points)
    SELECT b.community_id, r.unit_id, b.period, SUM(b.balance) FROM points_balance b
      JOIN member_registration r ON r.user_id = b.user_id AND r.slot = 'approved' AND r.community_id = b.community_id
     GROUP BY b.community_id, r.unit_id, b.period`;
  let members = 0;
  try {
    for (const select of passes) {
      const [result] = await connection.query<ResultSetHeader>(`INSERT INTO points_balance (community_id, user_id, period, balance) ${select}`);
      members += result.affectedRows;
    }
    const [result] = await connection.query<ResultSetHeader>(units);
    return { members, units: result.affectedRows };
  } finally {
    await connection.end();
  }
}
