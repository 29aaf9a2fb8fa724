import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource, mysqlOptions } from './data-source-options';

/**
 * Writes a MySQL migration for whatever the entities describe that the committed migrations do
 * not yet create. Runs against a scratch database it creates and drops.
 * Usage: MYSQL_URL=mysql://root@127.0.0.1:3306 node server/dist/database/generate-migration.js AddWishes
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration <PascalCaseName>');
  const server = (process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
  const scratch = `linli_migration_${Date.now()}`;
  const admin = await new DataSource({ type: 'mysql', url: `${server}/mysql` }).initialize();
  await admin.query(`CREATE DATABASE \`${scratch}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    const dataSource = await createDataSource(await mysqlOptions(`${server}/${scratch}`)).initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The schema matches the entities; no migration needed.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = resolve(__dirname, '../../src/database/migrations', `${timestamp}-${name}.ts`);
    const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map((q) => `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`)
        .join('\n');
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`,
    );
    console.log(`wrote ${file}\nadd ${className} to src/database/migrations/index.ts`);
  } finally {
    await admin.query(`DROP DATABASE \`${scratch}\``);
    await admin.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
