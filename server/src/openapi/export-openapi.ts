import { writeFileSync } from 'node:fs';
import { loadConfig } from '../config/app-config';
import { createApp } from '../app.factory';
import { buildOpenApiDocument } from './openapi';

/**
 * Writes the OpenAPI document to a file, for the mini-program's typed client generator.
 * Usage: node server/dist/openapi/export-openapi.js <out.json>
 */
async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: export-openapi <out.json>');
  const config = loadConfig({ ...process.env, DATABASE_URL: '', SQLITE_PATH: ':memory:', SEED_DEMO: 'false', LOG_LEVEL: 'error', NODE_ENV: 'development' });
  const app = await createApp(config);
  const document = buildOpenApiDocument(app);
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
