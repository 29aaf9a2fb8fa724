import { DataSource } from 'typeorm';

/**
 * SQL for the Asia/Shanghai calendar month ("YYYY-MM") of a UTC datetime column. China keeps no
 * summer time, so a fixed +8 h shift is exact; each dialect spells it its own way.
 */
export function shanghaiMonthSql(dataSource: DataSource, column: string): string {
  return dataSource.options.type === 'better-sqlite3'
    ? `strftime('%Y-%m', ${column}, '+8 hours')`
    : `DATE_FORMAT(DATE_ADD(${column}, INTERVAL 8 HOUR), '%Y-%m')`;
}
