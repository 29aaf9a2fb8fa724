import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { DateUtils } from 'typeorm/util/DateUtils';

/*
 * Plain SQL for the statements every request or every claim runs, written out and reviewed rather
 * than built per call. Measured on the benchmark machine (docs/benchmarks.md): the query builder
 * costs ~100 µs of CPU per SELECT and manager.insert ~200 µs, against ~50 µs for the same SQL run
 * directly; a claim runs a dozen statements. Values still go through TypeORM's own per-column
 * conversions (driver.preparePersistentValue / prepareHydratedValue), so a row written or read
 * here is exactly what the entity layer would write or read, on MySQL and on SQLite alike.
 *
 * The SQL itself must be what both dialects accept: `?` placeholders, ANSI joins, LIMIT, and
 * identifiers that need no quoting (or quoted with `quoted`). Locks go through `forUpdate`. No share
 * locks: on Galera they hold on one node and are never certified, so no rule may rest on one
 * (docs/scale-out.md); a rule that needs two transactions ordered makes both write a row.
 */

function isSqlite(manager: EntityManager): boolean {
  return manager.connection.options.type === 'better-sqlite3';
}

/** ` FOR UPDATE` where the database has row locks; SQLite's transactions are already serialised (TransactionRunner). */
export function forUpdate(manager: EntityManager): string {
  return isSqlite(manager) ? '' : ' FOR UPDATE';
}

/** `?, ?, ?` for an IN list of n values (better-sqlite3 does not expand arrays). */
export function placeholders(n: number): string {
  if (n < 1) throw new Error('an IN list needs at least one value');
  return Array.from({ length: n }, () => '?').join(', ');
}

export function quoted(manager: EntityManager, identifier: string): string {
  return manager.connection.driver.escape(identifier);
}

/** `a.col_one, a.col_two` for the named properties of an entity, under a table alias. */
export function columnsOf<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  properties: readonly (keyof T & string)[],
): string {
  const metadata = manager.connection.getMetadata(entity);
  return properties
    .map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      return `${alias}.${quoted(manager, column.databaseName)}`;
    })
    .join(', ');
}

/** Values bound as the query builder binds them: better-sqlite3 takes neither Dates nor booleans. */
function bindable(manager: EntityManager, values: readonly unknown[]): unknown[] {
  if (!isSqlite(manager)) return [...values];
  return values.map((v): unknown => (v instanceof Date ? DateUtils.mixedDateToUtcDatetimeString(v) : typeof v === 'boolean' ? Number(v) : v));
}

/** Rows as the database returns them (strings, numbers; dates as the driver gives them). */
export async function selectRows<T extends object>(manager: EntityManager, sql: string, values: readonly unknown[]): Promise<T[]> {
  return manager.query(sql, bindable(manager, values));
}

/**
 * Rows as entities: every selected column named as in the table (`SELECT s.* …`) is converted to its
 * property by the driver, as the query builder would; other selected columns are left out.
 */
export async function selectEntities<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  sql: string,
  values: readonly unknown[],
): Promise<T[]> {
  const rows = await selectRows<Record<string, unknown>>(manager, sql, values);
  return rows.map((row) => hydrate(manager, entity, row));
}

export function hydrate<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = manager.connection.getMetadata(entity);
  const target = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.databaseName in row) column.setEntityValue(target, manager.connection.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return target;
}

/** The value of one column of a raw row, converted as the entity layer converts it. */
export function columnValue<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, property: keyof T & string, raw: unknown): unknown {
  const column = manager.connection.getMetadata(entity).findColumnWithPropertyName(property);
  if (!column) throw new Error(`no column ${property}`);
  return manager.connection.driver.prepareHydratedValue(raw, column);
}

/** Runs an UPDATE or DELETE and returns how many rows it changed (the conditional updates decide by this). */
export async function execute(manager: EntityManager, sql: string, values: readonly unknown[]): Promise<number> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, bindable(manager, values), true);
    return result.affected ?? 0;
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

const insertColumns = new WeakMap<EntityMetadata, ColumnMetadata[]>();

function insertColumnsOf(metadata: EntityMetadata): ColumnMetadata[] {
  let columns = insertColumns.get(metadata);
  if (!columns) {
    columns = metadata.columns.filter((c) => c.isInsert && !c.isVirtual && !c.isGenerated);
    insertColumns.set(metadata, columns);
  }
  return columns;
}

/**
 * Inserts rows in one statement. Every column is written: a create or update date left out is
 * now, a column left out takes its entity default (or NULL if nullable); leaving out any other
 * column is a bug and throws.
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: readonly Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const columns = insertColumnsOf(metadata);
  const now = new Date();
  const values = rows.flatMap((row) =>
    columns.map((column) => {
      let value: unknown = column.getEntityValue(row);
      if (value === undefined) {
        if (column.isCreateDate || column.isUpdateDate) value = now;
        else if (column.default !== undefined && typeof column.default !== 'function') value = column.default;
        else if (column.isNullable) value = null;
        else throw new Error(`insertRows(${metadata.tableName}): ${column.propertyName} is required`);
      }
      return manager.connection.driver.preparePersistentValue(value, column) as unknown;
    }),
  );
  const names = columns.map((c) => quoted(manager, c.databaseName)).join(', ');
  const tuple = `(${placeholders(columns.length)})`;
  const sql = `INSERT INTO ${quoted(manager, metadata.tablePath)} (${names}) VALUES ${Array.from({ length: rows.length }, () => tuple).join(', ')}`;
  await manager.query(sql, bindable(manager, values));
}

export function insertRow<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, row: Partial<T>): Promise<void> {
  return insertRows(manager, entity, [row]);
}
