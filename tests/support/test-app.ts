import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createConnection } from 'mysql2/promise';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CURRENT_POLICY } from '@linli/shared';
import { createApp } from '../../server/src/app.factory';
import { AppConfig, loadConfig } from '../../server/src/config/app-config';
import { FAKE_APP_ID, FAKE_APP_SECRET } from './fake-wechat';
import { mysqlServerUrl } from './mysql-server';

export type DbKind = 'sqlite' | 'mysql';

export const dbKind = (): DbKind => (process.env.LINLI_TEST_DB === 'mysql' ? 'mysql' : 'sqlite');

/**
 * describe() for the API suite: the same file runs once per database tier. On a machine with no
 * MySQL (and not in CI) the MySQL run is skipped; the global setup says so loudly.
 */
export const describeApi = (name: string, body: () => void): void => {
  const skip = dbKind() === 'mysql' && process.env.LINLI_MYSQL_AVAILABLE !== '1';
  (skip ? describe.skip : describe)(`${name} [${dbKind()}]`, body);
};

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  /** Logs in as the demo user with this display name and agrees to the current privacy policy (cached). */
  tokenOf: (displayName: string) => Promise<string>;
  userIdOf: (displayName: string) => Promise<string>;
  close: () => Promise<void>;
}

/** Starts the real application on a fresh database (its own SQLite file, or its own MySQL database) with the demo seeded. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const uploads = mkdtempSync(join(tmpdir(), 'linli-uploads-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'fatal',
    SEED_DEMO: 'true',
    WECHAT_APP_ID: FAKE_APP_ID,
    WECHAT_APP_SECRET: FAKE_APP_SECRET,
    WECHAT_API_BASE: 'http://127.0.0.1:9',
    WECHAT_TIMEOUT_MS: '1000',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    SWEEP_INTERVAL_MS: '0', // tests drive the deadline sweeps themselves
    UPLOAD_DIR: uploads,
    ...database.env,
    ...env,
  });
  const app = await createApp(config);
  const dataSource = app.get(DataSource);
  const http = () => request(app.getHttpServer());
  const tokens = new Map<string, string>();
  const ids = new Map<string, string>();

  const login = async (displayName: string) => {
    const users = await http().get('/api/v1/auth/dev-users').expect(200);
    const user = users.body.find((u: { displayName: string }) => u.displayName === displayName);
    if (!user) throw new Error(`no demo user named ${displayName}`);
    const res = await http().post('/api/v1/auth/dev-login').send({ userId: user.id }).expect(200);
    // As the app does after login: nothing but the public endpoints answers until the documents are agreed to.
    await http().post('/api/v1/privacy/consent').set(bearer(res.body.token)).send({ policyVersion: CURRENT_POLICY.version }).expect(200);
    tokens.set(displayName, res.body.token);
    ids.set(displayName, user.id);
  };

  return {
    app,
    config,
    dataSource,
    http,
    tokenOf: async (name) => {
      if (!tokens.has(name)) await login(name);
      return tokens.get(name)!;
    },
    userIdOf: async (name) => {
      if (!ids.has(name)) await login(name);
      return ids.get(name)!;
    },
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(uploads, { recursive: true, force: true });
    },
  };
}

async function freshDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (dbKind() === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'linli-test-'));
    return { env: { SQLITE_PATH: join(dir, 'test.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = mysqlServerUrl();
  const name = `linli_t_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = await createConnection({ uri: `${server}/mysql` });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  return {
    env: { DATABASE_URL: `${server}/${name}` },
    drop: async () => {
      const conn = await createConnection({ uri: `${server}/mysql` });
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
