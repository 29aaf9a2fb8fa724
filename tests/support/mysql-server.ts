/** The MySQL/MariaDB server the MySQL tier runs on; each test file makes its own database there. */
export function mysqlServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/test';
  // Keep the server part; the database name is chosen per test file.
  return url.replace(/\/[^/]*$/, '');
}
