import { Place } from '../../server/src/places/place.entity';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

/**
 * Hostile and malformed requests, as an outsider driving the API would send them: each is a
 * 4xx with the one {code, message} body, a message without "undefined" or an empty list, and
 * nothing written.
 */
describeApi('bad input', () => {
  let t: TestApp;
  let community: string;
  let street: string;
  beforeAll(async () => {
    t = await startTestApp();
    community = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
    street = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东风街道' })).id;
  });
  afterAll(async () => t?.close());

  const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  /** Every row of every table: what "nothing written" is checked against. */
  const rowCounts = async (): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const meta of t.dataSource.entityMetadatas) {
      const [row] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${t.dataSource.driver.escape(meta.tableName)}`);
      counts[meta.tableName] = Number(row.n);
    }
    return counts;
  };

  const expectOneErrorShape = (res: { status: number; body: Record<string, unknown>; text: string }, status?: number) => {
    if (status !== undefined) expect(res.status).toBe(status);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(Object.keys(res.body).sort()).toEqual(res.body.details === undefined ? ['code', 'message'] : ['code', 'details', 'message']);
    expect(res.body.code).toMatch(/^[A-Z_]+$/);
    expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(res.text).not.toMatch(/undefined|以下之一：(；|"|$)|以下之一：、/);
  };

  describe.each([
    ['a JSON array', '[]'],
    ['a string', '"x"'],
    ['a number', '42'],
    ['null', 'null'],
    ['true', 'true'],
  ])('a body that is %s', (_name, raw) => {
    it.each([
      ['dev login', () => '/api/v1/auth/dev-login', undefined],
      ['WeChat login', () => '/api/v1/auth/wechat-login', undefined],
      ['proposing a topic', () => `/api/v1/communities/${community}/topics`, '王秀英'],
      ['awarding points', () => `/api/v1/communities/${community}/points/awards`, '李红梅'],
    ])('is refused on %s with one sentence about the body', async (_endpoint, path, who) => {
      // Logged in (and agreed to the policy, a row of its own) before counting.
      const token = who ? await t.tokenOf(who) : null;
      const before = await rowCounts();
      let req = t.http().post(path()).set('content-type', 'application/json');
      if (token) req = req.set(bearer(token));
      const res = await req.send(raw);
      expectOneErrorShape(res, 400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('请求体必须是 JSON 对象') });
      expect(await rowCounts()).toEqual(before);
    });
  });

  it.each([
    ['dev login', () => '/api/v1/auth/dev-login'],
    ['WeChat login', () => '/api/v1/auth/wechat-login'],
    ['proposing a topic', () => `/api/v1/communities/${community}/topics`],
  ])('refuses an array nested 5,000 deep (10 KB) on %s as malformed, before anything recurses', async (_endpoint, path) => {
    const res = await t
      .http()
      .post(path())
      .set(bearer(await t.tokenOf('王秀英')))
      .set('content-type', 'application/json')
      .send(deepArray(5000));
    expectOneErrorShape(res, 400);
    expect(res.body.code).toBe('MALFORMED_REQUEST');
    expect(res.body.message).toContain('嵌套');
  });

  it('refuses a deep object inside an otherwise valid login body too', async () => {
    const body = `{"userId":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`;
    const res = await t.http().post('/api/v1/auth/dev-login').set('content-type', 'application/json').send(body);
    expectOneErrorShape(res, 400);
    expect(res.body.code).toBe('MALFORMED_REQUEST');
  });

  it('still takes brackets inside strings and ordinary nesting', async () => {
    const res = await t
      .http()
      .post(`/api/v1/communities/${community}/topics`)
      .set(bearer(await t.tokenOf('王秀英')))
      .send({ title: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ 楼道灯', body: '{'.repeat(100) + ' 希望修好楼道灯', scope: {} });
    // Past the parser: the scope's own rules answer, not the depth check.
    expect(res.body.code).not.toBe('MALFORMED_REQUEST');
  });

  describe('transport-level failures keep the one body shape', () => {
    it.each([
      ['a URL over 16 KB (431)', () => t.http().get(`/api/v1/health?q=${'x'.repeat(17_000)}`), 431, 'HEADERS_TOO_LARGE'],
      ['a header block over 16 KB (431)', () => t.http().get('/api/v1/health').set('x-padding', 'x'.repeat(17_000)), 431, 'HEADERS_TOO_LARGE'],
      ['a path parameter over the router limit (414)', () => t.http().get(`/api/v1/wishes/${'x'.repeat(600)}`), 414, 'URI_TOO_LONG'],
      ['a malformed percent-encoding in the path', () => t.http().get('/api/v1/wishes/%E0%A4%A'), 400, 'MALFORMED_REQUEST'],
      [
        'a body over 1 MB (413)',
        () =>
          t
            .http()
            .post('/api/v1/auth/dev-login')
            .send({ userId: 'x'.repeat(1_100_000) }),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
      [
        'a wrong content type (415)',
        () => t.http().post('/api/v1/auth/dev-login').set('content-type', 'text/csv').send('userId\nx'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      ['bad JSON', () => t.http().post('/api/v1/auth/dev-login').set('content-type', 'application/json').send('{"userId":'), 400, 'MALFORMED_REQUEST'],
      ['an unknown route', () => t.http().get('/api/v1/no-such-thing'), 404, 'ROUTE_NOT_FOUND'],
      ['a wrong method on a known path', () => t.http().delete('/api/v1/health'), 404, 'ROUTE_NOT_FOUND'],
      [
        'a JSON body with __proto__',
        () => t.http().post('/api/v1/auth/dev-login').set('content-type', 'application/json').send('{"__proto__":{"x":1}}'),
        400,
        'MALFORMED_REQUEST',
      ],
    ])('%s', async (_name, send, status, code) => {
      const res = await send();
      expectOneErrorShape(res, status);
      expect(res.body.code).toBe(code);
    });
  });

  describe('required nested objects', () => {
    it.each([
      ['missing', {}],
      ['null', { scope: null }],
      ['a string', { scope: 'building' }],
      ['an array', { scope: [] }],
    ])('a topic whose scope is %s is a 400 naming scope', async (_name, patch) => {
      const before = await rowCounts();
      const res = await t
        .http()
        .post(`/api/v1/communities/${community}/topics`)
        .set(bearer(await t.tokenOf('王秀英')))
        .send({ title: '楼道灯坏了', body: '三号楼二单元的楼道灯坏了一个星期了', ...patch });
      expectOneErrorShape(res, 400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'scope' })]));
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe('lists of nested objects holding something else', () => {
    it.each([
      ['null', [null]],
      ['a list', [[]]],
      ['a string', ['x']],
      ['a number', [7]],
    ])('a post whose shift is %s is a 400 naming the shift', async (_name, shifts) => {
      const before = await rowCounts();
      const res = await t
        .http()
        .post(`/api/v1/communities/${community}/posts`)
        .set(bearer(await t.tokenOf('李红梅')))
        .send({
          title: '周末楼道清扫',
          type: 'environment_clean_up',
          description: '清扫三号楼楼道的杂物和小广告',
          address: '东湖社区 3号楼前广场',
          latitude: 30.5928,
          longitude: 114.3055,
          radiusMetres: 200,
          kind: 'shift',
          shifts,
        });
      expectOneErrorShape(res, 400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(/^shifts/) })]));
      expect(await rowCounts()).toEqual(before);
    });
  });

  it.each([
    ['null', [null]],
    ['a list', [[]]],
    ['a string', ['x']],
  ])('a bulk approval whose item is %s is a 400 naming the item', async (_name, items) => {
    const before = await rowCounts();
    const res = await t
      .http()
      .post(`/api/v1/communities/${community}/queue/approvals`)
      .set(bearer(await t.tokenOf('李红梅')))
      .send({ items });
    expectOneErrorShape(res, 400);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(/^items/) })]));
    expect(await rowCounts()).toEqual(before);
  });

  describe('impossible calendar dates', () => {
    it.each([
      ['30 February', '2027-02-30'],
      ['month 13', '2027-13-01'],
      ['29 February of a common year', '2027-02-29'],
    ])('an audit query from %s is refused as an invalid date', async (_name, day) => {
      const res = await t
        .http()
        .get(`/api/v1/places/${street}/audit?from=${day}`)
        .set(bearer(await t.tokenOf('周振华')));
      expectOneErrorShape(res, 400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'from', message: expect.stringContaining('真实存在的日期') })]);
    });

    it.each([
      ['30 February', '2027-02-30T01:00Z'],
      ['hour 24', '2027-03-01T24:00:00Z'],
      ['minute 60', '2027-03-01T10:60:00Z'],
      ['a zone of +25:00', '2027-03-01T10:00:00+25:00'],
    ])('a shift starting on %s is refused as an invalid time, naming the field', async (_name, instant) => {
      const before = await rowCounts();
      const res = await t
        .http()
        .post(`/api/v1/communities/${community}/posts`)
        .set(bearer(await t.tokenOf('李红梅')))
        .send({
          title: '周末楼道清扫',
          type: 'environment_clean_up',
          description: '清扫三号楼楼道的杂物和小广告',
          address: '东湖社区 3号楼前广场',
          latitude: 30.5928,
          longitude: 114.3055,
          radiusMetres: 200,
          kind: 'shift',
          shifts: [{ startsAt: instant, endsAt: '2027-03-02T03:00:00Z', capacity: 2 }],
        });
      expectOneErrorShape(res, 400);
      expect(res.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'shifts.0.startsAt', message: expect.stringContaining('真实存在的时间') })]),
      );
      expect(await rowCounts()).toEqual(before);
    });
  });

  /** Every POST/PUT/PATCH route the OpenAPI document lists, with the place ids the demo has. */
  const writeRoutes = async (): Promise<{ method: string; path: string; jsonBody: boolean }[]> => {
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
    };
    const routes: { method: string; path: string; jsonBody: boolean }[] = [];
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!['post', 'put', 'patch'].includes(method)) continue;
        const path = template.replace(/\{(\w+)\}/g, (_m, name: string) =>
          name === 'communityId' || name === 'placeId' ? community : name === 'streetId' ? street : '0190e2b4-0000-7000-8000-000000000000',
        );
        routes.push({ method, path, jsonBody: !!operation.requestBody?.content?.['application/json'] });
      }
    }
    return routes;
  };

  it('walks every write route with [] and a 5,000-deep array: no 5xx anywhere, nothing written', async () => {
    const routes = await writeRoutes();
    expect(routes.length).toBeGreaterThan(40);
    const tokens = [await t.tokenOf('李红梅'), await t.tokenOf('王秀英'), await t.tokenOf('幸福区管理员')];
    const before = await rowCounts();
    const reachedValidation: string[] = [];
    const failures: string[] = [];
    for (const route of routes) {
      for (const token of tokens) {
        for (const raw of ['[]', deepArray(5000), '"x"', 'null']) {
          const res = await t.http()[route.method as 'post'](route.path).set(bearer(token)).set('content-type', 'application/json').send(raw);
          try {
            expectOneErrorShape(res);
            if (raw.length > 100) expect([res.status, res.body.code]).toEqual([400, 'MALFORMED_REQUEST']);
          } catch {
            failures.push(`${route.method.toUpperCase()} ${route.path} ${raw.slice(0, 8)} → ${res.status} ${res.text.slice(0, 200)}`);
          }
          if (res.body.code === 'VALIDATION_FAILED') reachedValidation.push(`${route.method} ${route.path}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The place-scoped routes (no resource id to find first) reach the validation pipe.
    expect(new Set(reachedValidation).size).toBeGreaterThan(10);
    expect(await rowCounts()).toEqual(before);
  }, 240_000);
});
