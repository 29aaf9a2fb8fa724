import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../server/src/app.factory';
import { loadConfig } from '../../server/src/config/app-config';
import { FAKE_APP_ID, FAKE_APP_SECRET } from '../support/fake-wechat';
import { bearer, dbKind, describeApi, startTestApp, TestApp } from '../support/test-app';

type Http = () => ReturnType<typeof request>;

/** While the database is unreachable: every request that needs it is a 503 to retry, liveness stays up, readiness fails until it is back. */
async function expectOutage(http: Http, token: string, userId: string): Promise<void> {
  const live = await http().get('/api/v1/health/live');
  expect([live.status, live.body]).toEqual([200, { status: 'ok' }]);
  for (const path of ['/api/v1/health/ready', '/api/v1/health']) {
    const ready = await http().get(path);
    expect([ready.status, ready.body.code, ready.headers['retry-after']]).toEqual([503, 'HEALTH_DATABASE_DOWN', '5']);
  }
  for (const res of [
    await http().post('/api/v1/auth/dev-login').send({ userId }),
    await http().get('/api/v1/me').set(bearer(token)),
    await http().get('/api/v1/auth/dev-users'),
  ]) {
    expect([res.status, res.body.code, res.headers['retry-after']]).toEqual([503, 'SERVICE_UNAVAILABLE', '5']);
    expect(res.body).toEqual({ code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
  }
}

async function expectRecovered(http: Http, userId: string): Promise<void> {
  const ready = await http().get('/api/v1/health/ready');
  expect(ready.status).toBe(200);
  expect((await http().post('/api/v1/auth/dev-login').send({ userId })).status).toBe(200);
}

describeApi('a database outage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    if (!t?.dataSource.isInitialized) await t?.dataSource.initialize();
    await t?.close();
  });

  it('answers 503 with Retry-After while the connection pool is closed, readiness failing and liveness up, and recovers when it reopens', async () => {
    const token = await t.tokenOf('王秀英');
    const userId = await t.userIdOf('王秀英');
    await t.dataSource.destroy();
    await expectOutage(t.http, token, userId);
    await t.dataSource.initialize();
    await expectRecovered(t.http, userId);
  });

  // MySQL only: the server itself goes away (a TCP proxy in front of it is cut), so mysql2's own
  // connection errors (PROTOCOL_CONNECTION_LOST on pooled connections, ECONNREFUSED on new ones) are what the app sees.
  if (dbKind() === 'mysql')
    it('answers 503 while the MySQL server is unreachable, and serves again once it is back', async () => {
      const target = new URL(t.config.DATABASE_URL!);
      const proxy = tcpProxy(target.hostname, Number(target.port || 3306));
      const port = await proxy.open(0);
      const uploads = mkdtempSync(join(tmpdir(), 'linli-outage-'));
      const proxied = new URL(t.config.DATABASE_URL!);
      proxied.port = String(port);
      let app: NestFastifyApplication | undefined;
      try {
        app = await createApp(
          loadConfig({
            NODE_ENV: 'test',
            LOG_LEVEL: 'fatal',
            DATABASE_URL: proxied.toString(),
            DB_MIGRATE_ON_BOOT: 'false',
            SEED_DEMO: 'false',
            WECHAT_APP_ID: FAKE_APP_ID,
            WECHAT_APP_SECRET: FAKE_APP_SECRET,
            SWEEP_INTERVAL_MS: '0',
            UPLOAD_DIR: uploads,
          }),
        );
        const server = app.getHttpServer();
        const http: Http = () => request(server);
        const userId = await t.userIdOf('王秀英');
        const token = (await http().post('/api/v1/auth/dev-login').send({ userId }).expect(200)).body.token;
        await proxy.close();
        await expectOutage(http, token, userId);
        await proxy.open(port);
        await expectRecovered(http, userId);
      } finally {
        await proxy.close();
        await app?.close();
        rmSync(uploads, { recursive: true, force: true });
      }
    });
});

/** Forwards TCP to host:port; closing it drops every forwarded connection and refuses new ones, as a database going away does. */
function tcpProxy(host: string, targetPort: number) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  return {
    open: (port: number) =>
      new Promise<number>((resolve, reject) => {
        server = createServer((client) => {
          const upstream = new Socket();
          upstream.connect(targetPort, host);
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('close', () => sockets.delete(s));
            s.on('error', () => s.destroy());
          }
          client.pipe(upstream).pipe(client);
          client.on('close', () => upstream.destroy());
          upstream.on('close', () => client.destroy());
        });
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          const address = server!.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (!server?.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}
