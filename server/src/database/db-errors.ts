/** A duplicate-key failure: MySQL ER_DUP_ENTRY (1062) or SQLite's UNIQUE constraint. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
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
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  return e?.code === 'ER_LOCK_DEADLOCK' || e?.driverError?.code === 'ER_LOCK_DEADLOCK' || e?.errno === 1213 || e?.driverError?.errno === 1213;
}
