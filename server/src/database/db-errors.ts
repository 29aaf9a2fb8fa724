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
