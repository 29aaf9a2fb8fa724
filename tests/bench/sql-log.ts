/**
 * What SQL a request really runs, read from MariaDB's general query log (root may switch it on),
 * and what MySQL plans for it (EXPLAIN). The server speaks mysql2's text protocol, so the log holds
 * each statement with its values in place: exactly what the bare baseline replays and what EXPLAIN needs.
 */
import type { Connection, RowDataPacket } from 'mysql2/promise';

/**
 * Runs `during` with the general log on and returns the statements sent meanwhile by the
 * connections open on `database` (the server's pool), not by anything else on the MySQL server.
 */
export async function captureStatements(admin: Connection, database: string, during: () => Promise<void>): Promise<string[]> {
  await admin.query("SET GLOBAL log_output = 'TABLE'");
  await admin.query('TRUNCATE TABLE mysql.general_log');
  await admin.query('SET GLOBAL general_log = 1');
  try {
    await during();
  } finally {
    await admin.query('SET GLOBAL general_log = 0');
  }
  const [rows] = await admin.query<RowDataPacket[]>(
    `SELECT CONVERT(argument USING utf8mb4) AS statement FROM mysql.general_log
      WHERE command_type = 'Query' AND thread_id <> CONNECTION_ID()
        AND thread_id IN (SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ?)
      ORDER BY event_time`,
    [database],
  );
  // Session set-up a new pooled connection runs once is not part of a request.
  return rows.map((r) => String(r.statement)).filter((s) => !/^\s*(SET|SHOW|SELECT VERSION\(\))\b/i.test(s));
}

export interface PlanProblem {
  table: string;
  rows: number;
  problem: 'full scan' | 'filesort';
}

export interface Plan {
  statement: string;
  /** Each table the plan reads: its access type, key and estimated rows. */
  steps: { table: string; type: string; key: string | null; rows: number; extra: string }[];
  problems: PlanProblem[];
}

/** Tables above this many rows are "large": a full scan or a filesort on them does not hold at city scale. */
export const LARGE_TABLE_ROWS = 10_000;
/** A filesort is a problem when the plan expects to sort at least this many rows. */
export const SORTED_ROWS_LIMIT = 1_000;

export async function tableSizes(admin: Connection, database: string): Promise<Map<string, number>> {
  const [rows] = await admin.query<RowDataPacket[]>('SELECT TABLE_NAME AS name, TABLE_ROWS AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?', [
    database,
  ]);
  return new Map(rows.map((r) => [String(r.name), Number(r.n ?? 0)]));
}

/** EXPLAIN of one SELECT, with the problems it shows on large tables. */
export async function explain(admin: Connection, statement: string, sizes: Map<string, number>, aliases: Map<string, string>): Promise<Plan> {
  const [rows] = await admin.query<RowDataPacket[]>(`EXPLAIN ${statement}`);
  const steps = rows.map((r) => ({
    table: String(r.table ?? ''),
    type: String(r.type ?? ''),
    key: r.key ? String(r.key) : null,
    rows: Number(r.rows ?? 0),
    extra: String(r.Extra ?? ''),
  }));
  const problems: PlanProblem[] = [];
  for (const step of steps) {
    const table = aliases.get(step.table) ?? step.table;
    const size = sizes.get(table) ?? 0;
    if (size < LARGE_TABLE_ROWS) continue;
    // 'index' walks a whole index: harmless when LIMIT stops it early (a small row estimate), a scan otherwise.
    if (step.type === 'ALL' || (step.type === 'index' && step.rows >= LARGE_TABLE_ROWS)) problems.push({ table, rows: step.rows, problem: 'full scan' });
    // A filesort of the few rows an index already picked (a page's children by id) costs nothing at
    // any size; one whose input grows with the table is what does not hold.
    if (step.extra.includes('Using filesort') && step.rows >= SORTED_ROWS_LIMIT) problems.push({ table, rows: step.rows, problem: 'filesort' });
  }
  return { statement, steps, problems };
}

/** `FROM wish w` / `JOIN place p`: the statement's aliases, since EXPLAIN names tables by alias. */
export function aliasesOf(statement: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const m of statement.matchAll(/\b(?:FROM|JOIN)\s+`?(\w+)`?(?:\s+(?:AS\s+)?`?(\w+)`?)?/gi)) {
    const [, table, alias] = m;
    if (alias && !/^(WHERE|ON|INNER|LEFT|RIGHT|JOIN|ORDER|GROUP|LIMIT|USING|FORCE|SET)$/i.test(alias)) aliases.set(alias, table);
  }
  return aliases;
}
