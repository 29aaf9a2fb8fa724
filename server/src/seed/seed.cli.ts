import { loadConfig } from '../config/app-config';
import { createApp } from '../app.factory';
import { DemoSeeder } from './demo-seeder';

/** `pnpm seed`: seeds the demo city into the configured database (MySQL too) if it is empty. */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, SEED_DEMO: 'false' });
  const app = await createApp(config);
  const seeded = await app.get(DemoSeeder).seedIfEmpty();
  console.log(seeded ? 'Seeded the demo city.' : 'The database already has places; nothing seeded.');
  await app.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
