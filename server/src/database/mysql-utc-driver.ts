import * as mysql2 from 'mysql2';

/**
 * mysql2 with every pooled connection switched to UTC before its first query.
 * TypeORM has no per-connection init hook, but it accepts the driver module itself; the
 * pool's 'connection' event runs before any query is queued on the new connection, so
 * CURRENT_TIMESTAMP defaults are written in UTC even when the server runs at +08:00.
 */
export const mysqlUtcDriver: object = {
  ...mysql2,
  createPool(options: mysql2.PoolOptions) {
    const pool = mysql2.createPool(options);
    pool.on('connection', (connection) => {
      connection.query("SET time_zone = '+00:00'");
    });
    return pool;
  },
};
