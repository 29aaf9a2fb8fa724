import {
  Art278Matter,
  BallotOptionsForm,
  BallotPhase,
  BallotRule,
  DecisionList,
  DecisionStatus,
  HouseholdRelation,
  OwnerKind,
  PlaceLevel,
  PointsSource,
  Role,
  tallyBallot,
  TopicStatus,
} from '@linli/shared';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { newId } from '../../server/src/database/ids';
import { BallotClosingService } from '../../server/src/deliberation/ballot-closing.service';
import { BallotParticipation } from '../../server/src/deliberation/ballot-participation.entity';
import { BallotVote } from '../../server/src/deliberation/ballot-vote.entity';
import { Ballot } from '../../server/src/deliberation/ballot.entity';
import { DeliberationPhoto } from '../../server/src/deliberation/deliberation-photo.entity';
import { Topic } from '../../server/src/deliberation/topic.entity';
import { Household } from '../../server/src/places/household.entity';
import { HouseholdMember } from '../../server/src/places/household-member.entity';
import { Owner } from '../../server/src/places/owner.entity';
import { Place } from '../../server/src/places/place.entity';
import { PointsEntry } from '../../server/src/points/points-entry.entity';
import { crowd, CrowdMember } from '../support/crowd';
import { gpsJpeg, headerOnlyPng, sharp } from '../support/images';
import { bearer, describeApi, startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 60 * 60 * 1000;
/** A valid 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

type Who = string | CrowdMember;
interface Res {
  status: number;
  body: any;
}

/** A flat of the test estate: its area in hundredths of m², and who owns it (an index into the people, or the developer). */
interface Flat {
  area: number;
  owner: number | 'developer';
  /** Extra adults living there (indexes into the people), besides an owner who lives in. */
  residents?: number[];
}

describeApi('neighbourhood deliberation and votes (邻里议事)', () => {
  let t: TestApp;
  let donghu: string;
  let liuyuan: string;
  let grid: Place;
  let estates = 0;

  const headers = async (who: Who) => bearer(typeof who === 'string' ? await t.tokenOf(who) : who.token);
  const call = async (who: Who, method: 'get' | 'post' | 'patch', path: string, body?: object): Promise<Res> => {
    const request = t
      .http()
      [method](`/api/v1${path}`)
      .set(await headers(who));
    return body ? request.send(body) : method === 'get' ? request : request.send({});
  };
  const expectError = (res: Res, status: number, code: string) => {
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
  };
  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

  /**
   * A new building in 东湖 with the given flats, their owners (people with app accounts, or the
   * developer) and adult residents: so every roll in a test is known exactly.
   */
  const estate = async (flats: Flat[], peopleCount: number) => {
    estates += 1;
    const building = { id: newId(), name: `测试${estates}号楼`, level: PlaceLevel.Building, parentId: grid.id, path: `${grid.path}${''}` } as Place;
    building.path = `${grid.path}${building.id}/`;
    await t.dataSource.getRepository(Place).insert(building);
    const people = await crowd(t, peopleCount, Role.Resident, donghu, `业主${estates}-`);
    const owners = people.map((p, i) => ({ id: newId(), kind: OwnerKind.Person, name: `业主${estates}-${i + 1}`, userId: p.id }) as Owner);
    const developer = { id: newId(), kind: OwnerKind.Developer, name: '测试置业', userId: null } as Owner;
    await t.dataSource.getRepository(Owner).insert([...owners, developer]);
    const households = flats.map(
      (f, i) =>
        ({
          id: newId(),
          buildingId: building.id,
          communityId: donghu,
          label: `1单元 ${101 + i}`,
          areaHundredths: f.area,
          ownerId: f.owner === 'developer' ? developer.id : owners[f.owner].id,
        }) as Household,
    );
    await t.dataSource.getRepository(Household).insert(households);
    const members: HouseholdMember[] = [];
    flats.forEach((f, i) => {
      const living = new Set<number>(f.residents ?? (typeof f.owner === 'number' ? [f.owner] : []));
      for (const person of living) {
        members.push({
          id: newId(),
          householdId: households[i].id,
          userId: people[person].id,
          relation: HouseholdRelation.Owner,
          isAdult: true,
        } as HouseholdMember);
      }
    });
    if (members.length) await t.dataSource.getRepository(HouseholdMember).insert(members);
    return { building, people, households };
  };

  const topicIn = async (scope: object, proposer: Who = '李红梅', title = '楼道加装照明') => {
    const res = await call(proposer, 'post', `/communities/${donghu}/topics`, { title, body: '楼道太暗，老人晚上上下楼不安全，建议加装声控灯。', scope });
    expect(res.status).toBe(201);
    return res.body;
  };
  const ballotBody = (extra: object = {}) => ({
    title: '是否同意加装声控灯',
    rule: BallotRule.Simple,
    optionsForm: BallotOptionsForm.YesNoAbstain,
    secret: false,
    allowChange: false,
    closesAt: inDays(7),
    ...extra,
  });
  const openBallot = async (topicId: string, extra: object = {}) => {
    const res = await call('李红梅', 'post', `/topics/${topicId}/ballots`, ballotBody(extra));
    expect(res.status).toBe(201);
    return res.body;
  };
  const optionId = (ballot: { options: { id: string; kind: string; label: string }[] }, kindOrLabel: string) =>
    ballot.options.find((o) => o.kind === kindOrLabel || o.label === kindOrLabel)!.id;
  const vote = (who: Who, ballotId: string, option: string, voterKey?: string) =>
    call(who, 'post', `/ballots/${ballotId}/votes`, { optionId: option, ...(voterKey ? { voterKey } : {}) });
  /** As if the closing time had come: moves it into the past, then runs the closing sweep. */
  const expire = async (ballotId: string) => {
    await t.dataSource.getRepository(Ballot).update({ id: ballotId }, { closesAt: new Date(Date.now() - 1000) });
    await t.app.get(BallotClosingService).sweep();
  };
  const counts = async (ballotId?: string) => ({
    topics: await t.dataSource.getRepository(Topic).count(),
    ballots: await t.dataSource.getRepository(Ballot).count(),
    participations: ballotId ? await t.dataSource.getRepository(BallotParticipation).countBy({ ballotId }) : 0,
    votes: ballotId ? await t.dataSource.getRepository(BallotVote).countBy({ ballotId }) : 0,
  });

  beforeAll(async () => {
    t = await startTestApp();
    const places = t.dataSource.getRepository(Place);
    donghu = (await places.findOneByOrFail({ name: '东湖社区' })).id;
    liuyuan = (await places.findOneByOrFail({ name: '柳园社区' })).id;
    grid = await places.findOneByOrFail({ parentId: donghu, level: PlaceLevel.Grid });
  });
  afterAll(async () => t?.close());

  describe('the demo', () => {
    it('东湖 has a topic awaiting review, one under discussion, an Art. 278 lift vote under way and a decided one being carried out', async () => {
      const titlesOf = async (who: string, stage: string) =>
        (await call(who, 'get', `/communities/${donghu}/topics?stage=${stage}&limit=50`)).body.items.map((i: { title: string }) => i.title);
      expect(await titlesOf('李红梅', 'proposed')).toContain('儿童游乐设施维修');
      expect(await titlesOf('王秀英', 'discussing')).toContain('小区东门增设非机动车充电棚');
      expect(await titlesOf('王秀英', 'voting')).toContain('3号楼加装电梯');
      expect(await titlesOf('王秀英', 'decided')).toContain('广场舞音乐音量与时间调整');
      const lift = (await call('王秀英', 'get', `/communities/${donghu}/topics?stage=voting&limit=50`)).body.items.find(
        (i: { title: string }) => i.title === '3号楼加装电梯',
      );
      const ballot = (await call('李桂兰', 'get', `/ballots/${lift.ballot.id}`)).body;
      expect(ballot).toEqual(expect.objectContaining({ rule: BallotRule.OwnersArt278, matter: Art278Matter.Major, phase: BallotPhase.Voting, outcome: null }));
      expect(ballot.me).toEqual(expect.objectContaining({ eligible: true, cast: true, castByMe: true }));
      expect((await call('王秀英', 'get', `/ballots/${lift.ballot.id}`)).body.me.eligible).toBe(false); // owns no flat in 3号楼
      const decisions = (await call('王秀英', 'get', `/communities/${donghu}/decisions?list=${DecisionList.Responsibility}`)).body.items;
      expect(decisions[0]).toEqual(expect.objectContaining({ status: DecisionStatus.InProgress, milestonesDone: 1, milestonesTotal: 2 }));
    });
  });

  describe('who may see and do what', () => {
    it('every endpoint refuses outsiders and the wrong role, and bad bodies change nothing', async () => {
      const demoDecision = (await call('王秀英', 'get', `/communities/${donghu}/decisions?list=${DecisionList.Responsibility}`)).body.items[0];
      const decision = (await call('李红梅', 'get', `/decisions/${demoDecision.id}`)).body;
      const topic = (await call('李红梅', 'get', `/topics/${decision.topicId}`)).body;
      const comment = (await call('李红梅', 'get', `/topics/${topic.id}/comments`)).body.items[0];
      const ballotId = decision.decidedBy.id;
      const milestoneId = decision.milestones.find((m: { doneAt: string | null }) => m.doneAt === null).id;

      // 马丽娟 lives in 柳园: nothing of 东湖's deliberation is hers to read or touch.
      const outsider = '马丽娟';
      expectError(await call(outsider, 'get', `/communities/${donghu}/topics`), 403, 'ACCESS_DENIED');
      expectError(await call(outsider, 'get', `/communities/${donghu}/decisions`), 403, 'ACCESS_DENIED');
      expectError(await call(outsider, 'get', `/topics/${topic.id}`), 404, 'TOPIC_NOT_FOUND');
      expectError(await call(outsider, 'get', `/topics/${topic.id}/comments`), 404, 'TOPIC_NOT_FOUND');
      expectError(await call(outsider, 'post', `/topic-comments/${comment.id}/reports`, {}), 404, 'COMMENT_NOT_FOUND');
      expectError(await call(outsider, 'get', `/ballots/${ballotId}`), 404, 'BALLOT_NOT_FOUND');
      expectError(await call(outsider, 'get', `/ballots/${ballotId}/votes`), 404, 'BALLOT_NOT_FOUND');
      expectError(await call(outsider, 'get', `/decisions/${decision.id}`), 404, 'DECISION_NOT_FOUND');
      expectError(await call(outsider, 'get', `/places/${donghu}/flats`), 403, 'ACCESS_DENIED');

      // A resident of 东湖 reads, but does not run, the community's decisions; nor does 柳园's secretary.
      for (const who of ['王秀英', '陈志刚']) {
        expectError(await call(who, 'post', `/decisions/${decision.id}/milestones`, { title: '开工' }), 404, 'DECISION_NOT_FOUND');
        expectError(await call(who, 'post', `/decisions/${decision.id}/updates`, { note: '进展顺利' }), 404, 'DECISION_NOT_FOUND');
        expectError(await call(who, 'post', `/decisions/${decision.id}/acceptance-ballots`, { closesAt: inDays(3) }), 404, 'DECISION_NOT_FOUND');
        expectError(await call(who, 'post', `/decision-milestones/${milestoneId}/completion`), 404, 'MILESTONE_NOT_FOUND');
      }

      // The secretary with bad bodies: 400 and the decision as it was.
      const bad: [string, string, object][] = [
        ['post', `/decisions/${decision.id}/milestones`, { title: '开工', dueOn: '明天' }],
        ['post', `/decisions/${decision.id}/milestones`, { title: '开'.repeat(61) }],
        ['post', `/decisions/${decision.id}/updates`, { note: '' }],
        ['post', `/decisions/${decision.id}/updates`, { note: '好', extra: true }],
        ['post', `/decisions/${decision.id}/acceptance-ballots`, { closesAt: '下周' }],
        ['post', `/decisions/${decision.id}/acceptance-ballots`, { closesAt: inDays(3), threshold: { numerator: 0, denominator: 3 } }],
        ['patch', `/decisions/${decision.id}`, { list: 'wishlist' }],
        ['patch', `/decisions/${decision.id}`, {}],
        ['post', `/ballots/${ballotId}/votes`, { optionId: 123 }],
        ['post', `/topics/${topic.id}/comments`, { body: '' }],
        ['post', `/topics/${topic.id}/review`, { accept: 'yes' }],
      ];
      for (const [method, path, body] of bad) {
        const res = await call('李红梅', method as 'post' | 'patch', path, body);
        expect([path, res.status, res.body.code]).toEqual([path, 400, 'VALIDATION_FAILED']);
      }
      const acceptanceTooHigh = await call('李红梅', 'post', `/decisions/${decision.id}/acceptance-ballots`, {
        closesAt: inDays(3),
        threshold: { numerator: 4, denominator: 3 },
      });
      expectError(acceptanceTooHigh, 400, 'BALLOT_PLAN_INVALID');
      expect((await call('李红梅', 'get', `/decisions/${decision.id}`)).body).toEqual(decision);
    });
  });

  describe('topics', () => {
    it('a resident’s topic waits for review, seen only by them and the secretary; accepting it opens discussion and credits points once', async () => {
      const building = (
        await t.dataSource
          .getRepository(Place)
          .createQueryBuilder('p')
          .where('p.name = :name AND p.path LIKE :within', { name: '1号楼', within: `%${donghu}%` })
          .getOneOrFail()
      ).id;
      const topic = await topicIn({ placeId: building }, '王秀英', '1号楼门口停车难');
      expect(topic).toEqual(expect.objectContaining({ status: TopicStatus.Proposed, proposerName: '王**', isMine: true, canManage: false, canComment: false }));
      expect(topic.scope).toEqual(expect.objectContaining({ kind: 'place', label: '1号楼' }));
      expectError(await call('王建军', 'get', `/topics/${topic.id}`), 404, 'TOPIC_NOT_FOUND');
      expectError(await call('王建军', 'get', `/communities/${donghu}/topics?stage=proposed`), 403, 'ACCESS_DENIED');
      expectError(await call('陈志刚', 'get', `/topics/${topic.id}`), 404, 'TOPIC_NOT_FOUND'); // another community's secretary
      const flats = (await call('王秀英', 'get', `/places/${building}/flats`)).body; // to name households in a scope
      expect(flats.length).toBeGreaterThan(0);
      for (const flat of flats) expect(Object.keys(flat).sort()).toEqual(['id', 'label']);
      expectError(await call('马丽娟', 'get', `/places/${building}/flats`), 403, 'ACCESS_DENIED');
      expectError(await call('王秀英', 'get', `/places/${donghu}/flats`), 400, 'VALIDATION_FAILED');
      const queue = (await call('李红梅', 'get', `/communities/${donghu}/topics?stage=proposed`)).body.items;
      expect(queue.map((q: { id: string }) => q.id)).toContain(topic.id);

      // Entity-scoped actions without the role answer as if the record were not there (the app-wide rule).
      expectError(await call('王建军', 'post', `/topics/${topic.id}/review`, { accept: true }), 404, 'TOPIC_NOT_FOUND');
      expectError(await call('李红梅', 'post', `/topics/${topic.id}/review`, { accept: false }), 400, 'TOPIC_DECLINE_REASON_REQUIRED');
      const accepted = await call('李红梅', 'post', `/topics/${topic.id}/review`, { accept: true });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toEqual(expect.objectContaining({ status: TopicStatus.Discussing, canManage: true, canComment: true }));
      expectError(await call('李红梅', 'post', `/topics/${topic.id}/review`, { accept: true }), 409, 'TOPIC_WRONG_STATE');
      const credits = await t.dataSource.getRepository(PointsEntry).findBy({ sourceType: PointsSource.Topic, sourceId: topic.id });
      expect(credits.map((c) => c.amount)).toEqual([5]);
      expect((await call('王建军', 'get', `/topics/${topic.id}`)).body.canComment).toBe(true); // lives in 1号楼
      expect((await call('李桂兰', 'get', `/topics/${topic.id}`)).body.canComment).toBe(false); // lives in 3号楼
      const discussing = (await call('李桂兰', 'get', `/communities/${donghu}/topics?stage=discussing&limit=50`)).body.items;
      expect(discussing.map((d: { id: string }) => d.id)).toContain(topic.id);
    });

    it('declined with a reason the proposer sees; a scope outside the community, or a stranger, is refused and nothing is written', async () => {
      const topic = await topicIn({ placeId: donghu }, '赵小明', '小区里养鸽子');
      const declined = await call('李红梅', 'post', `/topics/${topic.id}/review`, { accept: false, reason: '属于个人纠纷，请联系网格员调解' });
      expect(declined.body).toEqual(expect.objectContaining({ status: TopicStatus.Declined, declineReason: '属于个人纠纷，请联系网格员调解' }));
      expect((await call('赵小明', 'get', `/communities/${donghu}/topics?stage=mine`)).body.items[0]).toEqual(
        expect.objectContaining({ id: topic.id, status: TopicStatus.Declined }),
      );

      const before = await counts();
      const liuyuanHousehold = await t.dataSource.getRepository(Household).findOneByOrFail({ communityId: liuyuan });
      const body = { title: '停车位划线', body: '建议重新规划小区停车位划线。' };
      expectError(await call('王秀英', 'post', `/communities/${donghu}/topics`, { ...body, scope: { placeId: liuyuan } }), 400, 'TOPIC_SCOPE_INVALID');
      expectError(
        await call('王秀英', 'post', `/communities/${donghu}/topics`, { ...body, scope: { householdIds: [liuyuanHousehold.id] } }),
        400,
        'TOPIC_SCOPE_INVALID',
      );
      expectError(await call('王秀英', 'post', `/communities/${donghu}/topics`, { ...body, scope: {} }), 400, 'TOPIC_SCOPE_INVALID');
      expectError(await call('王秀英', 'post', `/communities/${donghu}/topics`, { ...body, scope: { placeId: donghu }, extra: 1 }), 400, 'VALIDATION_FAILED');
      expectError(
        await call('王秀英', 'post', `/communities/${donghu}/topics`, { ...body, title: '停'.repeat(61), scope: { placeId: donghu } }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(await call('马丽娟', 'post', `/communities/${donghu}/topics`, { ...body, scope: { placeId: donghu } }), 403, 'ACCESS_DENIED');
      expect(await counts()).toEqual(before);
    });
  });

  describe('photos', () => {
    const upload = async (who: Who, path: string, content: Buffer = PNG) =>
      t
        .http()
        .post(`/api/v1${path}`)
        .set(await headers(who))
        .attach('file', content, 'photo.png');

    it('the proposer illustrates a topic until it is reviewed, the secretary while it is open; the signed URL serves the image', async () => {
      const topic = await topicIn({ placeId: donghu }, '王秀英', '楼前路灯不亮');
      const mine = await upload('王秀英', `/topics/${topic.id}/photos`);
      expect(mine.status).toBe(201);
      expectError(await upload('王建军', `/topics/${topic.id}/photos`), 404, 'TOPIC_NOT_FOUND'); // not public yet
      expectError(await upload('王秀英', `/topics/${topic.id}/photos`, Buffer.from('<svg onload=alert(1)>')), 400, 'DELIBERATION_PHOTO_NOT_IMAGE');
      await call('李红梅', 'post', `/topics/${topic.id}/review`, { accept: true });
      // WeChat cannot check a demo user's photo (no openid): it waits for the secretary to pass it by hand.
      expect((await call('李红梅', 'post', `/media-checks/${mine.body.id}/review`, { pass: true })).body.status).toBe('passed');
      expectError(await upload('王秀英', `/topics/${topic.id}/photos`), 403, 'DELIBERATION_PHOTO_NOT_ALLOWED');
      expect((await upload('李红梅', `/topics/${topic.id}/photos`)).status).toBe(201);
      const seen = (await call('王建军', 'get', `/topics/${topic.id}`)).body;
      expect([seen.photos.length, seen.canAddPhotos]).toEqual([2, false]);
      const image = await t.http().get(seen.photos[0].url).buffer(true);
      expect([image.status, image.headers['content-type']]).toEqual([200, 'image/png']);
      const served = await sharp(image.body).metadata(); // re-encoded: the same pixels, not the same bytes
      expect([served.format, served.width, served.height]).toEqual(['png', 1, 1]);
      const thumb = await t.http().get(seen.photos[0].thumbUrl).buffer(true);
      expect([thumb.status, thumb.headers['content-type']]).toEqual([200, 'image/jpeg']);
      expect((await t.http().get(seen.photos[0].url.replace(/sig=[^&]+/, 'sig=forged'))).body.code).toBe('DELIBERATION_PHOTO_NOT_FOUND');
      for (let i = 0; i < 4; i++) expect((await upload('李红梅', `/topics/${topic.id}/photos`)).status).toBe(201);
      expectError(await upload('李红梅', `/topics/${topic.id}/photos`), 409, 'DELIBERATION_PHOTO_LIMIT');
    });

    it('a photo is stored without its EXIF (GPS included); one whose pixels do not decode is refused and takes no slot', async () => {
      const topic = await topicIn({ placeId: donghu }, '王秀英', '小区门口积水');
      expectError(await upload('王秀英', `/topics/${topic.id}/photos`, await headerOnlyPng()), 400, 'DELIBERATION_PHOTO_UNREADABLE');
      const added = await upload('王秀英', `/topics/${topic.id}/photos`, await gpsJpeg());
      expect(added.status).toBe(201);
      for (const url of [added.body.url, added.body.thumbUrl]) {
        const served = await sharp((await t.http().get(url).buffer(true)).body).metadata();
        expect([served.format, served.exif, served.width, served.height]).toEqual(['jpeg', undefined, 40, 60]);
      }
      const stored = await t.dataSource.getRepository(DeliberationPhoto).findBy({ ownerId: topic.id });
      expect(stored.map((p) => p.slot)).toEqual([1]); // the refused file took no slot
    });
  });

  describe('discussion', () => {
    it('residents in scope comment and reply one level deep; reports count once; the secretary hides with a reason', async () => {
      const { people, households } = await estate(
        [
          { area: 8000, owner: 0 },
          { area: 8000, owner: 1 },
        ],
        3,
      );
      const topic = await topicIn({ householdIds: households.map((h) => h.id) });
      expect(topic.status).toBe(TopicStatus.Discussing); // the secretary's own topic needs no review
      const first = await call(people[0], 'post', `/topics/${topic.id}/comments`, { body: '同意，楼道确实太暗了。' });
      expect(first.status).toBe(201);
      const reply = await call(people[1], 'post', `/topics/${topic.id}/comments`, { body: '+1', parentId: first.body.id });
      expect(reply.status).toBe(201);
      expectError(await call(people[0], 'post', `/topics/${topic.id}/comments`, { body: '回复的回复', parentId: reply.body.id }), 400, 'COMMENT_REPLY_DEPTH');
      expectError(await call(people[2], 'post', `/topics/${topic.id}/comments`, { body: '我不住这里' }), 403, 'TOPIC_COMMENT_NOT_ALLOWED');
      expectError(await call('马丽娟', 'post', `/topics/${topic.id}/comments`, { body: '路过' }), 404, 'TOPIC_NOT_FOUND');
      const official = await call('李红梅', 'post', `/topics/${topic.id}/comments`, { body: '社区会尽快联系物业评估。' });
      expect(official.body).toEqual(expect.objectContaining({ authorName: '社区书记', byOfficial: true }));

      for (let i = 0; i < 3; i++) expect((await call(people[1], 'post', `/topic-comments/${first.body.id}/reports`, { reason: '不实信息' })).status).toBe(200);
      expectError(await call(people[1], 'post', `/topic-comments/${first.body.id}/hiding`, { reason: '不当言论' }), 404, 'COMMENT_NOT_FOUND');
      const hidden = await call('李红梅', 'post', `/topic-comments/${first.body.id}/hiding`, { reason: '含有不实信息' });
      expect(hidden.body).toEqual(expect.objectContaining({ hidden: true, reportCount: 1, body: '同意，楼道确实太暗了。' }));
      expectError(await call('李红梅', 'post', `/topic-comments/${first.body.id}/hiding`, { reason: '含有不实信息' }), 409, 'COMMENT_ALREADY_HIDDEN');

      const seen = (await call(people[1], 'get', `/topics/${topic.id}/comments`)).body.items;
      expect(seen.map((c: { body: string | null; replies: unknown[] }) => [c.body, c.replies.length])).toEqual([
        [null, 1],
        ['社区会尽快联系物业评估。', 0],
      ]);
      expect(seen[0]).toEqual(expect.objectContaining({ hidden: true, hiddenReason: '含有不实信息', reportedByMe: true, reportCount: 0 }));
      expect((await call('李红梅', 'get', `/topics/${topic.id}`)).body.commentCount).toBe(3);
    });
  });

  describe('ballots: creating', () => {
    it('bad plans, empty rolls and zero areas are refused with clear errors, and nothing is written', async () => {
      const { households } = await estate(
        [
          { area: 0, owner: 0 },
          { area: 9000, owner: 'developer' },
        ],
        1,
      );
      const empty = await estate([{ area: 9000, owner: 'developer' }], 0);
      const topic = await topicIn({ householdIds: households.map((h) => h.id) });
      const before = await counts();
      const invalid = async (extra: object, code = 'BALLOT_PLAN_INVALID', status = 400) => {
        const res = await call('李红梅', 'post', `/topics/${topic.id}/ballots`, ballotBody(extra));
        expectError(res, status, code);
        return res.body.message as string;
      };
      expect(await invalid({ opensAt: inDays(3), closesAt: inDays(2) })).toBe('结束时间必须晚于开始时间');
      expect(await invalid({ opensAt: inDays(-2), closesAt: inDays(-1) })).toBe('结束时间必须在将来');
      expect(await invalid({ closesAt: inDays(90) })).toMatch(/最长/);
      expect(await invalid({ rule: BallotRule.OwnersArt278 })).toMatch(/事项类型/);
      expect(await invalid({ rule: BallotRule.OwnersArt278, matter: Art278Matter.Major, secret: true })).toMatch(/实名/);
      expect(await invalid({ secret: true, allowChange: true })).toMatch(/不能更改/);
      expect(await invalid({ optionsForm: BallotOptionsForm.Choices, choices: ['甲方案', '甲方案'] })).toMatch(/重复/);
      await invalid({ optionsForm: BallotOptionsForm.Choices, choices: ['甲方案'] }, 'VALIDATION_FAILED');
      await invalid({ rule: BallotRule.Acceptance }, 'VALIDATION_FAILED');
      await invalid({ quorum: { numerator: 0, denominator: 2 } }, 'VALIDATION_FAILED');
      await invalid({ rule: BallotRule.OwnersArt278, matter: Art278Matter.Ordinary }, 'BALLOT_AREA_INVALID');
      await invalid({ electorate: { householdIds: empty.households.map((h) => h.id) } }, 'BALLOT_ELECTORATE_EMPTY');
      expectError(await call('王秀英', 'post', `/topics/${topic.id}/ballots`, ballotBody()), 404, 'TOPIC_NOT_FOUND');
      expectError(await call('陈志刚', 'post', `/topics/${topic.id}/ballots`, ballotBody()), 404, 'TOPIC_NOT_FOUND');
      expect(await counts()).toEqual(before);
      expect((await call('李红梅', 'get', `/topics/${topic.id}`)).body.status).toBe(TopicStatus.Discussing);
    });

    it('a topic is put to one vote: a second ballot, or one on a topic not under discussion, is refused', async () => {
      const { households } = await estate([{ area: 9000, owner: 0 }], 1);
      const topic = await topicIn({ householdIds: households.map((h) => h.id) });
      const ballot = await openBallot(topic.id);
      expect(ballot).toEqual(expect.objectContaining({ phase: BallotPhase.Voting, electorate: { count: 1, areaHundredths: 0 }, outcome: null }));
      expect(ballot.ruleStatements.join('')).toMatch(/超过半数/);
      expectError(await call('李红梅', 'post', `/topics/${topic.id}/ballots`, ballotBody()), 409, 'TOPIC_WRONG_STATE');
      const proposed = await topicIn({ placeId: donghu }, '王秀英', '垃圾分类站点调整');
      expectError(await call('李红梅', 'post', `/topics/${proposed.id}/ballots`, ballotBody()), 409, 'TOPIC_WRONG_STATE');
    });
  });

  describe('ballots: voting and counting', () => {
    it('only the roll votes; results stay hidden until closing; early closing waits for everyone; the export re-derives the outcome', async () => {
      const { people, households } = await estate(
        [
          { area: 8000, owner: 0 },
          { area: 8000, owner: 1 },
          { area: 8000, owner: 2 },
        ],
        4,
      );
      const topic = await topicIn({ householdIds: households.map((h) => h.id) });
      const ballot = await openBallot(topic.id, { quorum: { numerator: 2, denominator: 3 } });
      expect(ballot.electorate.count).toBe(3);
      const yes = optionId(ballot, 'yes');

      expectError(await vote(people[3], ballot.id, yes), 403, 'BALLOT_NOT_ELIGIBLE');
      expect((await call(people[3], 'get', `/ballots/${ballot.id}`)).body.me).toEqual(
        expect.objectContaining({ eligible: false, ineligibleReason: expect.stringMatching(/名单/) }),
      );
      expectError(await vote('马丽娟', ballot.id, yes), 404, 'BALLOT_NOT_FOUND');
      expectError(await vote(people[0], ballot.id, newId()), 400, 'BALLOT_OPTION_INVALID');
      expectError(await call(people[0], 'post', `/ballots/${ballot.id}/votes`, { optionId: yes, extra: true }), 400, 'VALIDATION_FAILED');

      const first = await vote(people[0], ballot.id, yes);
      expect(first.status).toBe(200);
      expect(first.body.me).toEqual(expect.objectContaining({ eligible: true, cast: true, castByMe: true, optionId: yes, canChange: false }));
      expect(first.body.outcome).toBeNull();
      expect((await vote(people[0], ballot.id, yes)).status).toBe(200); // a retried request: a no-op
      expectError(await vote(people[0], ballot.id, optionId(ballot, 'no')), 409, 'BALLOT_ALREADY_VOTED');
      expect((await vote(people[1], ballot.id, optionId(ballot, 'abstain'))).status).toBe(200);

      const bySecretary = (await call('李红梅', 'get', `/ballots/${ballot.id}`)).body;
      expect([bySecretary.outcome, bySecretary.canClose, bySecretary.passed]).toEqual([null, false, null]);
      expectError(await call('李红梅', 'get', `/ballots/${ballot.id}/votes`), 409, 'BALLOT_RESULTS_HIDDEN');
      expectError(await call('李红梅', 'post', `/ballots/${ballot.id}/closing`), 409, 'BALLOT_STILL_OPEN');

      expect((await vote(people[2], ballot.id, yes)).status).toBe(200);
      expect((await call('李红梅', 'get', `/ballots/${ballot.id}`)).body.canClose).toBe(true); // everyone on the roll has voted
      expectError(await call(people[0], 'post', `/ballots/${ballot.id}/closing`), 404, 'BALLOT_NOT_FOUND');
      const closed = (await call('李红梅', 'post', `/ballots/${ballot.id}/closing`)).body;
      expect(closed).toEqual(expect.objectContaining({ phase: BallotPhase.Closed, passed: true }));
      expect(closed.outcome).toEqual(
        expect.objectContaining({ passed: true, reason: 'passed', winningOptionId: yes, turnout: { votes: 3, areaHundredths: 0 } }),
      );
      expect(closed.outcome.options.map((o: { label: string; votes: number }) => [o.label, o.votes])).toEqual([
        ['同意', 2],
        ['反对', 0],
        ['弃权', 1],
      ]);
      expect(closed.outcome.checks.map((c: { key: string; met: boolean }) => [c.key, c.met])).toEqual([
        ['quorum', true],
        ['majority', true],
      ]);
      expectError(await vote(people[2], ballot.id, yes), 409, 'BALLOT_CLOSED');

      const exported = (await call(people[1], 'get', `/ballots/${ballot.id}/votes`)).body;
      expect(exported.votes).toHaveLength(3);
      for (const row of exported.votes) expect(Object.keys(row).sort()).toEqual(['areaHundredths', 'optionId']);
      expect(tallyBallot({ ...exported, matter: exported.matter, quorum: exported.quorum, threshold: exported.threshold })).toEqual(closed.outcome);
      expectError(await call(people[3], 'get', `/ballots/${ballot.id}/votes`), 403, 'ACCESS_DENIED');

      const decided = (await call(people[0], 'get', `/topics/${topic.id}`)).body;
      expect(decided.status).toBe(TopicStatus.Decided);
      expect(decided.decision).toEqual(expect.objectContaining({ status: DecisionStatus.InProgress, list: DecisionList.Project, title: topic.title }));
    });

    it('one voter firing 100 votes at once casts exactly one', async () => {
      const { people, households } = await estate(
        [
          { area: 8000, owner: 0 },
          { area: 8000, owner: 1 },
        ],
        2,
      );
      const ballot = await openBallot((await topicIn({ householdIds: households.map((h) => h.id) })).id);
      const yes = optionId(ballot, 'yes');
      const results = await Promise.all(Array.from({ length: 100 }, () => vote(people[0], ballot.id, yes)));
      expect(results.filter((r) => r.status >= 500)).toEqual([]);
      expect(results.every((r) => r.status === 200)).toBe(true); // the same choice again is a retried request
      expect(await counts(ballot.id)).toEqual(expect.objectContaining({ participations: 1, votes: 1 }));
      const mixed = await Promise.all(Array.from({ length: 50 }, (_, i) => vote(people[1], ballot.id, optionId(ballot, i % 2 ? 'yes' : 'no'))));
      expect(mixed.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
      expect(mixed.every((r) => r.status === 200 || r.body.code === 'BALLOT_ALREADY_VOTED')).toBe(true);
      expect(await counts(ballot.id)).toEqual(expect.objectContaining({ participations: 2, votes: 2 }));
    });

    it('a vote may be changed until closing where allowed (the last one counts); the sweep closes at the closing time', async () => {
      const { people, households } = await estate(
        [
          { area: 8000, owner: 0 },
          { area: 8000, owner: 1 },
        ],
        2,
      );
      const ballot = await openBallot((await topicIn({ householdIds: households.map((h) => h.id) })).id, { allowChange: true });
      await vote(people[0], ballot.id, optionId(ballot, 'yes'));
      const changed = await vote(people[0], ballot.id, optionId(ballot, 'no'));
      expect(changed.body.me).toEqual(expect.objectContaining({ optionId: optionId(ballot, 'no'), canChange: true }));
      expect(await counts(ballot.id)).toEqual(expect.objectContaining({ participations: 1, votes: 1 }));
      await expire(ballot.id);
      const closed = (await call(people[1], 'get', `/ballots/${ballot.id}`)).body;
      expect(closed.outcome).toEqual(expect.objectContaining({ passed: false, reason: 'not_approved' }));
      expect(closed.outcome.options.map((o: { votes: number }) => o.votes)).toEqual([0, 1, 0]);
      expect(await t.app.get(BallotClosingService).sweep()).toBe(0); // closes once
    });

    it('one household, one vote: two members voting at the same moment cast one; the other sees it was cast', async () => {
      const { people, households } = await estate(
        [
          { area: 8000, owner: 0, residents: [0, 1] },
          { area: 8000, owner: 2 },
        ],
        3,
      );
      const ballot = await openBallot((await topicIn({ householdIds: households.map((h) => h.id) })).id, { rule: BallotRule.Household });
      expect(ballot.electorate.count).toBe(2);
      const [a, b] = await Promise.all([vote(people[0], ballot.id, optionId(ballot, 'yes')), vote(people[1], ballot.id, optionId(ballot, 'no'))]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect([a, b].find((r) => r.status === 409)!.body.code).toBe('BALLOT_HOUSEHOLD_VOTED');
      expect(await counts(ballot.id)).toEqual(expect.objectContaining({ participations: 1, votes: 1 }));
      const loser = a.status === 409 ? people[0] : people[1];
      const me = (await call(loser, 'get', `/ballots/${ballot.id}`)).body.me;
      expect(me).toEqual(expect.objectContaining({ eligible: true, cast: true, castByMe: false, canChange: false, votesAs: expect.stringMatching(/1单元/) }));
    });

    it('a secret ballot: no response, export or record says who chose what, to anyone', async () => {
      const { people, households } = await estate(
        [
          { area: 8000, owner: 0 },
          { area: 8000, owner: 1 },
          { area: 8000, owner: 2 },
        ],
        3,
      );
      const ballot = await openBallot((await topicIn({ householdIds: households.map((h) => h.id) })).id, { secret: true });
      const yes = optionId(ballot, 'yes');
      const no = optionId(ballot, 'no');
      const responses: unknown[] = [];
      responses.push((await vote(people[0], ballot.id, yes)).body, (await vote(people[1], ballot.id, no)).body, (await vote(people[2], ballot.id, yes)).body);
      expectError(await vote(people[0], ballot.id, yes), 409, 'BALLOT_ALREADY_VOTED');
      for (const who of [people[0], '李红梅', '幸福区管理员', '周振华']) responses.push((await call(who, 'get', `/ballots/${ballot.id}`)).body);
      await call('李红梅', 'post', `/ballots/${ballot.id}/closing`);
      for (const who of [people[1], '李红梅', '周振华']) {
        responses.push((await call(who, 'get', `/ballots/${ballot.id}`)).body, (await call(who, 'get', `/ballots/${ballot.id}/votes`)).body);
      }
      for (const body of responses) {
        const text = JSON.stringify(body);
        for (const person of people) expect(text).not.toContain(person.id);
        expect(text).not.toMatch(/"optionId":"[^"]+","voterKey"|voterKey":"user:/);
        if ((body as { me?: { optionId: unknown } }).me) expect((body as { me: { optionId: unknown } }).me.optionId).toBeNull();
      }
      expect((responses[responses.length - 1] as { outcome: { options: { votes: number }[] } }).outcome.options.map((o) => o.votes)).toEqual([2, 1, 0]);
      const rows = await t.dataSource.getRepository(BallotVote).findBy({ ballotId: ballot.id });
      expect(rows.map((r) => r.voterKey)).toEqual([null, null, null]);
      const audit = await t.dataSource.getRepository(AuditLog).findBy({ action: 'deliberation.ballot.vote', targetId: ballot.id });
      expect(audit).toHaveLength(3);
      for (const line of audit) expect(JSON.stringify(line.after)).not.toMatch(new RegExp(`${yes}|${no}`));
    });

    it('owners under Art. 278: area and headcount per the SPC rules, exact at the 3/4 boundary, then tracked to acceptance', async () => {
      // Owner 0 holds two flats (100 + 50 m², counts once), owners 1–3 one flat of 100 m² each, the developer three unsold
      // flats of 50 m² (together one owner): 5 owners, 600.00 m².
      const flats: Flat[] = [
        { area: 10000, owner: 0 },
        { area: 5000, owner: 0 },
        { area: 10000, owner: 1 },
        { area: 10000, owner: 2 },
        { area: 10000, owner: 3 },
        { area: 5000, owner: 'developer' },
        { area: 5000, owner: 'developer' },
        { area: 5000, owner: 'developer' },
      ];
      const { building, people } = await estate(flats, 5);
      const topic = await topicIn({ placeId: building.id }, '李红梅', '外墙保温改造');
      const ballot = await openBallot(topic.id, { rule: BallotRule.OwnersArt278, matter: Art278Matter.Major, allowChange: true });
      expect(ballot.electorate).toEqual({ count: 5, areaHundredths: 60000 });
      expect(ballot.ruleStatements.join('')).toMatch(/四分之三以上/);
      expect((await call(people[0], 'get', `/ballots/${ballot.id}`)).body.me).toEqual(
        expect.objectContaining({ eligible: true, votesAs: expect.stringMatching(/2 套/) }),
      );
      expect((await call(people[4], 'get', `/ballots/${ballot.id}`)).body.me.eligible).toBe(false); // lives nowhere here, owns nothing

      // Participation 4 of 5 owners, 450 of 600 m²; approval 3 of 4 owners (exactly 3/4: passes), 350 of 450 m².
      for (const [who, kind] of [
        [0, 'yes'],
        [1, 'yes'],
        [2, 'yes'],
        [3, 'no'],
      ] as const)
        expect((await vote(people[who], ballot.id, optionId(ballot, kind))).status).toBe(200);
      await expire(ballot.id);
      const closed = (await call(people[3], 'get', `/ballots/${ballot.id}`)).body;
      expect(closed.outcome.passed).toBe(true);
      expect(closed.outcome.checks.map((c: { key: string; value: number; base: number; met: boolean }) => [c.key, c.value, c.base, c.met])).toEqual([
        ['participation_area', 45000, 60000, true],
        ['participation_headcount', 4, 5, true],
        ['approval_area', 35000, 45000, true],
        ['approval_headcount', 3, 4, true],
      ]);
      const exported = (await call(people[3], 'get', `/ballots/${ballot.id}/votes`)).body;
      expect(exported.votes.map((v: { areaHundredths: number }) => v.areaHundredths).sort()).toEqual([10000, 10000, 10000, 15000]);
      expect(tallyBallot(exported)).toEqual(closed.outcome);

      // The decision: filed, answerable, milestones, progress; then the residents' acceptance vote (secret, 2/3 satisfied).
      const decisionId = (await call('李红梅', 'get', `/topics/${topic.id}`)).body.decision.id;
      expectError(await call(people[0], 'patch', `/decisions/${decisionId}`, { responsible: '我' }), 404, 'DECISION_NOT_FOUND');
      expectError(await call('陈志刚', 'patch', `/decisions/${decisionId}`, { responsible: '柳园' }), 404, 'DECISION_NOT_FOUND');
      const filed = await call('李红梅', 'patch', `/decisions/${decisionId}`, { list: DecisionList.Responsibility, responsible: '物业公司' });
      expect(filed.body).toEqual(expect.objectContaining({ list: DecisionList.Responsibility, responsible: '物业公司', canManage: true }));
      const withMilestone = (await call('李红梅', 'post', `/decisions/${decisionId}/milestones`, { title: '完成施工招标', dueOn: '2027-01-15' })).body;
      await call('李红梅', 'post', `/decision-milestones/${withMilestone.milestones[0].id}/completion`);
      const progressed = (await call('李红梅', 'post', `/decisions/${decisionId}/updates`, { note: '施工单位已进场。' })).body;
      expect([progressed.milestonesDone, progressed.milestonesTotal, progressed.updates[0].note]).toEqual([1, 1, '施工单位已进场。']);
      const photo = await t
        .http()
        .post(`/api/v1/decision-updates/${progressed.updates[0].id}/photos`)
        .set(await headers('李红梅'))
        .attach('file', PNG, 'site.png');
      expect(photo.status).toBe(201);
      const notSecretary = await t
        .http()
        .post(`/api/v1/decision-updates/${progressed.updates[0].id}/photos`)
        .set(await headers(people[0]))
        .attach('file', PNG, 'site.png');
      expectError(notSecretary, 404, 'PROGRESS_NOT_FOUND');
      expect((await call(people[0], 'get', `/decisions/${decisionId}`)).body.updates[0].photos).toHaveLength(1);

      const acceptance = await call('李红梅', 'post', `/decisions/${decisionId}/acceptance-ballots`, { closesAt: inDays(7) });
      expect(acceptance.body.status).toBe(DecisionStatus.AwaitingAcceptance);
      expectError(await call('李红梅', 'post', `/decisions/${decisionId}/acceptance-ballots`, { closesAt: inDays(7) }), 409, 'DECISION_WRONG_STATE');
      const rating = (await call(people[0], 'get', `/ballots/${acceptance.body.acceptanceBallots[0].id}`)).body;
      expect(rating).toEqual(expect.objectContaining({ rule: BallotRule.Acceptance, secret: true, electorate: { count: 4, areaHundredths: 0 } }));
      // 2 of 3 votes satisfied: exactly 2/3, which is enough.
      for (const [who, kind] of [
        [0, 'satisfied'],
        [1, 'satisfied'],
        [2, 'unsatisfied'],
      ] as const)
        expect((await vote(people[who], rating.id, optionId(rating, kind))).status).toBe(200);
      await expire(rating.id);
      const accepted = (await call(people[0], 'get', `/decisions/${decisionId}`)).body;
      expect(accepted.status).toBe(DecisionStatus.Accepted);
      expect(accepted.acceptanceBallots[0]).toEqual(expect.objectContaining({ phase: BallotPhase.Closed, passed: true }));
    });

    it('an acceptance vote below 2/3 satisfied sends the work back; a new acceptance vote can follow', async () => {
      const { people, households } = await estate(
        [
          { area: 8000, owner: 0 },
          { area: 8000, owner: 1 },
          { area: 8000, owner: 2 },
        ],
        3,
      );
      const topic = await topicIn({ householdIds: households.map((h) => h.id) });
      const ballot = await openBallot(topic.id);
      for (const p of people) await vote(p, ballot.id, optionId(ballot, 'yes'));
      await call('李红梅', 'post', `/ballots/${ballot.id}/closing`);
      const decisionId = (await call('李红梅', 'get', `/topics/${topic.id}`)).body.decision.id;
      const rating = (await call('李红梅', 'post', `/decisions/${decisionId}/acceptance-ballots`, { closesAt: inDays(3) })).body.acceptanceBallots[0];
      const full = (await call(people[0], 'get', `/ballots/${rating.id}`)).body;
      for (const [i, kind] of ['satisfied', 'unsatisfied', 'unsatisfied'].entries()) await vote(people[i], rating.id, optionId(full, kind));
      await call('李红梅', 'post', `/ballots/${rating.id}/closing`);
      const back = (await call('李红梅', 'get', `/decisions/${decisionId}`)).body;
      expect(back.status).toBe(DecisionStatus.InProgress);
      expect(back.acceptanceBallots[0].passed).toBe(false);
      expect((await call('李红梅', 'post', `/decisions/${decisionId}/acceptance-ballots`, { closesAt: inDays(3) })).body.acceptanceBallots).toHaveLength(2);
      const listed = (await call(people[0], 'get', `/communities/${donghu}/decisions?status=${DecisionStatus.AwaitingAcceptance}&limit=50`)).body.items;
      expect(listed.map((d: { id: string }) => d.id)).toContain(decisionId);
    });
  });
});
