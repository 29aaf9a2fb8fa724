import { addDaysToDate, shanghaiDateOf, WishCategory } from '@linli/shared';
import { RetentionService } from '../../server/src/privacy-rights/retention.service';
import { Wish } from '../../server/src/wishes/wish.entity';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 60 * 60 * 1000;

describeApi('retention of private details', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('a closed wish keeps the beneficiary’s name 90 days, then only the masked one; two sweeps at once purge it once', async () => {
    const token = bearer(await t.tokenOf('王秀英'));
    const me = (await t.http().get('/api/v1/me').set(token).expect(200)).body;
    const wish = (
      await t
        .http()
        .post('/api/v1/wishes')
        .set(token)
        .send({
          householdId: me.households[0].householdId,
          title: '想要一床厚棉被',
          story: '家里的被子用了十几年，冬天太冷了，想要一床厚一点的棉被。',
          category: WishCategory.Goods,
          valueFen: 20_000,
          wantedBy: addDaysToDate(shanghaiDateOf(new Date()), 20),
          beneficiaryGender: 'female',
        })
        .expect(201)
    ).body;
    await t.http().post(`/api/v1/wishes/${wish.id}/withdrawal`).set(token).send({});
    const closed = await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wish.id });
    expect(closed.status).toBe('withdrawn');
    const sweeper = t.app.get(RetentionService);
    await sweeper.sweep(new Date(closed.updatedAt.getTime() + 89 * DAY));
    expect((await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wish.id })).beneficiaryName).toBe('王秀英');
    const due = new Date(closed.updatedAt.getTime() + 90 * DAY + 1000);
    const [a, b] = await Promise.all([sweeper.sweep(due), sweeper.sweep(due)]);
    const purged = await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wish.id });
    expect([purged.beneficiaryName, purged.detailsPurgedAt !== null]).toEqual(['王女士', true]);
    const again = await sweeper.sweep(due);
    expect(a.purged + b.purged).toBeGreaterThanOrEqual(1);
    expect(again.purged).toBe(0);
  });
});
