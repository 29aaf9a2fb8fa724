type DbError = { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };

function errnoOf(error: unknown): number | undefined {
  const e = error as DbError;
  return e?.errno ?? e?.driverError?.errno;
}

/** A duplicate-key failure: MySQL ER_DUP_ENTRY (1062) or SQLite's UNIQUE constraint. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as DbError;
  const codes = [e?.code, e?.driverError?.code];
  return (
    codes.includes('ER_DUP_ENTRY') ||
    codes.includes('SQLITE_CONSTRAINT_UNIQUE') ||
    codes.includes('SQLITE_CONSTRAINT_PRIMARYKEY') ||
    e?.errno === 1062 ||
    e?.driverError?.errno === 1062
  );
}

/** MySQL chose this transaction as a deadlock victim (ER_LOCK_DEADLOCK, 1213): it was rolled back whole. */
export function isDeadlock(error: unknown): boolean {
  const e = error as DbError;
  return e?.code === 'ER_LOCK_DEADLOCK' || e?.driverError?.code === 'ER_LOCK_DEADLOCK' || errnoOf(error) === 1213;
}

/**
 * The transaction lost a race the database settled by rolling it back whole, so running it again
 * from the start is safe and may well succeed: a deadlock victim (1213; on Galera also a
 * certification conflict with another node, raised at COMMIT or at the next statement even after
 * an UPDATE reported its row), a lock wait timeout (1205), or a COMMIT the engine refused (1180,
 * ER_ERROR_DURING_COMMIT, which Galera reports for some aborted commits).
 */
export function isRetriable(error: unknown): boolean {
  const errno = errnoOf(error);
  return isDeadlock(error) || errno === 1205 || errno === 1180;
}
