import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, DEFAULT_JWT_SECRET, loadConfig, CONFIG_KEYS } from './app-config';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

const PRODUCTION_OK = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-secret-of-more-than-32-chars!',
  WECHAT_APP_ID: 'wx123',
  WECHAT_APP_SECRET: 'secret',
  DATABASE_URL: 'mysql://linli:pw@db:3306/linli',
};

describe('configuration validated at boot', () => {
  it('starts a newcomer on the embedded database with dev login and defaults', () => {
    const config = loadConfig({});
    expect(config.databaseKind).toBe('sqlite');
    expect(config.devLoginEnabled).toBe(true);
    expect(config.PORT).toBe(3000);
  });

  it('accepts a complete production configuration, with dev login off by default', () => {
    const config = loadConfig(PRODUCTION_OK);
    expect(config.devLoginEnabled).toBe(false);
    expect(config.databaseKind).toBe('mysql');
  });

  it.each([
    [{ JWT_SECRET: undefined }, 'JWT_SECRET: production refuses the default secret'],
    [{ JWT_SECRET: DEFAULT_JWT_SECRET }, 'JWT_SECRET: production refuses the default secret'],
    [{ JWT_SECRET: 'short-but-not-default' }, 'JWT_SECRET: production needs a secret of at least 32 characters'],
    [{ DEV_LOGIN: 'true' }, 'DEV_LOGIN: production refuses to start with dev login enabled'],
    [{ WECHAT_APP_ID: undefined }, 'WECHAT_APP_ID: production needs the mini-program AppID'],
    [{ WECHAT_APP_SECRET: '' }, 'WECHAT_APP_SECRET: production needs the mini-program AppSecret'],
    [{ DATABASE_URL: undefined }, 'DATABASE_URL: production needs MySQL/MariaDB'],
    [{ DATABASE_URL: '' }, 'DATABASE_URL: production needs MySQL/MariaDB'],
    [{ SEED_DEMO: 'true' }, 'SEED_DEMO: production refuses to seed the demo city'],
    [{ STORAGE: 's3', S3_BUCKET: 'linli-photos' }, 'S3_SECRET_ACCESS_KEY: production with STORAGE=s3 needs'],
  ])('production refuses %j, saying which setting', (override, problem) => {
    const problems = problemsOf({ ...PRODUCTION_OK, ...override });
    expect(problems).toEqual([expect.stringContaining(problem)]);
  });

  it('names every problem at once', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DEV_LOGIN: 'on' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'DEV_LOGIN', 'JWT_SECRET', 'WECHAT_APP_ID', 'WECHAT_APP_SECRET']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://x/y' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ TRUST_PROXY: 'nginx' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '127.0.0.1,localhost' }, 'TRUST_PROXY'],
    [{ STORAGE: 'ftp' }, 'STORAGE'],
    [{ STORAGE: 's3' }, 'S3_BUCKET'],
    [{ STORAGE: 's3', S3_BUCKET: 'b-1', S3_ACCESS_KEY_ID: 'only-the-id' }, 'S3_ACCESS_KEY_ID'],
    [{ S3_ENDPOINT: 'cos.example.cn' }, 'S3_ENDPOINT'],
  ])('refuses malformed %j', (env, key) => {
    expect(problemsOf(env).some((p) => p.startsWith(`${key}:`))).toBe(true);
  });
});

describe('deployment settings', () => {
  it('reads the trusted proxies as a list, and trusts none when unset', () => {
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustedProxies).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(loadConfig({}).trustedProxies).toBe(false);
  });

  it('accepts production on S3 with credentials, Redis and a proxy', () => {
    const config = loadConfig({
      ...PRODUCTION_OK,
      STORAGE: 's3',
      S3_ENDPOINT: 'https://cos.ap-shanghai.myqcloud.com',
      S3_BUCKET: 'linli-1250000000',
      S3_ACCESS_KEY_ID: 'AKID',
      S3_SECRET_ACCESS_KEY: 'secret',
      REDIS_URL: 'redis://:pw@10.0.0.5:6379/0',
      TRUST_PROXY: '10.0.0.0/8',
    });
    expect(config.STORAGE).toBe('s3');
  });
});

describe('the documented settings', () => {
  it('reads every key that .env.example documents', () => {
    const example = readFileSync(join(__dirname, '../../../.env.example'), 'utf8');
    const keys = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(10);
    const forTheTests = ['TEST_DATABASE_URL']; // read by the test harness, not the server
    expect(keys.filter((key) => !CONFIG_KEYS.has(key) && !forTheTests.includes(key))).toEqual([]);
  });
});
