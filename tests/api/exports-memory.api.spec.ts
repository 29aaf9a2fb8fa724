import { addDaysToDate, ExportKind, placeIdsOnPath, shanghaiDateOf, WishCategory, WishStatus } from '@linli/shared';
import { newId } from '../../server/src/database/ids';
import { ExportJobLeases } from '../../server/src/exports/export-job-leases';
import { User } from '../../server/src/identity/user.entity';
import { Household } from '../../server/src/places/household.entity';
import { Place } from '../../server/src/places/place.entity';
import { Wish } from '../../server/src/wishes/wish.entity';
import { bearer, describeApi, startTestApp } from '../support/test-app';
import { setTimeout as sleep } from 'node:timers/promises';

describeApi('memory', () => {
  it('stays flat', async () => {
    const t = await startTestApp();
    const today = shanghaiDateOf(new Date());
    const liuyuan = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '柳园社区' })).id;
    const ma = await t.dataSource.getRepository(User).findOneByOrFail({ displayName: '马丽娟' });
    const home = await t.dataSource.getRepository(Household).findOneByOrFail({ id: ma.homeHouseholdId! });
    const building = await t.dataSource.getRepository(Place).findOneByOrFail({ id: home.buildingId });
    const [, streetId, , gridId] = placeIdsOnPath(building.path);
    const N = Number(process.env.N ?? 100000);
    const base = { communityId: liuyuan, streetId, gridId, buildingId: building.id, householdId: home.id, beneficiaryUserId: ma.id,
        beneficiaryName: '马丽娟', beneficiaryGender: 'female' as const, postedBy: ma.id, agentUserId: null, consentNote: null,
        story: '用于验证大批量导出的心愿，内容不重要。', category: WishCategory.Goods, valueFen: 100, wantedBy: today, status: WishStatus.Open, createdAt: new Date(Date.now() - 86400000) };
    for (let i = 0; i < N; i += 500) {
      await t.dataSource.getRepository(Wish).insert(Array.from({ length: 500 }, (_, j) => ({ ...base, id: newId(), title: `批量心愿 ${i + j}` })));
    }
    const leases = t.app.get(ExportJobLeases);
    const heap: string[] = [];
    const original = leases.progress.bind(leases);
    jest.spyOn(leases, 'progress').mockImplementation(async (...args) => { (global as any).gc?.(); const m = process.memoryUsage(); const fs = require('node:fs'); const dir = require('node:path').join(t.config.UPLOAD_DIR, 'exports'); const files = fs.existsSync(dir) ? fs.readdirSync(dir).map((f: string) => fs.statSync(dir + '/' + f).size) : ['nodir:' + dir]; heap.push(`${Math.round(m.heapUsed / 1e6)}/${Math.round(m.external / 1e6)}/${Math.round(m.arrayBuffers / 1e6)}/${Math.round(m.rss / 1e6)}:${files.join(',')}` as never); return original(...args); });
    const started = Date.now();
    const res = await t.http().post(`/api/v1/places/${liuyuan}/exports`).set(bearer(await t.tokenOf('陈志刚'))).send({ kind: ExportKind.Wishes, from: addDaysToDate(today, -3), to: today });
    let body;
    for (;;) { body = (await t.http().get(`/api/v1/exports/${res.body.id}`).set(bearer(await t.tokenOf('陈志刚')))).body; if (body.status === 'done' || body.status === 'failed') break; await sleep(200); }
    console.log(body.status, body.rowsDone, body.fileBytes, (Date.now() - started) / 1000, 's', heap.filter((_, i) => i % 20 === 0).join(' '));
    await t.close();
  }, 600000);
});
