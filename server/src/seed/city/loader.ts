import { Connection, createConnection } from 'mysql2/promise';

/** How many rows one INSERT carries at most, and how many bytes of SQL. */
const BATCH_ROWS = 2000;
const BATCH_BYTES = 2_500_000; // UTF-16 units: at most ~7.5 MB of UTF-8, under the 16 MB max_allowed_packet
/** SQL waiting for a connection; generation pauses above this (back-pressure). */
const QUEUE_LIMIT_BYTES = 32 * 1024 * 1024;

interface Batch {
  table: string;
  rows: number;
  sql: string;
}

/**
 * Sends multi-row INSERTs over a few mysql2 connections while the generator keeps producing.
 * Each connection loads with unique and foreign-key checks off; every statement commits on its
 * own (thousands of rows each), so there is no per-row round trip and no giant transaction.
 */
export class Loader {
  private connections: Connection[] = [];
  private readonly queue: Batch[] = [];
  private queuedBytes = 0;
  private readonly waiters: (() => void)[] = [];
  private idle: (() => void)[] = [];
  private busy = 0;
  private failure: Error | null = null;
  private readonly sinks = new Map<string, TableSink>();
  readonly counts = new Map<string, number>();
  /** Rows committed so far, over every table. */
  loaded = 0;

  constructor(
    private readonly url: string,
    private readonly parallel: number,
    private readonly onLoaded: (rows: number) => void = () => undefined,
  ) {}

  async open(): Promise<void> {
    for (let i = 0; i < this.parallel; i++) {
      const connection = await createConnection({ uri: this.url, charset: 'utf8mb4_unicode_ci', timezone: 'Z' });
      await connection.query("SET SESSION time_zone = '+00:00', unique_checks = 0, foreign_key_checks = 0");
      // No gap locks between connections appending to the same table.
      await connection.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
      this.connections.push(connection);
      void this.work(connection);
    }
  }

  /** A writer for one table's rows: column names as in the migrations, rows as SQL tuples. */
  table(name: string, columns: readonly string[]): TableSink {
    let sink = this.sinks.get(name);
    if (!sink) {
      sink = new TableSink(this, name, columns);
      this.sinks.set(name, sink);
    }
    return sink;
  }

  enqueue(batch: Batch): void {
    this.throwIfFailed();
    this.queue.push(batch);
    this.queuedBytes += batch.sql.length;
    const wake = this.waiters.shift();
    if (wake) wake();
  }

  /** Waits while too much SQL is queued: call it between units of generation. */
  async pace(): Promise<void> {
    this.throwIfFailed();
    if (this.queuedBytes <= QUEUE_LIMIT_BYTES) return;
    const started = performance.now();
    while (this.queuedBytes > QUEUE_LIMIT_BYTES) {
      await new Promise<void>((resolve) => this.idle.push(resolve));
      this.throwIfFailed();
    }
    this.pacedMs += performance.now() - started;
  }

  /** Time the generator spent waiting for the database (it was the bottleneck then). */
  pacedMs = 0;

  /** Sends every partial batch and waits until all of it is committed. */
  async drain(): Promise<void> {
    for (const sink of this.sinks.values()) sink.flush();
    while (this.queue.length > 0 || this.busy > 0) {
      this.throwIfFailed();
      await new Promise<void>((resolve) => this.idle.push(resolve));
    }
    this.throwIfFailed();
  }

  async close(): Promise<void> {
    const connections = this.connections;
    this.connections = [];
    this.closed = true;
    for (const wake of this.waiters.splice(0)) wake();
    await Promise.all(connections.map((c) => c.end().catch(() => undefined)));
  }

  private closed = false;

  private async work(connection: Connection): Promise<void> {
    for (;;) {
      const batch = this.queue.shift();
      if (!batch) {
        if (this.closed) return;
        await new Promise<void>((resolve) => this.waiters.push(resolve));
        if (this.closed) return;
        continue;
      }
      this.queuedBytes -= batch.sql.length;
      this.busy++;
      try {
        if (!this.failure) await this.send(connection, batch);
        this.counts.set(batch.table, (this.counts.get(batch.table) ?? 0) + batch.rows);
        this.loaded += batch.rows;
        this.onLoaded(this.loaded);
      } catch (error) {
        const message = (error as Error).message;
        this.failure ??= new Error(`INSERT into ${batch.table} failed: ${message.slice(0, 500)}`);
      } finally {
        this.busy--;
        for (const resolve of this.idle.splice(0)) resolve();
      }
    }
  }

  /**
   * One statement, retried when InnoDB picked it as a deadlock victim or it waited too long for a
   * lock (two connections appending to the same index): the statement was rolled back whole.
   */
  private async send(connection: Connection, batch: Batch): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await connection.query(batch.sql);
        return;
      } catch (error) {
        const errno = (error as { errno?: number }).errno;
        if ((errno !== 1213 && errno !== 1205) || attempt >= 5) throw error;
        this.retries++;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  }

  /** Statements sent again after a deadlock or lock wait timeout. */
  retries = 0;

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}

/** Collects one table's rows into multi-row INSERT statements. */
export class TableSink {
  private rows: string[] = [];
  private bytes = 0;
  private readonly head: string;

  constructor(
    private readonly loader: Loader,
    readonly name: string,
    columns: readonly string[],
  ) {
    this.head = `INSERT INTO \`${name}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES `;
  }

  /** One row: the values as SQL literals, in column order. */
  add(...values: string[]): void {
    const row = `(${values.join(',')})`;
    this.rows.push(row);
    this.bytes += row.length;
    if (this.rows.length >= BATCH_ROWS || this.bytes >= BATCH_BYTES) this.flush();
  }

  flush(): void {
    if (this.rows.length === 0) return;
    this.loader.enqueue({ table: this.name, rows: this.rows.length, sql: this.head + this.rows.join(',') });
    this.rows = [];
    this.bytes = 0;
  }
}
