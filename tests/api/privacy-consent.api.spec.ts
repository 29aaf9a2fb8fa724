import { addDaysToDate, ConsentKind, CURRENT_POLICY, SensitiveKind, shanghaiDateOf, WishCategory } from '@linli/shared';
import { newId } from '../../server/src/database/ids';
import { PrivacyConsent } from '../../server/src/privacy/privacy-consent.entity';
import { Wish } from '../../server/src/wishes/wish.entity';
import { FakeWechat } from '../support/fake-wechat';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('privacy consent (隐私政策同意)', () => {
  const wechat = new FakeWechat();
  let t: TestApp;
  const version = CURRENT_POLICY.version;
  const login = async (openid: string) => {
    const res = await t
      .http()
      .post('/api/v1/auth/wechat-login')
      .send({ code: `ok:${openid}` })
      .expect(200);
    return { token: res.body.token as string, userId: res.body.user.id as string };
  };
  const consents = (userId: string, kind = ConsentKind.Policy) => t.dataSource.getRepository(PrivacyConsent).find({ where: { userId, kind } });

  beforeAll(async () => {
    const base = await wechat.start();
    t = await startTestApp({ WECHAT_API_BASE: base });
  });
  afterAll(async () => {
    await t?.close();
    await wechat.stop();
  });

  describe('the documents and the consent to them', () => {
    it('a new user who has not agreed reaches only the public and consent endpoints, each refusal saying why in Chinese', async () => {
      const { token } = await login('openid-refuser');
      const policy = await t.http().get('/api/v1/privacy/policy').expect(200);
      expect(policy.body.current.version).toBe(version);
      const status = await t.http().get('/api/v1/privacy/consent').set(bearer(token)).expect(200);
      expect(status.body).toEqual({ currentVersion: version, agreedVersion: null, agreedAt: null, required: true, location: false });
      await t.http().get('/api/v1/me').set(bearer(token)).expect(200);

      for (const [method, path] of [
        ['get', '/api/v1/me/wishes'],
        ['patch', '/api/v1/me'],
        ['post', '/api/v1/wishes'],
        ['get', '/api/v1/me/notifications'],
        ['post', '/api/v1/privacy/consent/location'],
      ] as const) {
        const res = await t.http()[method](path).set(bearer(token)).send({ policyVersion: version });
        expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 403, code: 'PRIVACY_CONSENT_REQUIRED' });
        expect(res.body.message).toContain('《隐私政策》');
      }
    });

    it('agreeing records the version and time once, even when retried or sent twice at once, and opens the app', async () => {
      const { token, userId } = await login('openid-agreer');
      const agree = () => t.http().post('/api/v1/privacy/consent').set(bearer(token)).send({ policyVersion: version });
      const [a, b] = await Promise.all([agree(), agree()]);
      const c = await agree();
      for (const res of [a, b, c]) expect(res.status).toBe(200);
      expect(c.body).toEqual(expect.objectContaining({ currentVersion: version, agreedVersion: version, required: false }));
      const rows = await consents(userId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toEqual(expect.objectContaining({ policyVersion: version, givenBy: userId, method: 'app' }));
      expect(c.body.agreedAt).toBe(rows[0].createdAt.toISOString());
      await t.http().get('/api/v1/me/wishes').set(bearer(token)).expect(200);
    });

    it('someone who agreed only to an earlier version is asked again', async () => {
      const { token, userId } = await login('openid-old-version');
      await t.dataSource
        .getRepository(PrivacyConsent)
        .insert({ id: newId(), userId, kind: ConsentKind.Policy, policyVersion: '2025.9', subjectId: '', givenBy: userId, method: 'app' });
      const status = await t.http().get('/api/v1/privacy/consent').set(bearer(token)).expect(200);
      expect(status.body).toEqual(expect.objectContaining({ agreedVersion: '2025.9', required: true }));
      const refused = await t.http().get('/api/v1/me/wishes').set(bearer(token)).expect(403);
      expect(refused.body.code).toBe('PRIVACY_CONSENT_REQUIRED');
      await t.http().post('/api/v1/privacy/consent').set(bearer(token)).send({ policyVersion: version }).expect(200);
      await t.http().get('/api/v1/me/wishes').set(bearer(token)).expect(200);
      expect((await consents(userId)).map((c) => c.policyVersion).sort()).toEqual(['2025.9', version].sort());
    });

    it.each([['1999.1'], ['2025.9'], ['']])('consent to an unknown or stale version %j is refused in Chinese and records nothing', async (policyVersion) => {
      const { token, userId } = await login(`openid-bad-${policyVersion || 'empty'}`);
      const res = await t.http().post('/api/v1/privacy/consent').set(bearer(token)).send({ policyVersion });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(policyVersion ? 'PRIVACY_POLICY_VERSION_UNKNOWN' : 'VALIDATION_FAILED');
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await consents(userId)).toHaveLength(0);
      await t.http().get('/api/v1/me/wishes').set(bearer(token)).expect(403);
    });

    it('consent needs a login', async () => {
      const res = await t.http().post('/api/v1/privacy/consent').send({ policyVersion: version }).expect(401);
      expect(res.body.code).toBe('AUTH_REQUIRED');
    });

    it('location at check-in is a separate consent, recorded once', async () => {
      const { token, userId } = await login('openid-location');
      await t.http().post('/api/v1/privacy/consent').set(bearer(token)).send({ policyVersion: version }).expect(200);
      const before = await t.http().get('/api/v1/privacy/consent').set(bearer(token)).expect(200);
      expect(before.body.location).toBe(false);
      for (let i = 0; i < 2; i++) await t.http().post('/api/v1/privacy/consent/location').set(bearer(token)).send({ policyVersion: version }).expect(200);
      const after = await t.http().get('/api/v1/privacy/consent').set(bearer(token)).expect(200);
      expect(after.body.location).toBe(true);
      expect(await consents(userId, ConsentKind.Location)).toHaveLength(1);
    });
  });

  describe('withdrawing consent (PIPL Art. 15)', () => {
    const withdraw = (token: string, kind: string) => t.http().post('/api/v1/privacy/consent/withdrawal').set(bearer(token)).send({ kind });
    const agree = (token: string) => t.http().post('/api/v1/privacy/consent').set(bearer(token)).send({ policyVersion: version });

    it('takes effect on the very next request (despite the guard’s memory), leaves only public pages, and agreeing again reopens the app', async () => {
      const { token, userId } = await login('openid-withdrawer');
      await agree(token).expect(200);
      // The guard has now seen this person agree and remembers it for a while.
      await t.http().get('/api/v1/me/wishes').set(bearer(token)).expect(200);
      const withdrawn = await withdraw(token, 'policy').expect(200);
      expect(withdrawn.body).toEqual(expect.objectContaining({ required: true, agreedVersion: null }));
      const refused = await t.http().get('/api/v1/me/wishes').set(bearer(token)).expect(403);
      expect(refused.body.code).toBe('PRIVACY_CONSENT_REQUIRED');
      await t.http().get('/api/v1/privacy/policy').expect(200);
      await t.http().get('/api/v1/me').set(bearer(token)).expect(200);
      // Their rights over their own data outlast the consent: they can still see, export and see who read it.
      await t.http().get('/api/v1/me/data').set(bearer(token)).expect(200);
      await t.http().get('/api/v1/me/data/export').set(bearer(token)).expect(200);
      await t.http().get('/api/v1/me/data-access').set(bearer(token)).expect(200);
      // A retried withdrawal changes nothing.
      await withdraw(token, 'policy').expect(200);
      const rows = await consents(userId);
      expect(rows).toEqual([expect.objectContaining({ live: null, withdrawnAt: expect.any(Date) })]);

      await agree(token).expect(200);
      await t.http().get('/api/v1/me/wishes').set(bearer(token)).expect(200);
      // The first agreement and its withdrawal stay on record beside the new agreement.
      const after = (await consents(userId)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      expect(after.map((c) => [c.live, c.withdrawnAt === null])).toEqual([
        [null, false],
        [1, true],
      ]);
    });

    it('location can be withdrawn on its own; anything else is refused in Chinese', async () => {
      const { token, userId } = await login('openid-location-withdrawer');
      await agree(token).expect(200);
      await t.http().post('/api/v1/privacy/consent/location').set(bearer(token)).send({ policyVersion: version }).expect(200);
      const res = await withdraw(token, 'location').expect(200);
      expect(res.body).toEqual(expect.objectContaining({ location: false, required: false }));
      await t.http().get('/api/v1/me/wishes').set(bearer(token)).expect(200);
      expect(await consents(userId, ConsentKind.Location)).toEqual([expect.objectContaining({ live: null })]);
      for (const kind of ['sensitive_health', 'everything', undefined]) {
        const bad = await withdraw(token, kind as string).expect(400);
        expect(bad.body.code).toBe('VALIDATION_FAILED');
        expect(bad.body.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      await t.http().post('/api/v1/privacy/consent/withdrawal').send({ kind: 'policy' }).expect(401);
    });
  });

  describe('separate consent to sensitive information in a wish', () => {
    const today = shanghaiDateOf(new Date());
    const as = async (name: string) => bearer(await t.tokenOf(name));
    const homeOf = async (name: string) =>
      (
        await t
          .http()
          .get('/api/v1/me')
          .set(await as(name))
          .expect(200)
      ).body.households[0].householdId as string;
    const wishBody = async (name: string, extra: object) => ({
      householdId: await homeOf(name),
      title: '想要一个助行器',
      story: '老伴中风以后腿脚不便，想要一个助行器，方便在小区里走走。',
      category: WishCategory.Goods,
      valueFen: 20_000,
      wantedBy: addDaysToDate(today, 20),
      ...extra,
    });
    const post = async (name: string, body: object) =>
      t
        .http()
        .post('/api/v1/wishes')
        .set(await as(name))
        .send(body);

    it('a wish about an illness is refused without the consent, naming what to tick, and nothing is stored', async () => {
      const before = await t.dataSource.getRepository(Wish).count();
      const res = await post('王秀英', await wishBody('王秀英', {}));
      expect(res.status).toBe(400);
      expect(res.body).toEqual(expect.objectContaining({ code: 'PRIVACY_SENSITIVE_CONSENT_REQUIRED', details: { kinds: [SensitiveKind.Health] } }));
      expect(res.body.message).toContain('单独勾选同意');
      expect(await t.dataSource.getRepository(Wish).count()).toBe(before);
    });

    it('with the consent ticked the wish is posted and the consent recorded for the resident, about that wish', async () => {
      const res = await post('王秀英', await wishBody('王秀英', { sensitiveConsents: [SensitiveKind.Health] }));
      expect(res.status).toBe(201);
      const userId = await t.userIdOf('王秀英');
      const rows = await consents(userId, ConsentKind.SensitiveHealth);
      expect(rows).toEqual([expect.objectContaining({ subjectId: res.body.id, givenBy: userId, method: 'app', policyVersion: version })]);
    });

    it('a child under 14 needs the guardian consent as well; a declared kind without a matching story is recorded too', async () => {
      const story = { title: '想要一个新书包', story: '孙子今年9岁上小学，书包背带断了，想要一个新书包。' };
      const refused = await post('王秀英', await wishBody('王秀英', { ...story, sensitiveConsents: [SensitiveKind.Health] }));
      expect(refused.body).toEqual(expect.objectContaining({ code: 'PRIVACY_SENSITIVE_CONSENT_REQUIRED', details: { kinds: [SensitiveKind.Minor] } }));
      const ok = await post('王秀英', await wishBody('王秀英', { ...story, sensitiveConsents: [SensitiveKind.Minor, SensitiveKind.Health] }));
      expect(ok.status).toBe(201);
      const rows = await t.dataSource.getRepository(PrivacyConsent).find({ where: { subjectId: ok.body.id } });
      expect(rows.map((r) => r.kind).sort()).toEqual([ConsentKind.SensitiveHealth, ConsentKind.SensitiveMinor].sort());
    });

    it('an unknown kind is a validation error', async () => {
      const res = await post('王秀英', await wishBody('王秀英', { sensitiveConsents: ['religion'] }));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('a grid worker posting for a resident records the consent as the resident’s, given through the agent, with how', async () => {
      const residentId = await t.userIdOf('李桂兰');
      const note = '本人及家属口头同意，网格员孙丽入户记录';
      const body = await wishBody('李桂兰', { beneficiaryUserId: residentId, consentNote: note });
      expect((await post('孙丽', body)).body.code).toBe('PRIVACY_SENSITIVE_CONSENT_REQUIRED');
      const res = await post('孙丽', { ...body, sensitiveConsents: [SensitiveKind.Health] });
      expect(res.status).toBe(201);
      const rows = await consents(residentId, ConsentKind.SensitiveHealth);
      expect(rows).toEqual([expect.objectContaining({ subjectId: res.body.id, givenBy: await t.userIdOf('孙丽'), method: note })]);
    });
  });
});
