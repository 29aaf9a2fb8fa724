import { Connection, createConnection, RowDataPacket } from 'mysql2/promise';
import { createDataSource, mysqlOptions } from '../../database/data-source-options';

/** The database named by a mysql:// URL, and the URL of the server without it. */
export function splitDatabaseUrl(url: string): { database: string; serverUrl: string } {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`the database URL must name a database (letters, digits, _): ${url}`);
  parsed.pathname = '/';
  return { database, serverUrl: parsed.toString() };
}

export class RefusedError extends Error {}

/**
 * Makes `database` an empty utf8mb4 database: created if missing; if it holds tables, they are
 * dropped with `fresh`, otherwise the seeder refuses (it never adds a city to existing data).
 */
export async function prepareDatabase(url: string, fresh: boolean): Promise<void> {
  const { database, serverUrl } = splitDatabaseUrl(url);
  const admin = await createConnection({ uri: serverUrl, charset: 'utf8mb4_unicode_ci' });
  try {
    await admin.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [tables] = await admin.query<RowDataPacket[]>('SELECT TABLE_NAME AS name, TABLE_TYPE AS type FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?', [
      database,
    ]);
    if (tables.length > 0) {
      if (!fresh) {
        throw new RefusedError(`the database ${database} already holds ${tables.length} table(s); pass --fresh to drop them and seed a new city`);
      }
      await admin.query('SET SESSION foreign_key_checks = 0');
      for (const t of tables) {
        await admin.query(`DROP ${t.type === 'VIEW' ? 'VIEW' : 'TABLE'} IF EXISTS \`${database}\`.\`${t.name}\``);
      }
    }
    // The migrations name no character set: the tables take the database's default.
    await admin.query(`ALTER DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
}

/** The server's own schema: every committed migration, as DB_MIGRATE_ON_BOOT would run them. */
export async function runMigrations(url: string): Promise<number> {
  const dataSource = createDataSource(await mysqlOptions(url, 2));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.length;
  } finally {
    await dataSource.destroy();
  }
}

interface IndexDefinition {
  table: string;
  name: string;
  unique: boolean;
  /** Quoted, each with its direction: `col` or `col` DESC. */
  columns: string[];
}

/**
 * Secondary indexes of the bulk tables are dropped before loading and built again once a table's
 * rows are all in (one sorted build per table instead of millions of random B-tree inserts through
 * a small buffer pool). A table's build runs in the background while later phases still generate;
 * the rest are built at the end on two connections. They come back with exactly the names, columns
 * (with their directions) and uniqueness the migrations gave them, and a unique index the data
 * broke would fail its build, so that check is not lost.
 */
export class DeferredIndexes {
  private readonly dropped = new Map<string, IndexDefinition[]>();
  private readonly queue: string[] = [];
  private readonly scheduled = new Set<string>();
  private readonly idle: Connection[];
  private readonly working = new Set<Promise<void>>();
  private failure: Error | null = null;
  /** Seconds each table's build took. */
  readonly timings = new Map<string, number>();

  private constructor(
    private readonly admin: Connection,
    lanes: Connection[],
    private readonly database: string,
  ) {
    this.idle = lanes;
  }

  static async open(url: string, lanes = 2): Promise<DeferredIndexes> {
    const { database } = splitDatabaseUrl(url);
    const connect = () => createConnection({ uri: url, charset: 'utf8mb4_unicode_ci' });
    const admin = await connect();
    const connections: Connection[] = [];
    for (let i = 0; i < lanes; i++) connections.push(await connect());
    return new DeferredIndexes(admin, connections, database);
  }

  async drop(tables: readonly string[]): Promise<void> {
    const [rows] = await this.admin.query<RowDataPacket[]>(
      `SELECT TABLE_NAME AS t, INDEX_NAME AS name, NON_UNIQUE AS nonUnique, SEQ_IN_INDEX AS seq, COLUMN_NAME AS col, COLLATION AS collation
         FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?) AND INDEX_NAME <> 'PRIMARY'
        ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
      [this.database, tables],
    );
    const byKey = new Map<string, IndexDefinition>();
    for (const r of rows) {
      const key = `${r.t}.${r.name}`;
      let index = byKey.get(key);
      if (!index) {
        index = { table: String(r.t), name: String(r.name), unique: Number(r.nonUnique) === 0, columns: [] };
        byKey.set(key, index);
      }
      // COLLATION 'D': a descending column (ix_points_balance_rank's balance), rebuilt as it was.
      index.columns.push(`\`${String(r.col)}\`${r.collation === 'D' ? ' DESC' : ''}`);
    }
    for (const table of tables) {
      const indexes = [...byKey.values()].filter((i) => i.table === table);
      if (indexes.length === 0) continue;
      await this.admin.query(`ALTER TABLE \`${table}\` ${indexes.map((i) => `DROP INDEX \`${i.name}\``).join(', ')}`);
      this.dropped.set(table, indexes);
    }
  }

  /** Starts building these tables' indexes (their rows are all committed) on up to `lanes` connections. */
  build(tables: readonly string[], lanes: number): void {
    for (const table of tables) {
      if (this.dropped.has(table) && !this.scheduled.has(table)) {
        this.scheduled.add(table);
        this.queue.push(table);
      }
    }
    this.startWorkers(lanes);
  }

  /** Builds whatever is left, largest first as given, and waits for every build. */
  async finish(tables: readonly string[], lanes: number): Promise<void> {
    this.build(
      tables.filter((t) => this.dropped.has(t)),
      lanes,
    );
    this.build([...this.dropped.keys()], lanes);
    while (this.working.size > 0) {
      await Promise.race(this.working);
      this.startWorkers(lanes);
    }
    if (this.failure) throw this.failure;
  }

  /** Tables still waiting or being built. */
  get pending(): number {
    return this.dropped.size;
  }

  private startWorkers(lanes: number): void {
    while (this.queue.length > 0 && this.idle.length > 0 && this.working.size < lanes) {
      const connection = this.idle.pop()!;
      const worker: Promise<void> = this.work(connection).finally(() => {
        this.working.delete(worker);
        this.idle.push(connection);
      });
      this.working.add(worker);
    }
  }

  private async work(connection: Connection): Promise<void> {
    for (let table = this.queue.shift(); table !== undefined; table = this.queue.shift()) {
      const indexes = this.dropped.get(table)!;
      const clauses = indexes.map((i) => `ADD ${i.unique ? 'UNIQUE ' : ''}INDEX \`${i.name}\` (${i.columns.join(', ')})`);
      const started = performance.now();
      try {
        if (!this.failure) await connection.query(`ALTER TABLE \`${table}\` ${clauses.join(', ')}`);
      } catch (error) {
        this.failure ??= new Error(`rebuilding the indexes of ${table} failed: ${(error as Error).message}`);
      }
      this.timings.set(table, (performance.now() - started) / 1000);
      this.dropped.delete(table);
    }
  }

  async analyze(): Promise<void> {
    const [rows] = await this.admin.query<RowDataPacket[]>(
      "SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'",
      [this.database],
    );
    const names = rows.map((r) => `\`${r.t}\``);
    if (names.length) await this.admin.query(`ANALYZE TABLE ${names.join(', ')}`);
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.working);
    await Promise.all([this.admin, ...this.idle].map((c) => c.end().catch(() => undefined)));
  }
}
