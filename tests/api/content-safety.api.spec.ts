import {
  addDaysToDate,
  MediaCheckStatus,
  PostKind,
  PostType,
  QueueKind,
  ReportStatus,
  ReportTarget,
  shanghaiDateOf,
  TopicStatus,
  WishCategory,
} from '@linli/shared';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { MediaCheck } from '../../server/src/content-safety/media-check.entity';
import { Decision } from '../../server/src/deliberation/decision.entity';
import { DecisionUpdate } from '../../server/src/deliberation/decision-update.entity';
import { TopicComment } from '../../server/src/deliberation/topic-comment.entity';
import { Topic } from '../../server/src/deliberation/topic.entity';
import { User } from '../../server/src/identity/user.entity';
import { Place } from '../../server/src/places/place.entity';
import { PointsEntry } from '../../server/src/points/points-entry.entity';
import { Post } from '../../server/src/posts/post.entity';
import { Wish } from '../../server/src/wishes/wish.entity';
import { FakeWechat } from '../support/fake-wechat';
import { mediaCheckPush, mediaTraceIds, REVIEW_MARKER, RISKY_MARKER, SEC_CHECK_MARKERS, signedPushQuery } from '../support/fake-wechat-security';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

/** A valid 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PUSH_TOKEN = 'linliPushToken2024';
const PUBLIC_BASE = 'https://linli.example.cn';
/** On the local word list (fraud: 代开发票), written the way people dodge filters. */
const LISTED_EVASION = '代 开·发＊票，价格优惠';
/** Demo users given a WeChat openid, so WeChat's checks are made for them; everyone else has none. */
const OPENIDS: Record<string, string> = { 王秀英: 'o-wangxiuying', 李红梅: 'o-lihongmei', 王建军: 'o-wangjianjun' };

interface Res {
  status: number;
  body: any;
  text?: string;
}

describeApi('content safety (内容安全)', () => {
  let fake: FakeWechat;
  let t: TestApp;
  let donghu: string;
  let dongfeng: string;
  const today = shanghaiDateOf(new Date());

  const call = async (who: string, method: 'get' | 'post' | 'patch', path: string, body?: object): Promise<Res> => {
    const request = t
      .http()
      [method](`/api/v1${path}`)
      .set(bearer(await t.tokenOf(who)));
    return body ? request.send(body) : method === 'get' ? request : request.send({});
  };
  const expectError = (res: Res, status: number, code: string) => {
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
  };
  const homeOf = async (name: string) => (await call(name, 'get', '/me')).body.households[0].householdId as string;
  const wishBody = async (extra: object = {}) => ({
    householdId: await homeOf('王秀英'),
    title: '想要一床厚棉被',
    story: '家里的被子用了十几年，冬天太冷了，想要一床厚一点的棉被。',
    category: WishCategory.Goods,
    valueFen: 20_000,
    wantedBy: addDaysToDate(today, 20),
    ...extra,
  });
  /** A wish by 王秀英, approved onto the wall. */
  const openWish = async () => {
    const wish = await call('王秀英', 'post', '/wishes', await wishBody());
    expect(wish.status).toBe(201);
    expect((await call('李红梅', 'post', `/wishes/${wish.body.id}/approval`, {})).status).toBe(200);
    return wish.body.id as string;
  };
  /** A topic raised by 王秀英 for the whole community; accepted for discussion unless told otherwise. */
  const topicBy = async (accept = true, title = '楼道堆放杂物清理') => {
    const topic = await call('王秀英', 'post', `/communities/${donghu}/topics`, {
      title,
      body: '楼道里堆了很多旧家具和纸箱，存在消防隐患，希望大家一起商量清理办法。',
      scope: { placeId: donghu },
    });
    expect(topic.status).toBe(201);
    if (accept) expect((await call('李红梅', 'post', `/topics/${topic.body.id}/review`, { accept: true })).status).toBe(200);
    return topic.body.id as string;
  };
  const upload = async (who: string, path: string) =>
    t
      .http()
      .post(`/api/v1${path}`)
      .set(bearer(await t.tokenOf(who)))
      .attach('file', PNG, 'photo.png');
  const topicPhotos = async (who: string, topicId: string) =>
    (await call(who, 'get', `/topics/${topicId}`)).body.photos as { id: string; url: string; check: string }[];
  const push = (body: object, query = signedPushQuery(PUSH_TOKEN)) => t.http().post(`/api/v1/wechat/events?${query}`).send(body);
  /** The trace id WeChat gave the latest image sent to it. */
  const lastTrace = () => mediaTraceIds(fake).at(-1)!;
  const secChecks = () => fake.received('/wxa/msg_sec_check');
  const auditCount = () => t.dataSource.getRepository(AuditLog).count();

  beforeAll(async () => {
    fake = new FakeWechat();
    await fake.start();
    t = await startTestApp({ WECHAT_API_BASE: fake.url, PUBLIC_BASE_URL: PUBLIC_BASE, WECHAT_PUSH_TOKEN: PUSH_TOKEN });
    donghu = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
    dongfeng = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东风街道' })).id;
    for (const [name, openid] of Object.entries(OPENIDS)) await t.dataSource.getRepository(User).update({ id: await t.userIdOf(name) }, { openid });
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });
  afterEach(() => {
    fake.down = false;
  });

  describe('text', () => {
    it('clean text passes WeChat’s msgSecCheck, asked (v2) for the author’s openid, one field at a time', async () => {
      const before = secChecks().length;
      const res = await call('王秀英', 'post', '/wishes', await wishBody());
      expect(res.status).toBe(201);
      const asked = secChecks()
        .slice(before)
        .map((r) => r.body);
      expect(asked).toEqual(
        expect.arrayContaining([
          { content: '想要一床厚棉被', version: 2, scene: 3, openid: OPENIDS['王秀英'] },
          { content: '家里的被子用了十几年，冬天太冷了，想要一床厚一点的棉被。', version: 2, scene: 3, openid: OPENIDS['王秀英'] },
        ]),
      );
      expect(asked).toHaveLength(2);
    });

    it('risky text is refused with 422 naming the field, never echoing it, and nothing is written — at every place text is published', async () => {
      const wishes = () => t.dataSource.getRepository(Wish).count();
      const before = await wishes();
      const risky = await call('王秀英', 'post', '/wishes', await wishBody({ story: `便宜出售，${RISKY_MARKER}，欢迎联系` }));
      expectError(risky, 422, 'CONTENT_REJECTED');
      expect(risky.body.message).toContain('心愿描述');
      expect(JSON.stringify(risky.body)).not.toContain(RISKY_MARKER);
      expect(risky.body.details).toEqual({ field: 'story' });
      expect(await wishes()).toBe(before);

      const topics = await t.dataSource.getRepository(Topic).count();
      const topic = await call('王秀英', 'post', `/communities/${donghu}/topics`, {
        title: `议题${RISKY_MARKER}`,
        body: '这是一段足够长的议题内容，用来说明情况。',
        scope: { placeId: donghu },
      });
      expectError(topic, 422, 'CONTENT_REJECTED');
      expect(topic.body.message).toContain('议题标题');
      expect(await t.dataSource.getRepository(Topic).count()).toBe(topics);

      const open = await topicBy();
      const comments = await t.dataSource.getRepository(TopicComment).count({ where: { topicId: open } });
      expectError(await call('王秀英', 'post', `/topics/${open}/comments`, { body: `我觉得${RISKY_MARKER}` }), 422, 'CONTENT_REJECTED');
      expect(await t.dataSource.getRepository(TopicComment).count({ where: { topicId: open } })).toBe(comments);
      expect((await call('王秀英', 'get', `/topics/${open}`)).body.commentCount).toBe(comments);

      const decision = await t.dataSource.getRepository(Decision).findOneByOrFail({ communityId: donghu });
      const updates = await t.dataSource.getRepository(DecisionUpdate).count({ where: { decisionId: decision.id } });
      expectError(await call('李红梅', 'post', `/decisions/${decision.id}/updates`, { note: `施工进展：${RISKY_MARKER}` }), 422, 'CONTENT_REJECTED');
      expect(await t.dataSource.getRepository(DecisionUpdate).count({ where: { decisionId: decision.id } })).toBe(updates);

      const posts = await t.dataSource.getRepository(Post).count();
      const start = Date.now() + 3 * 24 * 60 * 60 * 1000;
      const postBody = {
        title: '小区环境整治',
        type: PostType.EnvironmentCleanUp,
        kind: PostKind.Shift,
        description: `清理楼道杂物，捡拾绿化带垃圾。${RISKY_MARKER}`,
        address: '东湖社区 3号楼前广场',
        latitude: 30.5596,
        longitude: 114.3733,
        radiusMetres: 200,
        pointsPerHour: 10,
        shifts: [{ startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 60 * 60 * 1000).toISOString(), capacity: 5 }],
      };
      const post = await call('李红梅', 'post', `/communities/${donghu}/posts`, postBody);
      expectError(post, 422, 'CONTENT_REJECTED');
      expect(post.body.message).toContain('岗位说明');
      expect(await t.dataSource.getRepository(Post).count()).toBe(posts);
      expect((await call('李红梅', 'post', `/communities/${donghu}/posts`, { ...postBody, description: '清理楼道杂物，捡拾绿化带垃圾。' })).status).toBe(201);

      const wishId = await openWish();
      expect((await call('王建军', 'post', `/wishes/${wishId}/claims`, {})).status).toBe(201);
      expectError(await call('王建军', 'post', `/wishes/${wishId}/fulfilment`, { note: `已送达${RISKY_MARKER}` }), 422, 'CONTENT_REJECTED');
      expect((await call('王建军', 'post', `/wishes/${wishId}/fulfilment`, { note: '已送到家中' })).body.status).toBe('fulfilled');
      const thanks = await call('王秀英', 'post', `/wishes/${wishId}/confirmation`, { thanks: `谢谢${RISKY_MARKER}`, rating: 5 });
      expectError(thanks, 422, 'CONTENT_REJECTED');
      expect(thanks.body.message).toContain('感谢的话');
      expect((await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wishId })).status).toBe('fulfilled');
      expect((await call('王秀英', 'post', `/wishes/${wishId}/confirmation`, { thanks: '谢谢小王！', rating: 5 })).body.thanks).toBe('谢谢小王！');
    });

    it.each([
      ['suggest "risky"', RISKY_MARKER],
      ['errcode 87014 ("risky content")', SEC_CHECK_MARKERS.errcode87014],
      ['errcode 87014 with a risky result', SEC_CHECK_MARKERS.errcode87014WithResult],
    ])('WeChat’s verdict %s is final: refused with 422 though the word list would pass it, and nothing is written', async (_, marker) => {
      const open = await topicBy();
      const comments = () => t.dataSource.getRepository(TopicComment).count({ where: { topicId: open } });
      const before = { comments: await comments(), wishes: await t.dataSource.getRepository(Wish).count(), audits: await auditCount() };
      const asked = secChecks().length;
      const comment = await call('王秀英', 'post', `/topics/${open}/comments`, { body: `我觉得可以${marker}` });
      expectError(comment, 422, 'CONTENT_REJECTED');
      expect(comment.body.details).toEqual({ field: 'body' });
      expect(JSON.stringify(comment.body)).not.toContain(marker);
      const wish = await call('王秀英', 'post', '/wishes', await wishBody({ story: `想要一床厚棉被${marker}` }));
      expectError(wish, 422, 'CONTENT_REJECTED');
      expect(wish.body.message).toContain('心愿描述');
      expect(secChecks().length).toBeGreaterThan(asked); // WeChat was asked and answered
      expect({ comments: await comments(), wishes: await t.dataSource.getRepository(Wish).count(), audits: await auditCount() }).toEqual(before);
      expect((await call('王建军', 'get', `/topics/${open}`)).body.commentCount).toBe(before.comments);
    });

    it.each([
      ['answers errcode -1 (system busy)', SEC_CHECK_MARKERS.busy],
      ['answers HTTP 500', SEC_CHECK_MARKERS.http500],
      ['does not answer in time', SEC_CHECK_MARKERS.timeout],
      ['refuses the access token even after renewal (40001)', SEC_CHECK_MARKERS.tokenInvalid],
    ])('WeChat %s: no verdict, so the local word list decides', async (_, marker) => {
      const open = await topicBy();
      const asked = secChecks().length;
      const refused = await call('王秀英', 'post', `/topics/${open}/comments`, { body: `${LISTED_EVASION}${marker}` });
      expectError(refused, 422, 'CONTENT_REJECTED');
      expect(secChecks().length).toBeGreaterThan(asked); // WeChat was asked first
      const passed = await call('王秀英', 'post', `/topics/${open}/comments`, { body: `周末我来帮忙搬东西${marker}` });
      expect([passed.status, passed.body.held]).toEqual([201, false]);
      expect((await call('王建军', 'get', `/topics/${open}/comments`)).body.items.map((c: { id: string }) => c.id)).toContain(passed.body.id);
    });

    it('WeChat unsure ("review"): accepted where the secretary reads it first, refused where nobody would and nothing can hold it', async () => {
      const wish = await call('王秀英', 'post', '/wishes', await wishBody({ story: `想要一床厚棉被${REVIEW_MARKER}` }));
      expect([wish.status, wish.body.status]).toEqual([201, 'pending_review']);
      const proposed = await call('王秀英', 'post', `/communities/${donghu}/topics`, {
        title: `小区停车${REVIEW_MARKER}`,
        body: '晚上车位不够，希望商量一下停车办法。',
        scope: { placeId: donghu },
      });
      expect([proposed.status, proposed.body.status]).toEqual([201, TopicStatus.Proposed]);
      // The secretary's own topic goes public at once, so nobody reviews it first.
      const topics = await t.dataSource.getRepository(Topic).count();
      const notice = await call('李红梅', 'post', `/communities/${donghu}/topics`, {
        title: `通知${REVIEW_MARKER}`,
        body: '本周六上午开展楼道清理活动。',
        scope: { placeId: donghu },
      });
      expectError(notice, 422, 'CONTENT_REJECTED');
      expect(notice.body.message).toContain('议题标题');
      expect(await t.dataSource.getRepository(Topic).count()).toBe(topics);

      const wishId = await openWish();
      expect((await call('王建军', 'post', `/wishes/${wishId}/claims`, {})).status).toBe(201);
      expect((await call('王建军', 'post', `/wishes/${wishId}/fulfilment`, { note: '已送到家中' })).body.status).toBe('fulfilled');
      expectError(await call('王秀英', 'post', `/wishes/${wishId}/confirmation`, { thanks: `谢谢${REVIEW_MARKER}`, rating: 5 }), 422, 'CONTENT_REJECTED');
      expect((await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wishId })).status).toBe('fulfilled');
    });

    it('a comment WeChat is unsure of is held: its author sees it 待审核, neighbours do not, the secretary’s queue lists it until released', async () => {
      const open = await topicBy();
      const count = async () => (await call('王建军', 'get', `/topics/${open}`)).body.commentCount as number;
      const before = await count();
      const held = await call('王秀英', 'post', `/topics/${open}/comments`, { body: `停车的事我有意见${REVIEW_MARKER}` });
      expect([held.status, held.body.held, held.body.body]).toEqual([201, true, `停车的事我有意见${REVIEW_MARKER}`]);
      const idsFor = async (who: string) => (await call(who, 'get', `/topics/${open}/comments`)).body.items.map((c: { id: string }) => c.id);
      expect(await idsFor('王建军')).not.toContain(held.body.id);
      expect(await idsFor('王秀英')).toContain(held.body.id);
      expect(await count()).toBe(before);
      // Nobody may reply to or report what they cannot see.
      expectError(await call('王建军', 'post', `/topics/${open}/comments`, { body: '我同意。', parentId: held.body.id }), 404, 'COMMENT_NOT_FOUND');
      expectError(await call('王建军', 'post', `/topic-comments/${held.body.id}/reports`, {}), 404, 'COMMENT_NOT_FOUND');

      const queue = (await call('李红梅', 'get', `/communities/${donghu}/queue?kind=${QueueKind.CommentReport}&limit=100`)).body.items;
      expect(queue).toContainEqual(expect.objectContaining({ kind: QueueKind.CommentReport, id: held.body.id, detail: '待审核：微信内容安全存疑' }));
      expect((await call('李红梅', 'get', `/topics/${open}/comments`)).body.items.find((c: { id: string }) => c.id === held.body.id).held).toBe(true);

      expectError(await call('王建军', 'post', `/topic-comments/${held.body.id}/release`), 404, 'COMMENT_NOT_FOUND');
      expectError(await call('陈志刚', 'post', `/topic-comments/${held.body.id}/release`), 404, 'COMMENT_NOT_FOUND'); // 柳园's secretary
      const audits = await auditCount();
      const released = await call('李红梅', 'post', `/topic-comments/${held.body.id}/release`);
      expect([released.status, released.body.held]).toEqual([200, false]);
      expectError(await call('李红梅', 'post', `/topic-comments/${held.body.id}/release`), 409, 'COMMENT_NOT_HELD');
      expect(await auditCount()).toBe(audits + 1);
      expect(await idsFor('王建军')).toContain(held.body.id);
      expect(await count()).toBe(before + 1);
      const after = (await call('李红梅', 'get', `/communities/${donghu}/queue?kind=${QueueKind.CommentReport}&limit=100`)).body.items;
      expect(after.map((i: { id: string }) => i.id)).not.toContain(held.body.id);

      // Hiding a held comment instead keeps it from neighbours for good.
      const second = await call('王秀英', 'post', `/topics/${open}/comments`, { body: `再说一次${REVIEW_MARKER}` });
      expect((await call('李红梅', 'post', `/topic-comments/${second.body.id}/hiding`, { reason: '言辞不当' })).status).toBe(200);
      expectError(await call('李红梅', 'post', `/topic-comments/${second.body.id}/release`), 409, 'COMMENT_NOT_HELD');
      expect(await idsFor('王建军')).not.toContain(second.body.id);
      expect(await count()).toBe(before + 1);
    });

    it('every other text others read is checked too: display names, decisions, ballots, the secretary’s edits and reasons', async () => {
      const refused = async (who: string, method: 'post' | 'patch', path: string, body: object, field: string) => {
        const res = await call(who, method, path, body);
        expectError(res, 422, 'CONTENT_REJECTED');
        expect(res.body.details).toEqual({ field });
        expect(JSON.stringify(res.body)).not.toContain(RISKY_MARKER);
      };
      await refused('王秀英', 'patch', '/me', { displayName: `秀英${RISKY_MARKER}` }, 'displayName');
      expect((await call('王秀英', 'get', '/me')).body.displayName).toBe('王秀英');
      // WeChat unsure of a name: nobody reviews names, so it is refused too.
      await refused('王秀英', 'patch', '/me', { displayName: `秀英${REVIEW_MARKER}` }, 'displayName');

      const decision = await t.dataSource.getRepository(Decision).findOneByOrFail({ communityId: donghu });
      await refused('李红梅', 'patch', `/decisions/${decision.id}`, { title: `加装电梯${RISKY_MARKER}` }, 'title');
      await refused('李红梅', 'patch', `/decisions/${decision.id}`, { responsible: `物业${RISKY_MARKER}` }, 'responsible');
      await refused('李红梅', 'post', `/decisions/${decision.id}/milestones`, { title: `开工${RISKY_MARKER}` }, 'title');
      expect((await t.dataSource.getRepository(Decision).findOneByOrFail({ id: decision.id })).title).toBe(decision.title);

      const open = await topicBy();
      const ballot = {
        title: '是否同意加装声控灯',
        rule: 'simple',
        optionsForm: 'choices',
        choices: ['甲方案', `乙方案${RISKY_MARKER}`],
        secret: false,
        allowChange: false,
      };
      const closesAt = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString();
      await refused('李红梅', 'post', `/topics/${open}/ballots`, { ...ballot, closesAt }, 'choices[1]');
      await refused('李红梅', 'post', `/topics/${open}/ballots`, { ...ballot, title: `表决${RISKY_MARKER}`, choices: ['甲方案', '乙方案'], closesAt }, 'title');
      expect((await call('王秀英', 'get', `/topics/${open}`)).body.status).toBe(TopicStatus.Discussing);

      const comment = await call('王秀英', 'post', `/topics/${open}/comments`, { body: '同意。' });
      await refused('李红梅', 'post', `/topic-comments/${comment.body.id}/hiding`, { reason: `违规${RISKY_MARKER}` }, 'reason');
      const proposed = await topicBy(false, '增设快递柜');
      await refused('李红梅', 'post', `/topics/${proposed}/review`, { accept: false, reason: `不受理${RISKY_MARKER}` }, 'reason');
      expect((await call('王秀英', 'get', `/topics/${proposed}`)).body.status).toBe(TopicStatus.Proposed);

      const wish = await call('王秀英', 'post', '/wishes', await wishBody());
      await refused('李红梅', 'post', `/wishes/${wish.body.id}/approval`, { title: `棉被${RISKY_MARKER}` }, 'title');
      await refused('李红梅', 'post', `/wishes/${wish.body.id}/rejection`, { reason: `不符合${RISKY_MARKER}` }, 'reason');
      expect((await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wish.body.id })).status).toBe('pending_review');

      const award = { userId: await t.userIdOf('王建军'), amount: 5, reason: `表彰${RISKY_MARKER}`, idempotencyKey: 'content-award-0001' };
      const entries = await t.dataSource.getRepository(PointsEntry).count();
      await refused('李红梅', 'post', `/communities/${donghu}/points/awards`, award, 'reason');
      expect(await t.dataSource.getRepository(PointsEntry).count()).toBe(entries);
    });

    it('a stale access token is renewed and the check made again', async () => {
      const open = await topicBy();
      const before = secChecks().length;
      const stale = fake.currentToken;
      fake.expireTokens();
      expect((await call('王秀英', 'post', `/topics/${open}/comments`, { body: '同意清理，周末我可以帮忙。' })).status).toBe(201);
      const tokens = secChecks()
        .slice(before)
        .map((r) => r.url.searchParams.get('access_token'));
      expect(tokens).toEqual([stale, fake.currentToken]);
      expect(fake.received('/cgi-bin/stable_token').at(-1)!.body).toEqual(expect.objectContaining({ force_refresh: true }));
    });

    it('WeChat down: the local word list decides — it catches a listed word however spaced, and passes clean text', async () => {
      fake.down = true;
      const refused = await call('王秀英', 'post', '/wishes', await wishBody({ story: LISTED_EVASION }));
      expectError(refused, 422, 'CONTENT_REJECTED');
      expect(refused.body.details).toEqual({ field: 'story' });
      expect((await call('王秀英', 'post', '/wishes', await wishBody())).status).toBe(201);
      // WeChat's own marker means nothing to the word list: WeChat was not the one deciding.
      expect((await call('王秀英', 'post', '/wishes', await wishBody({ story: `想要棉被${RISKY_MARKER}` }))).status).toBe(201);
    });

    it('an author without an openid (demo users) is checked against the word list only; WeChat is not asked', async () => {
      const open = await topicBy();
      const before = fake.log.length;
      expectError(await call('刘洋', 'post', `/topics/${open}/comments`, { body: '周末来玩百 家 乐' }), 422, 'CONTENT_REJECTED');
      expect((await call('刘洋', 'post', `/topics/${open}/comments`, { body: '支持清理楼道。' })).status).toBe(201);
      expect(fake.log.length).toBe(before);
    });
  });

  describe('images', () => {
    it('a resident’s photo goes to WeChat with a public signed URL; others see it only once WeChat’s signed verdict passes it', async () => {
      const topicId = await topicBy(false, '单元门禁损坏');
      const uploaded = await upload('王秀英', `/topics/${topicId}/photos`);
      expect([uploaded.status, uploaded.body.check]).toEqual([201, MediaCheckStatus.Checking]);
      const sent = fake.received('/wxa/media_check_async').at(-1)!.body!;
      expect(sent).toEqual(expect.objectContaining({ media_type: 2, version: 2, scene: 3, openid: OPENIDS['王秀英'] }));
      const mediaUrl = String(sent.media_url);
      expect(mediaUrl.startsWith(`${PUBLIC_BASE}/api/v1/deliberation-photos/${uploaded.body.id}/content?expires=`)).toBe(true);
      const fetched = await t.http().get(mediaUrl.slice(PUBLIC_BASE.length)).buffer(true);
      expect([fetched.status, fetched.headers['content-type']]).toEqual([200, 'image/png']); // WeChat can fetch it

      await call('李红梅', 'post', `/topics/${topicId}/review`, { accept: true });
      expect(await topicPhotos('王建军', topicId)).toEqual([]);
      expect((await topicPhotos('王秀英', topicId)).map((p) => p.check)).toEqual([MediaCheckStatus.Checking]);
      expect((await topicPhotos('李红梅', topicId)).map((p) => p.id)).toEqual([uploaded.body.id]);

      const audits = await auditCount();
      const forged = await push(mediaCheckPush(lastTrace(), 'pass'), signedPushQuery('notTheToken'));
      expect([forged.status, forged.body.code]).toEqual([403, 'CONTENT_PUSH_SIGNATURE_INVALID']);
      expect((await push(mediaCheckPush(lastTrace(), 'pass'), '')).status).toBe(403);
      const tampered = signedPushQuery(PUSH_TOKEN).replace(/timestamp=\d+/, 'timestamp=1');
      expect((await push(mediaCheckPush(lastTrace(), 'pass'), tampered)).status).toBe(403);
      expect(await topicPhotos('王建军', topicId)).toEqual([]);
      expect(await auditCount()).toBe(audits);

      const passed = await push(mediaCheckPush(lastTrace(), 'pass'));
      expect([passed.status, passed.text]).toEqual([200, 'success']);
      expect(await topicPhotos('王建军', topicId)).toEqual([expect.objectContaining({ id: uploaded.body.id, check: MediaCheckStatus.Passed })]);
      expect((await push(mediaCheckPush(lastTrace(), 'pass'))).status).toBe(200); // WeChat retries: nothing changes
      expect(await auditCount()).toBe(audits + 1);
    });

    it('a risky verdict refuses the photo for good: gone for others, shown refused to its uploader, no longer served — even after a pass by hand', async () => {
      const topicId = await topicBy();
      const first = (await upload('李红梅', `/topics/${topicId}/photos`)).body;
      const firstTrace = lastTrace();
      const second = (await upload('李红梅', `/topics/${topicId}/photos`)).body;
      const secondTrace = lastTrace();
      expect([first.check, second.check]).toEqual([MediaCheckStatus.Checking, MediaCheckStatus.Checking]);
      // A verdict that never came: the secretary passes the second by hand; WeChat's later refusal still wins.
      expect((await call('李红梅', 'post', `/media-checks/${second.id}/review`, { pass: true })).body.status).toBe(MediaCheckStatus.Passed);
      expect((await topicPhotos('王建军', topicId)).map((p) => p.id)).toEqual([second.id]);

      for (const trace of [firstTrace, secondTrace]) expect((await push(mediaCheckPush(trace, 'risky'))).status).toBe(200);
      expect(await topicPhotos('王建军', topicId)).toEqual([]);
      const own = await topicPhotos('李红梅', topicId);
      expect(own.map((p) => p.check)).toEqual([MediaCheckStatus.Refused, MediaCheckStatus.Refused]);
      expect((await t.http().get(own[0].url)).status).toBe(404);
      expect((await t.http().get(second.url)).status).toBe(404); // a URL handed out before
      expectError(await call('李红梅', 'post', `/media-checks/${first.id}/review`, { pass: true }), 409, 'MEDIA_CHECK_DECIDED');
      expect((await t.dataSource.getRepository(MediaCheck).findOneByOrFail({ id: first.id })).label).toBe(20002);
    });

    it('WeChat unsure, or unable to check (down, no openid): the photo waits for the secretary, who passes or refuses it by hand', async () => {
      const topicId = await topicBy();
      const unsure = (await upload('李红梅', `/topics/${topicId}/photos`)).body;
      await push(mediaCheckPush(lastTrace(), 'review'));
      const awaitingReview = await topicBy(false, '小区围墙破损');
      fake.down = true;
      const whileDown = (await upload('王秀英', `/topics/${awaitingReview}/photos`)).body;
      expect(whileDown.check).toBe(MediaCheckStatus.AwaitingReview);
      // The secretary is the reviewer: their own photo that WeChat cannot check needs no second look.
      expect((await upload('李红梅', `/topics/${topicId}/photos`)).body.check).toBe(MediaCheckStatus.Passed);
      fake.down = false;

      const queue = await call('李红梅', 'get', `/communities/${donghu}/media-checks`);
      expect(queue.status).toBe(200);
      const waiting = queue.body.items.map((i: { id: string }) => i.id);
      expect(waiting).toEqual(expect.arrayContaining([unsure.id, whileDown.id]));
      expect(queue.body.items.find((i: { id: string }) => i.id === whileDown.id)).toEqual(
        expect.objectContaining({ kind: 'deliberation_photo', uploaderName: '王秀英', status: 'awaiting_review', url: expect.stringContaining('sig=') }),
      );
      expect(await topicPhotos('王建军', topicId)).toHaveLength(1); // only the secretary's own

      // Only the secretary of 东湖 sees or decides these; bad bodies change nothing.
      expectError(await call('陈志刚', 'get', `/communities/${donghu}/media-checks`), 403, 'ACCESS_DENIED');
      expectError(await call('王建军', 'get', `/communities/${donghu}/media-checks`), 403, 'ACCESS_DENIED');
      expectError(await call('陈志刚', 'post', `/media-checks/${unsure.id}/review`, { pass: true }), 404, 'MEDIA_CHECK_NOT_FOUND');
      expectError(await call('王秀英', 'post', `/media-checks/${unsure.id}/review`, { pass: true }), 404, 'MEDIA_CHECK_NOT_FOUND');
      expectError(await call('李红梅', 'post', '/media-checks/no-such-photo/review', { pass: true }), 404, 'MEDIA_CHECK_NOT_FOUND');
      for (const body of [{ pass: false }, { pass: false, reason: '差' }, { pass: 'yes' }, {}, { pass: true, extra: 1 }]) {
        expectError(await call('李红梅', 'post', `/media-checks/${unsure.id}/review`, body), 400, 'VALIDATION_FAILED');
      }
      expectError(await call('李红梅', 'get', `/communities/${donghu}/media-checks?status=lost`), 400, 'VALIDATION_FAILED');
      expect((await t.dataSource.getRepository(MediaCheck).findOneByOrFail({ id: unsure.id })).status).toBe(MediaCheckStatus.AwaitingReview);

      expect((await call('李红梅', 'post', `/media-checks/${unsure.id}/review`, { pass: true })).body.status).toBe(MediaCheckStatus.Passed);
      expect((await topicPhotos('王建军', topicId)).map((p) => p.id)).toContain(unsure.id);
      const refused = await call('李红梅', 'post', `/media-checks/${whileDown.id}/review`, { pass: false, reason: '照片含有住户门牌号' });
      expect(refused.body).toEqual(expect.objectContaining({ status: MediaCheckStatus.Refused, reason: '照片含有住户门牌号' }));
      expect((await call('李红梅', 'get', `/communities/${donghu}/media-checks?status=refused`)).body.items.map((i: { id: string }) => i.id)).toContain(
        whileDown.id,
      );
      expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'content.media.refuse', targetId: whileDown.id })).toBe(1);
    });

    it('a wish photo is public only once the secretary approved it and WeChat passed it', async () => {
      const wishId = await openWish();
      const photo = (
        await t
          .http()
          .post(`/api/v1/wishes/${wishId}/photos?kind=story`)
          .set(bearer(await t.tokenOf('王秀英')))
          .attach('file', PNG, 'quilt.png')
      ).body;
      expect([photo.approved, photo.check]).toEqual([false, MediaCheckStatus.Checking]);
      const approved = await call('李红梅', 'post', `/wish-photos/${photo.id}/approval`, {});
      expect([approved.body.approved, approved.body.check]).toEqual([true, MediaCheckStatus.Checking]);
      expect((await call('王建军', 'get', `/wishes/${wishId}`)).body.photos).toEqual([]);
      await push(mediaCheckPush(lastTrace(), 'pass'));
      expect((await call('王建军', 'get', `/wishes/${wishId}`)).body.photos).toEqual([
        expect.objectContaining({ id: photo.id, check: MediaCheckStatus.Passed }),
      ]);
      await push(mediaCheckPush(lastTrace(), 'risky'));
      expect((await call('王建军', 'get', `/wishes/${wishId}`)).body.photos).toEqual([]);
      expect((await call('王秀英', 'get', `/wishes/${wishId}/private`)).body.allPhotos).toEqual([
        expect.objectContaining({ id: photo.id, check: MediaCheckStatus.Refused }),
      ]);
    });

    it('WeChat checks the push URL: the signed request gets its echostr back, any other is refused', async () => {
      const echoed = await t.http().get(`/api/v1/wechat/events?${signedPushQuery(PUSH_TOKEN)}&echostr=7741`);
      expect([echoed.status, echoed.text]).toEqual([200, '7741']);
      expect((await t.http().get(`/api/v1/wechat/events?${signedPushQuery('wrong')}&echostr=7741`)).status).toBe(403);
      // Other events are acknowledged and ignored.
      expect((await push({ Event: 'subscribe_msg_popup_event' })).text).toBe('success');
    });
  });

  describe('reports and hiding', () => {
    const reports = async (who: string, status?: ReportStatus) =>
      call(who, 'get', `/communities/${donghu}/content-reports?limit=100${status ? `&status=${status}` : ''}`);
    const itemOf = async (targetId: string, status?: ReportStatus) =>
      (await reports('李红梅', status)).body.items.find((i: { targetId: string }) => i.targetId === targetId);

    it('residents report a wish they can see, each person once; the secretary sees the count and the reasons', async () => {
      const wishId = await openWish();
      for (let i = 0; i < 2; i++)
        expect((await call('王建军', 'post', `/wishes/${wishId}/reports`, { reason: '疑似重复发布' })).body).toEqual({ reported: true });
      expect((await call('刘洋', 'post', `/wishes/${wishId}/reports`, {})).status).toBe(200);
      expect(await itemOf(wishId)).toEqual(
        expect.objectContaining({
          targetType: ReportTarget.Wish,
          title: '想要一床厚棉被',
          authorName: '王秀英',
          reportCount: 2,
          reasons: ['疑似重复发布'],
          status: ReportStatus.Open,
        }),
      );
      // Someone of the same street may report what its wall shows them.
      expect((await call('陈静', 'post', `/wishes/${wishId}/reports`, { reason: '内容不实' })).status).toBe(200);
      expect((await itemOf(wishId)).reportCount).toBe(3);

      for (const body of [{ reason: '长'.repeat(201) }, { reason: 5 }, { why: '不好' }]) {
        expectError(await call('王建军', 'post', `/wishes/${wishId}/reports`, body), 400, 'VALIDATION_FAILED');
      }
      expectError(await call('林涛', 'post', `/wishes/${wishId}/reports`, {}), 404, 'WISH_NOT_FOUND'); // another street
      const pending = (await call('王秀英', 'post', '/wishes', await wishBody())).body.id;
      expectError(await call('王建军', 'post', `/wishes/${pending}/reports`, {}), 404, 'WISH_NOT_FOUND'); // not on the wall
      expectError(await call('王建军', 'post', '/wishes/no-such-wish/reports', {}), 404, 'WISH_NOT_FOUND');
    });

    it('only the secretary of the item’s community sees and decides the reports', async () => {
      const wishId = await openWish();
      await call('王建军', 'post', `/wishes/${wishId}/reports`, { reason: '广告' });
      const item = await itemOf(wishId);
      expectError(await reports('陈志刚'), 403, 'ACCESS_DENIED'); // 柳园's secretary
      expectError(await reports('王建军'), 403, 'ACCESS_DENIED');
      expectError(await reports('周振华'), 403, 'ACCESS_DENIED'); // the street oversees, it does not moderate
      expectError(await call('陈志刚', 'post', `/content-reports/${item.id}/hiding`, { reason: '违规广告' }), 404, 'CONTENT_REPORT_NOT_FOUND');
      expectError(await call('王建军', 'post', `/content-reports/${item.id}/hiding`, { reason: '违规广告' }), 404, 'CONTENT_REPORT_NOT_FOUND');
      expectError(await call('陈志刚', 'post', `/content-reports/${item.id}/dismissal`), 404, 'CONTENT_REPORT_NOT_FOUND');
      for (const body of [{}, { reason: '广' }, { reason: '违规广告', extra: true }]) {
        expectError(await call('李红梅', 'post', `/content-reports/${item.id}/hiding`, body), 400, 'VALIDATION_FAILED');
      }
      expectError(await call('李红梅', 'get', `/communities/${donghu}/content-reports?status=gone`), 400, 'VALIDATION_FAILED');
      expect((await t.dataSource.getRepository(Wish).findOneByOrFail({ id: wishId })).hidden).toBe(false);
    });

    it('hiding a wish takes it off the wall, the street wall and the counts; others get 404, its people see 已隐藏 with the reason', async () => {
      const wishId = await openWish();
      await call('王建军', 'post', `/wishes/${wishId}/reports`, { reason: '虚假求助' });
      const counts = (await call('王建军', 'get', `/communities/${donghu}/wishes/counts`)).body.open;
      const item = await itemOf(wishId);
      const hidden = await call('李红梅', 'post', `/content-reports/${item.id}/hiding`, { reason: '经核实为虚假求助' });
      expect(hidden.body).toEqual(expect.objectContaining({ status: ReportStatus.Hidden, decisionReason: '经核实为虚假求助', decidedAt: expect.any(String) }));

      const wall = (await call('王建军', 'get', `/communities/${donghu}/wishes?limit=100`)).body.items.map((w: { id: string }) => w.id);
      const street = (await call('王建军', 'get', `/streets/${dongfeng}/wishes?limit=100`)).body.items.map((w: { id: string }) => w.id);
      expect([wall.includes(wishId), street.includes(wishId)]).toEqual([false, false]);
      expect((await call('王建军', 'get', `/communities/${donghu}/wishes/counts`)).body.open).toBe(counts - 1);
      expectError(await call('王建军', 'get', `/wishes/${wishId}`), 404, 'WISH_NOT_FOUND');
      expectError(await call('王建军', 'post', `/wishes/${wishId}/claims`, {}), 404, 'WISH_NOT_FOUND');
      expectError(await call('刘洋', 'post', `/wishes/${wishId}/reports`, {}), 404, 'WISH_NOT_FOUND');
      const own = (await call('王秀英', 'get', `/wishes/${wishId}/private`)).body;
      expect([own.hidden, own.hiddenReason]).toEqual([true, '经核实为虚假求助']);
      expect((await call('王秀英', 'get', '/me/wishes')).body.find((w: { id: string }) => w.id === wishId).hidden).toBe(true);

      expectError(await call('李红梅', 'post', `/content-reports/${item.id}/hiding`, { reason: '再次隐藏' }), 409, 'CONTENT_ALREADY_HIDDEN');
      expectError(await call('李红梅', 'post', `/content-reports/${item.id}/dismissal`), 409, 'CONTENT_REPORT_DECIDED');
      expect(await itemOf(wishId)).toBeUndefined();
      expect((await itemOf(wishId, ReportStatus.Hidden)).id).toBe(item.id);
      const audit = await t.dataSource.getRepository(AuditLog).findOneByOrFail({ action: 'content.hide', targetId: wishId });
      expect([audit.actorId, audit.placeId]).toEqual([await t.userIdOf('李红梅'), donghu]);
    });

    it('topics: dismissed reports stay dismissed until someone new reports; a hidden topic leaves the lists and its discussion closes', async () => {
      const topicId = await topicBy(true, '电动车楼道充电问题');
      const proposed = await topicBy(false, '增设快递柜');
      expectError(await call('王建军', 'post', `/topics/${proposed}/reports`, {}), 404, 'TOPIC_NOT_FOUND'); // not public yet
      expectError(await call('陈静', 'post', `/topics/${topicId}/reports`, {}), 404, 'TOPIC_NOT_FOUND'); // another community

      await call('王建军', 'post', `/topics/${topicId}/reports`, { reason: '人身攻击' });
      const item = await itemOf(topicId);
      expect(item).toEqual(expect.objectContaining({ targetType: ReportTarget.Topic, reportCount: 1, title: '电动车楼道充电问题' }));
      expect((await call('李红梅', 'post', `/content-reports/${item.id}/dismissal`)).body.status).toBe(ReportStatus.Dismissed);
      expectError(await call('李红梅', 'post', `/content-reports/${item.id}/dismissal`), 409, 'CONTENT_REPORT_DECIDED');
      await call('王建军', 'post', `/topics/${topicId}/reports`, { reason: '还是人身攻击' });
      expect((await itemOf(topicId, ReportStatus.Dismissed)).reportCount).toBe(1);
      await call('刘洋', 'post', `/topics/${topicId}/reports`, { reason: '言辞过激' });
      expect(await itemOf(topicId)).toEqual(expect.objectContaining({ status: ReportStatus.Open, reportCount: 2, reasons: ['言辞过激', '人身攻击'] }));

      expect((await call('李红梅', 'post', `/content-reports/${item.id}/hiding`, { reason: '含有人身攻击内容' })).status).toBe(200);
      for (const who of ['王建军', '李红梅']) {
        const listed = (await call(who, 'get', `/communities/${donghu}/topics?limit=100`)).body.items.map((x: { id: string }) => x.id);
        expect(listed).not.toContain(topicId);
      }
      expectError(await call('王建军', 'get', `/topics/${topicId}`), 404, 'TOPIC_NOT_FOUND');
      expectError(await call('王建军', 'get', `/topics/${topicId}/comments`), 404, 'TOPIC_NOT_FOUND');
      const own = (await call('王秀英', 'get', `/topics/${topicId}`)).body;
      expect([own.hidden, own.hiddenReason, own.canComment]).toEqual([true, '含有人身攻击内容', false]);
      expect((await call('王秀英', 'get', `/communities/${donghu}/topics?stage=mine&limit=100`)).body.items.map((x: { id: string }) => x.id)).toContain(
        topicId,
      );
      expect((await call('李红梅', 'get', `/topics/${topicId}`)).body.hidden).toBe(true);
      expectError(await call('王秀英', 'post', `/topics/${topicId}/comments`, { body: '我补充一点。' }), 409, 'TOPIC_COMMENTS_CLOSED');
    });
  });
});

describeApi('content safety without WeChat configured (a newcomer’s machine)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WECHAT_APP_ID: '', WECHAT_APP_SECRET: '' });
    await t.dataSource.getRepository(User).update({ id: await t.userIdOf('王秀英') }, { openid: 'o-wangxiuying' });
  });
  afterAll(async () => t?.close());

  it('text goes to the local word list even for a user with an openid; images wait for the secretary', async () => {
    const donghu = (await t.dataSource.getRepository(Place).findOneByOrFail({ name: '东湖社区' })).id;
    const as = bearer(await t.tokenOf('王秀英'));
    const body = { title: '楼道灯坏了', body: `三号楼二单元的楼道灯坏了，${LISTED_EVASION}`, scope: { placeId: donghu } };
    const refused = await t.http().post(`/api/v1/communities/${donghu}/topics`).set(as).send(body);
    expect([refused.status, refused.body.code, refused.body.details]).toEqual([422, 'CONTENT_REJECTED', { field: 'body' }]);
    const topic = await t
      .http()
      .post(`/api/v1/communities/${donghu}/topics`)
      .set(as)
      .send({ ...body, body: '三号楼二单元的楼道灯坏了，晚上上下楼看不清。' });
    expect(topic.status).toBe(201);
    const photo = await t.http().post(`/api/v1/topics/${topic.body.id}/photos`).set(as).attach('file', PNG, 'lamp.png');
    expect([photo.status, photo.body.check]).toEqual([201, MediaCheckStatus.AwaitingReview]);
  });
});
