import { User } from '../../server/src/identity/user.entity';
import { bearer, dbKind, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('the platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('reports health with the database checked', async () => {
    const res = await t.http().get('/api/v1/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up', databaseKind: dbKind() });
  });

  it('tags every response with a request id, keeping a sane incoming one', async () => {
    const fresh = await t.http().get('/api/v1/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.http().get('/api/v1/health').set('x-request-id', 'trace-abc-123');
    expect(kept.headers['x-request-id']).toBe('trace-abc-123');
    const replaced = await t.http().get('/api/v1/health').set('x-request-id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it.each([
    [
      'malformed JSON',
      (r: TestApp) => r.http().post('/api/v1/auth/dev-login').set('content-type', 'application/json').send('{"userId":'),
      400,
      'MALFORMED_REQUEST',
    ],
    ['an unknown route', (r: TestApp) => r.http().get('/api/v1/no-such-thing'), 404, 'ROUTE_NOT_FOUND'],
    [
      'a body over 1 MB',
      (r: TestApp) =>
        r
          .http()
          .post('/api/v1/auth/dev-login')
          .send({ userId: 'x'.repeat(1_100_000) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'an unsupported content type',
      (r: TestApp) => r.http().post('/api/v1/auth/dev-login').set('content-type', 'application/xml').send('<a/>'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'an empty JSON body where a body is required',
      (r: TestApp) => r.http().post('/api/v1/auth/dev-login').set('content-type', 'application/json').send(''),
      400,
      'VALIDATION_FAILED',
    ],
    ['a body that is not an object', (r: TestApp) => r.http().post('/api/v1/auth/dev-login').send([1, 2]), 400, 'VALIDATION_FAILED'],
  ])('answers %s with the one error shape', async (_name, send, status, code) => {
    const res = await send(t);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ code, message: expect.stringMatching(/[\u4e00-\u9fa5]/), ...(res.body.details ? { details: res.body.details } : {}) });
    expect(JSON.stringify(res.body)).not.toMatch(/at .+\.(js|ts):\d+|SELECT|INSERT/);
  });

  it('takes an empty body labelled JSON as no body (wx.request sends bodiless POSTs that way)', async () => {
    const token = await t.tokenOf((await t.http().get('/api/v1/auth/dev-users')).body[0].displayName);
    const res = await t
      .http()
      .post('/api/v1/member-registrations/no-such-registration/withdrawal')
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/json')
      .send('');
    expect([res.status, res.body.code]).toEqual([404, 'REGISTRATION_NOT_FOUND']);
  });

  it('serves the OpenAPI document and its UI page', async () => {
    const doc = await t.http().get('/api/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/wechat-login', '/api/v1/me', '/api/v1/role-grants']));
    const ui = await t.http().get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('stores Chinese and emoji intact (utf8mb4) and times in UTC', async () => {
    const token = await t.tokenOf('王秀英');
    const before = Date.now();
    await t.http().patch('/api/v1/me').set(bearer(token)).send({ displayName: '王奶奶🌸' }).expect(200);
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ id: await t.userIdOf('王秀英') });
    expect(user.displayName).toBe('王奶奶🌸');
    // updated_at is written by the database default: 8 hours off would mean a non-UTC session
    expect(Math.abs(user.updatedAt.getTime() - before)).toBeLessThan(60_000);
  });
});

describeApi('schema', () => {
  it('the committed migrations (MySQL) or synchronisation (SQLite) leave no pending schema change', async () => {
    const t = await startTestApp();
    try {
      const pending = await t.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q: { query: string }) => q.query)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
