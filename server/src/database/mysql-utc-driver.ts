import * as mysql2 from 'mysql2';
import { createConnection } from 'mysql2/promise';

/**
 * mysql2 with every pooled connection switched to UTC before its first query.
 * TypeORM has no per-connection init hook, but it accepts the driver module itself; the
 * pool's 'connection' event runs before any query is queued on the new connection, so
 * CURRENT_TIMESTAMP defaults are written in UTC even when the server runs at +08:00.
 */
export const mysqlUtcDriver: object = mysqlSessionDriver(0);

/**
 * mysqlUtcDriver, and with `syncWait` > 0 every connection also sets Galera's wsrep_sync_wait:
 * each read first waits until this node has applied everything the cluster committed before it,
 * so a user's write through one instance is seen by their next read through another. Only for a
 * Galera cluster (MySQL has no such variable); the cost is measured in docs/scale-out.md.
 */
export function mysqlSessionDriver(syncWait: number): object {
  return {
    ...mysql2,
    createPool(options: mysql2.PoolOptions) {
      const pool = mysql2.createPool(options);
      pool.on('connection', (connection) => {
        connection.query(syncWait > 0 ? `SET time_zone = '+00:00', wsrep_sync_wait = ${Math.trunc(syncWait)}` : "SET time_zone = '+00:00'");
      });
      return pool;
    },
  };
}

/** Whether the server behind a mysql:// URL is MySQL or MariaDB (both speak the protocol). */
export async function mysqlFlavour(url: string): Promise<'mysql' | 'mariadb'> {
  const connection = await createConnection({ uri: url.replace(/^mariadb:/, 'mysql:') });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return String((rows as { version: string }[])[0]?.version).includes('MariaDB') ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}
