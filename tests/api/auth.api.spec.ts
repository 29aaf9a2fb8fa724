import { JwtService } from '@nestjs/jwt';
import { User } from '../../server/src/identity/user.entity';
import { FakeWechat } from '../support/fake-wechat';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('login with WeChat', () => {
  const wechat = new FakeWechat();
  let t: TestApp;

  beforeAll(async () => {
    const base = await wechat.start();
    t = await startTestApp({ WECHAT_API_BASE: base });
  });
  afterAll(async () => {
    await t?.close();
    await wechat.stop();
  });

  it('creates the user on first login, returns the same user after, and the token works', async () => {
    const first = await t.http().post('/api/v1/auth/wechat-login').send({ code: 'ok:openid-alice' }).expect(200);
    expect(first.body.token).toEqual(expect.any(String));
    expect(first.body.user.displayName).toBe('微信用户');
    const second = await t.http().post('/api/v1/auth/wechat-login').send({ code: 'ok:openid-alice' }).expect(200);
    expect(second.body.user.id).toBe(first.body.user.id);
    const me = await t.http().get('/api/v1/me').set(bearer(second.body.token)).expect(200);
    expect(me.body.id).toBe(first.body.user.id);
    // the real client sent the configured credentials and the code
    const sent = wechat.requests.at(-1)!;
    expect(sent.searchParams.get('js_code')).toBe('ok:openid-alice');
    expect(sent.searchParams.get('grant_type')).toBe('authorization_code');
  });

  it('never trusts an openid sent by the client', async () => {
    const res = await t.http().post('/api/v1/auth/wechat-login').send({ code: 'ok:openid-bob', openid: 'openid-alice' }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'openid', rule: 'whitelistValidation' })]);
    expect(await t.dataSource.getRepository(User).count({ where: { openid: 'openid-bob' } })).toBe(0);
  });

  it.each([
    ['invalid', 400, 'AUTH_WECHAT_CODE_INVALID'],
    ['used', 400, 'AUTH_WECHAT_CODE_INVALID'],
    ['rate', 429, 'AUTH_WECHAT_RATE_LIMITED'],
    ['busy', 503, 'AUTH_WECHAT_BUSY'],
    ['risky', 403, 'AUTH_WECHAT_USER_BLOCKED'],
    ['http500', 503, 'AUTH_WECHAT_UNAVAILABLE'],
    ['garbage', 503, 'AUTH_WECHAT_UNAVAILABLE'],
    ['slow', 503, 'AUTH_WECHAT_UNAVAILABLE'],
  ])('WeChat answering %s → %i %s, with a Chinese message and no user created', async (code, status, errorCode) => {
    const users = await t.dataSource.getRepository(User).count();
    const res = await t.http().post('/api/v1/auth/wechat-login').send({ code }).expect(status);
    expect(res.body.code).toBe(errorCode);
    expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await t.dataSource.getRepository(User).count()).toBe(users);
  });

  it('creates one user when the same first login arrives twenty times at once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => t.http().post('/api/v1/auth/wechat-login').send({ code: 'ok:openid-carol' })));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(results.map((r) => r.body.user.id)).size).toBe(1);
    expect(await t.dataSource.getRepository(User).count({ where: { openid: 'openid-carol' } })).toBe(1);
  });

  it('refuses an empty or over-long code naming the field', async () => {
    const empty = await t.http().post('/api/v1/auth/wechat-login').send({ code: '' }).expect(400);
    expect(empty.body.details[0].field).toBe('code');
    const long = await t
      .http()
      .post('/api/v1/auth/wechat-login')
      .send({ code: 'x'.repeat(129) })
      .expect(400);
    expect(long.body.message).toContain('code');
    expect(long.body.message).toContain('128');
  });
});

describeApi('WeChat unreachable or not configured', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  it('says WeChat is unreachable when nothing listens', async () => {
    t = await startTestApp({ WECHAT_API_BASE: 'http://127.0.0.1:9' });
    const res = await t.http().post('/api/v1/auth/wechat-login').send({ code: 'ok:x' }).expect(503);
    expect(res.body.code).toBe('AUTH_WECHAT_UNAVAILABLE');
  });

  it('says WeChat login is not configured without app credentials', async () => {
    t = await startTestApp({ WECHAT_APP_ID: '', WECHAT_APP_SECRET: '' });
    const res = await t.http().post('/api/v1/auth/wechat-login').send({ code: 'ok:x' }).expect(503);
    expect(res.body.code).toBe('AUTH_WECHAT_NOT_CONFIGURED');
  });
});

describeApi('tokens and dev login', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('rejects a missing, expired, forged or unsigned token', async () => {
    const userId = await t.userIdOf('王秀英');
    const jwt = t.app.get(JwtService);
    expect((await t.http().get('/api/v1/me').expect(401)).body.code).toBe('AUTH_REQUIRED');

    const expired = await jwt.signAsync({ sub: userId }, { expiresIn: -10 });
    expect((await t.http().get('/api/v1/me').set(bearer(expired)).expect(401)).body.code).toBe('AUTH_TOKEN_EXPIRED');

    const forged = await new JwtService({ secret: 'someone-elses-secret-0123456789' }).signAsync({ sub: userId });
    expect((await t.http().get('/api/v1/me').set(bearer(forged)).expect(401)).body.code).toBe('AUTH_TOKEN_INVALID');

    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: userId })).toString('base64url');
    expect(
      (
        await t
          .http()
          .get('/api/v1/me')
          .set(bearer(`${header}.${payload}.`))
          .expect(401)
      ).body.code,
    ).toBe('AUTH_TOKEN_INVALID');
  });

  it('lists demo users with what each is for and logs in as one', async () => {
    const users = await t.http().get('/api/v1/auth/dev-users').expect(200);
    expect(users.body.length).toBeGreaterThanOrEqual(20);
    expect(users.body).toContainEqual(expect.objectContaining({ displayName: '李红梅', description: expect.stringContaining('书记') }));
    const res = await t.http().post('/api/v1/auth/dev-login').send({ userId: 'no-such-user' }).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it('has no dev login when it is switched off', async () => {
    const off = await startTestApp({ DEV_LOGIN: 'false' });
    try {
      expect((await off.http().get('/api/v1/auth/dev-users').expect(404)).body.code).toBe('AUTH_DEV_LOGIN_DISABLED');
      const any = await off.dataSource.getRepository(User).findOneByOrFail({ displayName: '王秀英' });
      expect((await off.http().post('/api/v1/auth/dev-login').send({ userId: any.id }).expect(404)).body.code).toBe('AUTH_DEV_LOGIN_DISABLED');
    } finally {
      await off.close();
    }
  });

  it('limits login attempts per client', async () => {
    const limited = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.http().get('/api/v1/auth/dev-users')).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const res = await limited.http().get('/api/v1/auth/dev-users');
      expect(res.body).toEqual({ code: 'TOO_MANY_REQUESTS', message: expect.any(String) });
    } finally {
      await limited.close();
    }
  });
});
