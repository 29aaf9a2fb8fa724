import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createConnection } from 'mysql2/promise';
import request from 'supertest';
import { CURRENT_POLICY, ExportKind, ExportStatus, WishStatus } from '@linli/shared';
import { mysqlServerUrl } from '../support/mysql-server';
import { sharp } from '../support/images';
import { call, Child, freePort, missingPieces, renderNginxConf, startInstance, startNginx, tcpAnswers } from './stack';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver ships CommonJS without types
const S3rver = require('s3rver') as new (options: object) => { run(): Promise<unknown>; close(): Promise<unknown> };

/**
 * A city's deployment in small: two server instances on one MariaDB database, one Redis, one
 * S3-compatible store (s3rver), and Debian's nginx running deploy/nginx.conf in front.
 * nginx reaches the instances from 127.0.0.2 (TRUST_PROXY); the test is the clients, each from its own 127.0.0.x.
 */
const REDIS_DB = 7;
const BUCKET = 'linli-deploy';
const LIMIT = 30;
const NGINX_SOURCE = '127.0.0.2';

let skipReason: string | null = null;
let work: string;
let database: string;
let s3: { run(): Promise<unknown>; close(): Promise<unknown> } | undefined;
let a: Child | undefined;
let b: Child | undefined;
let nginx: Child | undefined;
let front: string;
let env: Record<string, string>;
const db = () => createConnection(`${mysqlServerUrl()}/${database}`);

/** The throttle's counters of an earlier run would refuse this run's first logins. */
function flushRedis(): void {
  const run = spawnSync('redis-cli', ['-n', String(REDIS_DB), 'flushdb'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`redis-cli flushdb: ${run.stderr}`);
}

beforeAll(async () => {
  const missing = missingPieces();
  if (!(await tcpAnswers(6379))) missing.push('Redis on 127.0.0.1:6379');
  if (!(await tcpAnswers(3306))) missing.push('MariaDB on 127.0.0.1:3306');
  if (missing.length > 0) {
    if (process.env.CI === 'true') throw new Error(`the deploy tier needs ${missing.join(', ')}`);
    skipReason = `SKIPPED: the deploy tier needs ${missing.join(', ')}`;
    console.warn(skipReason);
    return;
  }
  work = mkdtempSync(join(tmpdir(), 'linli-deploy-'));
  // Run as root, nginx's workers drop to nobody, who must be able to read the H5 files.
  chmodSync(work, 0o755);
  database = `linli_deploy_${process.pid}`;
  const admin = await createConnection(mysqlServerUrl());
  await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.query(`CREATE DATABASE ${database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  flushRedis();

  const s3Port = await freePort();
  const store = new S3rver({ port: s3Port, address: '127.0.0.1', directory: join(work, 's3'), silent: true, configureBuckets: [{ name: BUCKET }] });
  await store.run();
  s3 = store;

  env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: `${mysqlServerUrl()}/${database}`,
    JWT_SECRET: 'deploy-tier-secret-of-more-than-32-chars',
    WECHAT_API_BASE: 'http://127.0.0.1:9',
    SWEEP_INTERVAL_MS: '0',
    AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT),
    REDIS_URL: `redis://127.0.0.1:6379/${REDIS_DB}`,
    TRUST_PROXY: `${NGINX_SOURCE},127.0.0.1`,
    STORAGE: 's3',
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_BUCKET: BUCKET,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    UPLOAD_DIR: join(work, 'not-used'),
  };
  // The first instance migrates and seeds the demo city; the second finds both done.
  a = await startInstance('a', { ...env, SEED_DEMO: 'true' }, work);
  b = await startInstance('b', env, work);

  const h5 = join(work, 'h5');
  mkdirSync(join(h5, 'js'), { recursive: true });
  writeFileSync(join(h5, 'index.html'), '<!doctype html><title>邻里</title><script src="/js/app.0a1b2c3d.js"></script>');
  const script = Buffer.from(`console.log(${JSON.stringify('邻里'.repeat(2000))});`);
  writeFileSync(join(h5, 'js/app.0a1b2c3d.js'), script);
  writeFileSync(join(h5, 'js/app.0a1b2c3d.js.br'), brotliCompressSync(script));
  writeFileSync(join(h5, 'js/app.0a1b2c3d.js.gz'), gzipSync(script));

  const listenPort = await freePort();
  const site = renderNginxConf({ listenPort, upstreams: [a.url, b.url].map((u) => u.replace('http://', '')), root: h5, proxyBind: NGINX_SOURCE });
  nginx = await startNginx({ prefix: join(work, 'nginx'), site, listenPort });
  front = nginx.url;
}, 240_000);

afterAll(async () => {
  await nginx?.stop();
  await Promise.all([a?.stop(), b?.stop()]);
  await s3?.close();
  if (database) {
    const admin = await createConnection(mysqlServerUrl());
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
  }
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000);

/** `it`, or a test that says it was skipped and why (never a silent pass). */
const live = (name: string, body: () => Promise<void>, timeout = 60_000) =>
  it(
    name,
    async () => {
      if (skipReason) return console.warn(`${name}: ${skipReason}`);
      await body();
    },
    timeout,
  );

/** Whichever instance nginx chose wrote `text` to its log (lines arrive through a pipe, a moment later). */
async function eitherLogged(text: string): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if ((a!.log() + b!.log()).includes(text)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function demoUserId(url: string, displayName: string, from: string): Promise<string> {
  const users = await call(url, 'GET', '/api/v1/auth/dev-users', { from });
  expect(users.status).toBe(200);
  const user = (users.body as { id: string; displayName: string }[]).find((u) => u.displayName === displayName);
  if (!user) throw new Error(`no demo user ${displayName}`);
  return user.id;
}

async function tokenOf(displayName: string, from: string): Promise<string> {
  const userId = await demoUserId(front, displayName, from);
  const login = await call(front, 'POST', '/api/v1/auth/dev-login', { body: { userId }, from });
  expect(login.status).toBe(200);
  const auth = { authorization: `Bearer ${login.body.token}` };
  expect((await call(front, 'POST', '/api/v1/privacy/consent', { body: { policyVersion: CURRENT_POLICY.version }, headers: auth, from })).status).toBe(200);
  return login.body.token as string;
}

describe('the login throttle across instances (Redis)', () => {
  live('the 31st login in a minute from one client is refused though the logins alternate between two instances', async () => {
    const client = { 'x-forwarded-for': '203.0.113.7' };
    const userId = await demoUserId(a!.url, '王建军', '127.0.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) {
      const instance = i % 2 === 0 ? a! : b!;
      statuses.push((await call(instance.url, 'POST', '/api/v1/auth/dev-login', { body: { userId }, headers: client })).status);
    }
    expect(statuses.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
    const refused = await call(b!.url, 'POST', '/api/v1/auth/dev-login', { body: { userId }, headers: client });
    expect([statuses[LIMIT], refused.status, refused.body.code]).toEqual([429, 429, 'TOO_MANY_REQUESTS']);
    // Another client is counted on its own.
    const other = await call(a!.url, 'POST', '/api/v1/auth/dev-login', { body: { userId }, headers: { 'x-forwarded-for': '203.0.113.8' } });
    expect(other.status).toBe(200);
  });
});

describe('behind nginx (deploy/nginx.conf)', () => {
  live('logins through nginx are counted per client address, not per proxy', async () => {
    const userId = await demoUserId(front, '王建军', '127.0.0.30');
    const from = '127.0.0.31';
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) statuses.push((await call(front, 'POST', '/api/v1/auth/dev-login', { body: { userId }, from })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses[LIMIT]).toBe(429);
    // Every login came through the one nginx; a second client behind it still logs in.
    expect((await call(front, 'POST', '/api/v1/auth/dev-login', { body: { userId }, from: '127.0.0.32' })).status).toBe(200);
    // Both instances served them (round robin), each logging the client's address, not nginx's.
    for (const instance of [a!, b!]) expect(await instance.logged('"remoteAddress":"127.0.0.31"')).toBe(true);
    expect(a!.log() + b!.log()).not.toContain(`"remoteAddress":"${NGINX_SOURCE}"`);
  });

  live('the request id passes through nginx to the server log and back', async () => {
    const id = `deploy-${Date.now()}`;
    const ready = await call(front, 'GET', '/api/v1/health/ready', { headers: { 'x-request-id': id }, from: '127.0.0.40' });
    expect([ready.status, ready.body.status, ready.headers['x-request-id']]).toEqual([200, 'ok', id]);
    expect(await eitherLogged(`"reqId":"${id}"`)).toBe(true);
    // Without one, nginx makes one and the server uses it.
    const minted = await call(front, 'GET', '/api/v1/health/live', { from: '127.0.0.40' });
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  });

  live('two members claim one wish at once through nginx: one claim, the other hears it is taken', async () => {
    const conn = await db();
    const [rows] = await conn.query('SELECT w.id FROM wish w JOIN place p ON p.id = w.community_id WHERE p.name = ? AND w.status = ? ORDER BY w.id LIMIT 1', [
      '东湖社区',
      WishStatus.Open,
    ]);
    await conn.end();
    const wishId = (rows as { id: string }[])[0].id;
    const tokens = [await tokenOf('王建军', '127.0.0.50'), await tokenOf('钱进', '127.0.0.51')];
    const results = await Promise.all(
      tokens.map((token, i) =>
        call(front, 'POST', `/api/v1/wishes/${wishId}/claims`, { body: {}, headers: { authorization: `Bearer ${token}` }, from: `127.0.0.5${i}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('WISH_ALREADY_CLAIMED');

    // The claimer's proof photo goes to the object store through whichever instance nginx picks;
    // both instances then serve it from its signed URL.
    const claimer = results.findIndex((r) => r.status === 201);
    const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();
    const uploaded = await request(front)
      .post(`/api/v1/wishes/${wishId}/photos?kind=proof`)
      .set('authorization', `Bearer ${tokens[claimer]}`)
      .attach('file', png, 'proof.png');
    expect(uploaded.status).toBe(201);
    const url = uploaded.body.url as string;
    const fromA = await call(a!.url, 'GET', url);
    const fromB = await call(b!.url, 'GET', url);
    expect([fromA.status, fromB.status, fromA.headers['content-type']]).toEqual([200, 200, expect.stringMatching(/^image\//)]);
    expect(fromA.raw.equals(fromB.raw)).toBe(true);
  });

  live('an export written by one instance is downloaded from the other (the object store)', async () => {
    const conn = await db();
    const [rows] = await conn.query('SELECT id FROM place WHERE name = ?', ['东湖社区']);
    await conn.end();
    const donghu = (rows as { id: string }[])[0].id;
    const auth = { authorization: `Bearer ${await tokenOf('李红梅', '127.0.0.60')}` };
    const today = new Date().toISOString().slice(0, 10);
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const asked = await call(front, 'POST', `/api/v1/places/${donghu}/exports`, {
      body: { kind: ExportKind.Members, from: monthAgo, to: today },
      headers: auth,
    });
    expect([asked.status, asked.body.message]).toEqual([202, undefined]);
    let job = asked.body;
    for (let i = 0; i < 300 && (job.status === ExportStatus.Queued || job.status === ExportStatus.Running); i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await call(front, 'GET', `/api/v1/exports/${job.id}`, { headers: auth })).body;
    }
    expect(job.status).toBe(ExportStatus.Done);
    const files = await Promise.all([a!, b!].map((instance) => call(instance.url, 'GET', `/api/v1/exports/${job.id}/file`, { headers: auth })));
    expect(files.map((f) => f.status)).toEqual([200, 200]);
    // An .xlsx is a zip: "PK".
    expect(files.map((f) => f.raw.subarray(0, 2).toString())).toEqual(['PK', 'PK']);
    expect(files[0].raw.equals(files[1].raw)).toBe(true);
  });

  live('nginx serves the H5 build: hashed files compressed and cached for good, index.html revalidated', async () => {
    const br = await call(front, 'GET', '/js/app.0a1b2c3d.js', { headers: { 'accept-encoding': 'br, gzip' } });
    expect([br.status, br.headers['content-encoding'], br.headers['cache-control']]).toEqual([200, 'br', 'public, max-age=31536000, immutable']);
    const gz = await call(front, 'GET', '/js/app.0a1b2c3d.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const index = await call(front, 'GET', '/wishes/some-page');
    expect([index.status, index.headers['cache-control'], index.raw.toString()]).toEqual([200, 'no-cache', expect.stringContaining('邻里')]);
  });

  live('an upload over the size limit is refused by nginx before it reaches an instance', async () => {
    const big = await call(front, 'POST', '/api/v1/wishes/x/photos', {
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(7 * 1024 * 1024) },
    });
    expect(big.status).toBe(413);
  });
});

describe('graceful shutdown', () => {
  live('on SIGTERM a request already under way is answered, new connections are refused, and the process exits', async () => {
    const c = await startInstance('c', env, work);
    const userId = await demoUserId(c.url, '王秀英', '127.0.0.70');
    const body = JSON.stringify({ userId });
    const { port } = new URL(c.url);
    // A login whose body is still arriving when the signal comes.
    const socket = connect({ port: Number(port), host: '127.0.0.1' });
    await new Promise((r) => socket.once('connect', r));
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    socket.write(
      `POST /api/v1/auth/dev-login HTTP/1.1\r\nHost: c\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body.slice(0, 5));
    await new Promise((r) => setTimeout(r, 200));
    const exited = new Promise<boolean>((r) => c.process.once('exit', () => r(true)));
    c.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await expect(call(c.url, 'GET', '/api/v1/health/live')).rejects.toThrow(/ECONNREFUSED/);
    socket.write(body.slice(5));
    const answered = await answer;
    expect(answered.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    expect(await exited).toBe(true);
    expect(c.log()).toContain('SIGTERM: finishing 1 in-flight request(s)');
  });
});

describe('readiness', () => {
  live('an instance whose Redis or bucket does not answer is live but not ready, saying which', async () => {
    const [noRedis, noBucket] = await Promise.all([
      freePort().then((port) => startInstance('no-redis', { ...env, REDIS_URL: `redis://127.0.0.1:${port}/0` }, work)),
      freePort().then((port) => startInstance('no-bucket', { ...env, S3_ENDPOINT: `http://127.0.0.1:${port}` }, work)),
    ]);
    try {
      for (const [instance, code] of [
        [noRedis, 'HEALTH_REDIS_DOWN'],
        [noBucket, 'HEALTH_STORAGE_DOWN'],
      ] as const) {
        expect((await call(instance.url, 'GET', '/api/v1/health/live')).status).toBe(200);
        const ready = await call(instance.url, 'GET', '/api/v1/health/ready');
        expect([ready.status, ready.body.code, ready.headers['retry-after']]).toEqual([503, code, '5']);
      }
      expect((await call(a!.url, 'GET', '/api/v1/health/ready')).status).toBe(200);
    } finally {
      await Promise.all([noRedis.stop(), noBucket.stop()]);
    }
  });
});
