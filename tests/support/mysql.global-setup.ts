import { createConnection } from 'mysql2/promise';
import { mysqlServerUrl } from './mysql-server';

/**
 * The MySQL tier: mandatory under CI=true (an unreachable server fails the run), skipped with a
 * loud notice on a machine without MySQL.
 */
export default async function mysqlGlobalSetup(): Promise<void> {
  const url = mysqlServerUrl();
  try {
    const connection = await createConnection({ uri: `${url}/mysql`, connectTimeout: 3000 });
    await connection.end();
    process.env.LINLI_MYSQL_AVAILABLE = '1';
  } catch (error) {
    const reason = `MySQL at ${url} is unreachable (${(error as Error).message})`;
    if (process.env.CI === 'true') throw new Error(`${reason}. The MySQL tier is mandatory in CI.`, { cause: error });
    process.env.LINLI_MYSQL_AVAILABLE = '0';
    console.warn(`\n*** MySQL tier SKIPPED: ${reason}. Set TEST_DATABASE_URL to run it. ***\n`);
  }
}
