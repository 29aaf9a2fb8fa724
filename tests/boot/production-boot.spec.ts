import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../server/dist/main.js');

/** The built server, started the way production starts it, refuses an unsafe configuration. */
describe('production boot', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error('server/dist/main.js is missing: run `pnpm build` (pnpm test does)');
  });

  it('refuses to start with the default secret, dev login on and no WeChat credentials, naming each', () => {
    const run = spawnSync(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DEV_LOGIN: 'true', SQLITE_PATH: ':memory:' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    for (const key of ['JWT_SECRET', 'DEV_LOGIN', 'WECHAT_APP_ID', 'WECHAT_APP_SECRET']) expect(run.stderr).toContain(`${key}:`);
    expect(run.stdout).not.toContain('listening on');
  });

  it('refuses to start on the embedded SQLite database (no DATABASE_URL) even when everything else is safe', () => {
    const run = spawnSync(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-of-more-than-32-chars!',
        WECHAT_APP_ID: 'wx-boot-test',
        WECHAT_APP_SECRET: 'boot-test-secret',
        SQLITE_PATH: ':memory:',
        PORT: '0',
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DATABASE_URL: production needs MySQL/MariaDB');
    expect(run.stdout).not.toContain('listening on');
  });
});
