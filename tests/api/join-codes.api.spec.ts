import type request from 'supertest';
import { Household } from '../../server/src/places/household.entity';
import { Place } from '../../server/src/places/place.entity';
import { FakeWechat } from '../support/fake-wechat';
import { GET_WXACODE_UNLIMITED, PNG_SIGNATURE } from '../support/fake-wechat-codes';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

/** A binary response body (the PNG). */
const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (c: Buffer) => chunks.push(c));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

describeApi('扫码入户 on WeChat: the secretary prints mini-program codes (wxacode.getUnlimited)', () => {
  const wechat = new FakeWechat();
  let t: TestApp;
  let building: string;
  let flat: Household;

  const code = async (who: string, path: string) =>
    t
      .http()
      .get(`/api/v1${path}`)
      .set(bearer(await t.tokenOf(who)))
      .buffer(true)
      .parse(binary);

  beforeAll(async () => {
    t = await startTestApp({ WECHAT_API_BASE: await wechat.start() });
    const donghu = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
    building = (await t.dataSource.getRepository(Place).find({ where: { name: '3号楼' } })).find((p) => p.path.includes(`/${donghu}/`))!.id;
    flat = await t.dataSource.getRepository(Household).findOneByOrFail({ buildingId: building, label: '1单元 101' });
  });
  afterAll(async () => {
    await t?.close();
    await wechat.stop();
  });

  it('a building’s and a flat’s codes are PNGs opening the join page with the place in the scene (32 characters)', async () => {
    const forBuilding = await code('李红梅', `/places/${building}/join-code`);
    expect(forBuilding.status).toBe(200);
    expect(forBuilding.headers['content-type']).toBe('image/png');
    expect((forBuilding.body as Buffer).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const asked = wechat.received(GET_WXACODE_UNLIMITED).at(-1)!.body!;
    expect(asked).toEqual(expect.objectContaining({ scene: building.replace(/-/g, ''), page: 'packages/onboarding/pages/join/index' }));

    const forFlat = await code('李红梅', `/households/${flat.id}/join-code`);
    expect(forFlat.status).toBe(200);
    expect((forFlat.body as Buffer).subarray(8).toString()).toBe(flat.id.replace(/-/g, ''));
  });

  it('only the secretary over the place gets one; WeChat down is a 503 in Chinese', async () => {
    expect((await code('孙丽', `/places/${building}/join-code`)).status).toBe(403);
    expect((await code('陈志刚', `/households/${flat.id}/join-code`)).status).toBe(404);
    wechat.down = true;
    try {
      const down = await t
        .http()
        .get(`/api/v1/places/${building}/join-code`)
        .set(bearer(await t.tokenOf('李红梅')));
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ code: 'AUTH_WECHAT_UNAVAILABLE', message: '暂时连不上微信，请稍后再试' });
    } finally {
      wechat.down = false;
    }
  });
});
