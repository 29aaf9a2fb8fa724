/**
 * Errors that mean "the database cannot be reached or cannot take the work now", not "this
 * request is wrong": the caller should retry later (503), and nothing was changed.
 */
const UNAVAILABLE_CODES = new Set([
  // The network and the server (mysql2 passes socket errors through).
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_SERVER_SHUTDOWN',
  'POOL_ENQUEUELIMIT',
  // SQLite still locked or unreadable after its busy wait.
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_TIMEOUT',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
]);

/** mysql2's, better-sqlite3's and TypeORM's errors for a pool or connection that is closed or gone; they carry no code. */
const UNAVAILABLE_MESSAGES = [
  /^Pool is closed\.$/,
  /^No connections available\.$/,
  /^Can't add new command when connection is in closed state$/,
  /^The database connection is not open$/,
  /^Connection is not established with \w+ database$/,
];

/** TypeORM's errors for a data source that is not (or no longer) connected. */
const UNAVAILABLE_NAMES = new Set(['CannotExecuteNotConnectedError', 'ConnectionIsNotSetError']);

interface DriverError {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  driverError?: DriverError;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const candidates = [error as DriverError, (error as DriverError).driverError].filter((e): e is DriverError => typeof e === 'object' && e !== null);
  return candidates.some(
    (e) =>
      (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('SQLITE_IOERR'))) ||
      (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string))) ||
      (typeof e.name === 'string' && UNAVAILABLE_NAMES.has(e.name)),
  );
}
