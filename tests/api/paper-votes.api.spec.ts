import { BallotOptionsForm, BallotRule, Art278Matter, HouseholdRelation, OwnerKind, PlaceLevel, Role, tallyBallot } from '@linli/shared';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { newId } from '../../server/src/database/ids';
import { BallotClosingService } from '../../server/src/deliberation/ballot-closing.service';
import { BallotPaperForm } from '../../server/src/deliberation/ballot-paper-form.entity';
import { BallotParticipation } from '../../server/src/deliberation/ballot-participation.entity';
import { BallotVote } from '../../server/src/deliberation/ballot-vote.entity';
import { Ballot } from '../../server/src/deliberation/ballot.entity';
import { Household } from '../../server/src/places/household.entity';
import { HouseholdMember } from '../../server/src/places/household-member.entity';
import { Owner } from '../../server/src/places/owner.entity';
import { Place } from '../../server/src/places/place.entity';
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
interface Flat {
  area: number;
  owner: number;
}

describeApi('paper and door-to-door votes (纸质表决 / 入户征询) and turnout while open', () => {
  let t: TestApp;
  let donghu: string;
  let grid: Place;
  let otherGrid: Place;
  let gridWorker: CrowdMember;
  let otherGridWorker: CrowdMember;
  let estates = 0;

  const headers = async (who: Who) => bearer(typeof who === 'string' ? await t.tokenOf(who) : who.token);
  const call = async (who: Who, method: 'get' | 'post', path: string, body?: object): Promise<Res> => {
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

  /** A building in the given grid of 东湖, one flat per owner (each owner living in their flat). */
  const estate = async (flats: Flat[], peopleCount: number, inGrid: Place = grid) => {
    estates += 1;
    const building = { id: newId(), name: `纸票${estates}号楼`, level: PlaceLevel.Building, parentId: inGrid.id, path: '' } as Place;
    building.path = `${inGrid.path}${building.id}/`;
    await t.dataSource.getRepository(Place).insert(building);
    const people = await crowd(t, peopleCount, Role.Resident, donghu, `纸票业主${estates}-`);
    const owners = people.map((p, i) => ({ id: newId(), kind: OwnerKind.Person, name: `纸票业主${estates}-${i + 1}`, userId: p.id }) as Owner);
    await t.dataSource.getRepository(Owner).insert(owners);
    const households = flats.map(
      (f, i) =>
        ({
          id: newId(),
          buildingId: building.id,
          communityId: donghu,
          label: `1单元 ${101 + i}`,
          areaHundredths: f.area,
          ownerId: owners[f.owner].id,
        }) as Household,
    );
    await t.dataSource.getRepository(Household).insert(households);
    await t.dataSource
      .getRepository(HouseholdMember)
      .insert(
        flats.map(
          (f, i) =>
            ({ id: newId(), householdId: households[i].id, userId: people[f.owner].id, relation: HouseholdRelation.Owner, isAdult: true }) as HouseholdMember,
        ),
      );
    return { building, people, households };
  };
  const openBallot = async (householdIds: string[], extra: object = {}) => {
    const topic = await call('李红梅', 'post', `/communities/${donghu}/topics`, {
      title: '楼道加装照明',
      body: '楼道太暗，老人晚上上下楼不安全，建议加装声控灯。',
      scope: { householdIds },
    });
    expect(topic.status).toBe(201);
    const res = await call('李红梅', 'post', `/topics/${topic.body.id}/ballots`, {
      title: '是否同意加装声控灯',
      rule: BallotRule.Simple,
      optionsForm: BallotOptionsForm.YesNoAbstain,
      secret: false,
      allowChange: false,
      closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
      ...extra,
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const optionId = (ballot: { options: { id: string; kind: string }[] }, kind: string) => ballot.options.find((o) => o.kind === kind)!.id;
  const upload = async (who: Who, ballotId: string, content: Buffer | null = PNG): Promise<Res> => {
    const request = t
      .http()
      .post(`/api/v1/ballots/${ballotId}/paper-forms`)
      .set(await headers(who));
    return content ? request.attach('file', content, 'form.png') : request.send({});
  };
  const form = async (who: Who, ballotId: string): Promise<string> => {
    const res = await upload(who, ballotId);
    expect(res.status).toBe(201);
    return res.body.id;
  };
  /** The roll line of a person (simple ballots list residents by name). */
  const lineOf = async (ballotId: string, person: CrowdMember): Promise<string> => {
    const res = await call('李红梅', 'get', `/ballots/${ballotId}/roll?q=${encodeURIComponent(person.name)}`);
    expect(res.status).toBe(200);
    return res.body.items.find((i: { label: string }) => i.label === person.name).voterKey;
  };
  const paper = (who: Who, ballotId: string, body: object) => call(who, 'post', `/ballots/${ballotId}/paper-votes`, body);
  const vote = (who: Who, ballotId: string, option: string) => call(who, 'post', `/ballots/${ballotId}/votes`, { optionId: option });
  const counts = async (ballotId: string) => ({
    participations: await t.dataSource.getRepository(BallotParticipation).countBy({ ballotId }),
    votes: await t.dataSource.getRepository(BallotVote).countBy({ ballotId }),
    audit: await t.dataSource.getRepository(AuditLog).countBy({ targetId: ballotId }),
  });
  const expire = async (ballotId: string) => {
    await t.dataSource.getRepository(Ballot).update({ id: ballotId }, { closesAt: new Date(Date.now() - 1000) });
    await t.app.get(BallotClosingService).sweep();
  };

  beforeAll(async () => {
    t = await startTestApp();
    const places = t.dataSource.getRepository(Place);
    donghu = (await places.findOneByOrFail({ name: '东湖社区' })).id;
    [grid, otherGrid] = await places.find({ where: { parentId: donghu, level: PlaceLevel.Grid }, order: { name: 'ASC' } });
    [gridWorker] = await crowd(t, 1, Role.GridWorker, grid.id, '纸票网格员');
    [otherGridWorker] = await crowd(t, 1, Role.GridWorker, otherGrid.id, '邻格网格员');
  });
  afterAll(async () => t?.close());

  it('a grid worker records a paper vote with its form; it counts at closing and the result shows votes by channel', async () => {
    const { people, households } = await estate(
      [
        { area: 8000, owner: 0 },
        { area: 8000, owner: 1 },
        { area: 8000, owner: 2 },
      ],
      3,
    );
    const ballot = await openBallot(
      households.map((h) => h.id),
      { quorum: { numerator: 2, denominator: 3 } },
    );
    const yes = optionId(ballot, 'yes');
    const seen = (await call(gridWorker, 'get', `/ballots/${ballot.id}`)).body;
    expect([seen.canRecordPaper, seen.turnout.votes, seen.turnout.electors]).toEqual([true, 0, 3]);

    const roll = (await call(gridWorker, 'get', `/ballots/${ballot.id}/roll`)).body;
    expect(roll.total).toBe(3);
    expect(roll.items.map((i: { label: string; voted: boolean }) => [i.label, i.voted]).sort()).toEqual(people.map((p) => [p.name, false]).sort());
    // Photographed at the voter's door: the GPS in its EXIF must not survive the upload.
    const uploaded = await upload(gridWorker, ballot.id, await gpsJpeg());
    expect(uploaded.status).toBe(201);
    const image = await t.http().get(new URL(uploaded.body.url, 'http://x').pathname + new URL(uploaded.body.url, 'http://x').search);
    expect([image.status, image.headers['content-type']]).toEqual([200, 'image/jpeg']);
    expect((await sharp(image.body).metadata()).exif).toBeUndefined();

    const voterKey = await lineOf(ballot.id, people[0]);
    const recorded = await paper(gridWorker, ballot.id, { voterKey, optionId: yes, formId: uploaded.body.id });
    expect(recorded.status).toBe(200);
    expect(recorded.body.turnout).toEqual(expect.objectContaining({ votes: 1, electors: 3 }));
    expect(recorded.body.turnout.checks[0]).toEqual(expect.objectContaining({ key: 'quorum', met: false, short: 1 }));
    expect(recorded.body.outcome).toBeNull();
    expect(recorded.body.channels).toBeNull();
    // A retried request (same form, same choice) is a no-op.
    expect((await paper(gridWorker, ballot.id, { voterKey, optionId: yes, formId: uploaded.body.id })).status).toBe(200);
    expect(await counts(ballot.id)).toEqual(expect.objectContaining({ participations: 1, votes: 1 }));

    const voter = (await call(people[0], 'get', `/ballots/${ballot.id}`)).body.me;
    expect(voter).toEqual(expect.objectContaining({ cast: true, castByMe: false, channel: 'paper', canChange: false }));
    const list = (await call('李红梅', 'get', `/ballots/${ballot.id}/paper-votes`)).body.items;
    expect(list).toEqual([
      expect.objectContaining({ voterKey, label: people[0].name, recordedBy: gridWorker.name, form: expect.objectContaining({ id: uploaded.body.id }) }),
    ]);
    expect(JSON.stringify(list)).not.toContain(yes);
    expect((await call(otherGridWorker, 'get', `/ballots/${ballot.id}/paper-votes`)).body.items).toEqual([]); // not theirs

    expect((await vote(people[1], ballot.id, optionId(ballot, 'no'))).status).toBe(200);
    expect((await vote(people[2], ballot.id, yes)).status).toBe(200);
    const audit = await t.dataSource.getRepository(AuditLog).findBy({ targetId: ballot.id, action: 'deliberation.ballot.paper_vote' });
    expect(audit.map((a) => a.actorId)).toEqual([gridWorker.id]);
    expect(audit[0].after).toEqual(expect.objectContaining({ channel: 'paper', formId: uploaded.body.id, optionId: yes }));

    const closed = (await call('李红梅', 'post', `/ballots/${ballot.id}/closing`)).body;
    expect(closed.outcome).toEqual(expect.objectContaining({ passed: true, turnout: { votes: 3, areaHundredths: 0 } }));
    expect(closed.outcome.options.map((o: { votes: number }) => o.votes)).toEqual([2, 1, 0]);
    expect(closed.channels).toEqual({ online: 2, paper: 1 });
    const exported = (await call(people[1], 'get', `/ballots/${ballot.id}/votes`)).body;
    expect(exported.channels).toEqual({ online: 2, paper: 1 });
    const { channels: _channels, ...recount } = exported;
    expect(tallyBallot(recount)).toEqual(closed.outcome);
    expectError(await upload(gridWorker, ballot.id), 409, 'BALLOT_CLOSED');
  });

  it('one vote per roll line across channels: paper after online and online after paper are refused with clear codes', async () => {
    const { people, households } = await estate(
      [
        { area: 8000, owner: 0 },
        { area: 8000, owner: 1 },
      ],
      2,
    );
    const ballot = await openBallot(
      households.map((h) => h.id),
      { allowChange: true },
    );
    const [yes, no] = [optionId(ballot, 'yes'), optionId(ballot, 'no')];
    expect((await vote(people[0], ballot.id, yes)).status).toBe(200);
    expectError(
      await paper('李红梅', ballot.id, { voterKey: await lineOf(ballot.id, people[0]), optionId: no, formId: await form('李红梅', ballot.id) }),
      409,
      'BALLOT_ALREADY_VOTED_ONLINE',
    );

    const line = await lineOf(ballot.id, people[1]);
    expect((await paper('李红梅', ballot.id, { voterKey: line, optionId: yes, formId: await form('李红梅', ballot.id) })).status).toBe(200);
    // Even on a ballot that lets voters change their vote, a paper vote is not theirs to change online, nor recorded twice.
    expectError(await vote(people[1], ballot.id, no), 409, 'BALLOT_ALREADY_VOTED_ON_PAPER');
    expectError(await vote(people[1], ballot.id, yes), 409, 'BALLOT_ALREADY_VOTED_ON_PAPER');
    expectError(
      await paper(gridWorker, ballot.id, { voterKey: line, optionId: no, formId: await form(gridWorker, ballot.id) }),
      409,
      'BALLOT_ALREADY_VOTED_ON_PAPER',
    );
    const used = await form('李红梅', ballot.id);
    expect(await counts(ballot.id)).toEqual(expect.objectContaining({ participations: 2, votes: 2 }));
    expect((await t.dataSource.getRepository(BallotVote).findOneByOrFail({ ballotId: ballot.id, voterKey: `user:${people[1].id}` })).optionId).toBe(yes);
    expect(used).toBeTruthy();
  });

  it('20 racing attempts for one voter, 10 on paper and 10 online, count exactly one and none fails with 5xx', async () => {
    const { people, households } = await estate(
      [
        { area: 8000, owner: 0 },
        { area: 8000, owner: 1 },
      ],
      2,
    );
    const ballot = await openBallot(households.map((h) => h.id));
    const yes = optionId(ballot, 'yes');
    const line = await lineOf(ballot.id, people[0]);
    const forms = [];
    for (let i = 0; i < 10; i++) forms.push(await form(gridWorker, ballot.id));
    const results = await Promise.all([
      ...forms.map((formId) => paper(gridWorker, ballot.id, { voterKey: line, optionId: yes, formId })),
      ...Array.from({ length: 10 }, () => vote(people[0], ballot.id, yes)),
    ]);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.every((r) => r.status === 200 || [409].includes(r.status))).toBe(true);
    expect(await counts(ballot.id)).toEqual(expect.objectContaining({ participations: 1, votes: 1 }));
    const channel = (await t.dataSource.getRepository(BallotParticipation).findOneByOrFail({ ballotId: ballot.id })).channel;
    const codes = new Set(results.filter((r) => r.status === 409).map((r) => r.body.code));
    expect([...codes].every((c) => (channel === 'paper' ? ['BALLOT_ALREADY_VOTED_ON_PAPER'] : ['BALLOT_ALREADY_VOTED_ONLINE']).includes(c))).toBe(true);
  });

  it('not on the roll, closed, no photo, wrong grid worker, another community or a resident: a clear error and nothing written', async () => {
    const { people, households } = await estate(
      [
        { area: 8000, owner: 0 },
        { area: 8000, owner: 1 },
      ],
      3,
    );
    const ballot = await openBallot([households[0].id, households[1].id]);
    const yes = optionId(ballot, 'yes');
    const line = await lineOf(ballot.id, people[0]);
    const formId = await form('李红梅', ballot.id);
    const gridForm = await form(gridWorker, ballot.id);
    const before = await counts(ballot.id);

    const stranger = await estate([{ area: 8000, owner: 0 }], 1);
    expectError(await paper('李红梅', ballot.id, { voterKey: newId(), optionId: yes, formId }), 400, 'BALLOT_PAPER_VOTER_NOT_ON_ROLL');
    expect((await call('李红梅', 'get', `/ballots/${ballot.id}/roll?q=${encodeURIComponent(stranger.people[0].name)}`)).body.total).toBe(0);
    expectError(await paper('李红梅', ballot.id, { voterKey: line, optionId: yes }), 400, 'BALLOT_PAPER_FORM_REQUIRED');
    expectError(await upload('李红梅', ballot.id, null), 400, 'BALLOT_PAPER_FORM_REQUIRED');
    expectError(await upload('李红梅', ballot.id, Buffer.from('not an image at all')), 400, 'BALLOT_PAPER_FORM_NOT_IMAGE');
    expectError(await upload('李红梅', ballot.id, await headerOnlyPng()), 400, 'BALLOT_PAPER_FORM_UNREADABLE');
    expectError(await paper('李红梅', ballot.id, { voterKey: line, optionId: yes, formId: gridForm }), 404, 'BALLOT_PAPER_FORM_NOT_FOUND'); // someone else's upload
    expectError(await paper('李红梅', ballot.id, { voterKey: line, optionId: newId(), formId }), 400, 'BALLOT_OPTION_INVALID');
    expectError(await paper(otherGridWorker, ballot.id, { voterKey: line, optionId: yes, formId }), 403, 'BALLOT_PAPER_NOT_ALLOWED');
    expectError(await upload('陈志刚', ballot.id), 404, 'BALLOT_NOT_FOUND'); // 柳园's secretary
    expectError(await paper('陈志刚', ballot.id, { voterKey: line, optionId: yes, formId }), 404, 'BALLOT_NOT_FOUND');
    expectError(await paper(people[1], ballot.id, { voterKey: line, optionId: yes, formId }), 404, 'BALLOT_NOT_FOUND'); // a resident
    expectError(await call(people[1], 'get', `/ballots/${ballot.id}/roll`), 404, 'BALLOT_NOT_FOUND');
    expectError(await call(people[1], 'get', `/ballots/${ballot.id}/paper-votes`), 404, 'BALLOT_NOT_FOUND');
    expectError(await paper('李红梅', ballot.id, { voterKey: line, optionId: yes, formId, extra: 1 }), 400, 'VALIDATION_FAILED');
    expect(await counts(ballot.id)).toEqual(before);

    await expire(ballot.id);
    const afterClose = await counts(ballot.id);
    expectError(await paper('李红梅', ballot.id, { voterKey: line, optionId: yes, formId }), 409, 'BALLOT_CLOSED');
    expectError(await upload('李红梅', ballot.id), 409, 'BALLOT_CLOSED');
    expect(await counts(ballot.id)).toEqual(afterClose);
    expect(await t.dataSource.getRepository(BallotPaperForm).countBy({ ballotId: ballot.id })).toBe(2);
  });

  it('a secret ballot: no view, export, recount file or record links a paper vote’s choice to its voter', async () => {
    const { people, households } = await estate(
      [
        { area: 8000, owner: 0 },
        { area: 8000, owner: 1 },
        { area: 8000, owner: 2 },
      ],
      3,
    );
    const ballot = await openBallot(
      households.map((h) => h.id),
      { secret: true },
    );
    const [yes, no] = [optionId(ballot, 'yes'), optionId(ballot, 'no')];
    const line = await lineOf(ballot.id, people[0]);
    const formId = await form(gridWorker, ballot.id);
    const responses: unknown[] = [];
    const recorded = await paper(gridWorker, ballot.id, { voterKey: line, optionId: no, formId });
    expect(recorded.status).toBe(200);
    responses.push(recorded.body);
    expect((await paper(gridWorker, ballot.id, { voterKey: line, optionId: no, formId })).status).toBe(200); // retried
    responses.push((await vote(people[1], ballot.id, yes)).body, (await vote(people[2], ballot.id, yes)).body);
    for (const who of [people[0], '李红梅', gridWorker]) responses.push((await call(who, 'get', `/ballots/${ballot.id}`)).body);
    responses.push((await call('李红梅', 'get', `/ballots/${ballot.id}/paper-votes`)).body, (await call('李红梅', 'get', `/ballots/${ballot.id}/roll`)).body);
    await call('李红梅', 'post', `/ballots/${ballot.id}/closing`);
    for (const who of [people[0], '李红梅', '周振华']) {
      responses.push((await call(who, 'get', `/ballots/${ballot.id}`)).body, (await call(who, 'get', `/ballots/${ballot.id}/votes`)).body);
    }
    const exported = responses[responses.length - 1] as { votes: object[]; channels: object };
    expect(exported.channels).toEqual({ online: 2, paper: 1 });
    for (const row of exported.votes) expect(Object.keys(row).sort()).toEqual(['areaHundredths', 'optionId']); // no channel per vote
    for (const body of responses) {
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/"optionId":"[^"]+","voterKey"|voterKey":"user:/);
      if ((body as { me?: { optionId: unknown } }).me) expect((body as { me: { optionId: unknown } }).me.optionId).toBeNull();
      if (!(body as { votes?: unknown }).votes && !(body as { options?: unknown }).options) expect(text).not.toContain(no);
    }
    const rows = await t.dataSource.getRepository(BallotVote).findBy({ ballotId: ballot.id });
    expect(rows.map((r) => r.voterKey)).toEqual([null, null, null]);
    for (const row of rows) expect(Object.keys(row)).not.toContain('channel');
    const audit = await t.dataSource.getRepository(AuditLog).findBy({ targetId: ballot.id });
    for (const entry of audit) expect(JSON.stringify([entry.before, entry.after])).not.toMatch(new RegExp(`${yes}|${no}`));
  });

  it('turnout while open: headcount and area for Art. 278 with exact distances to 2/3, seen by the roll and the secretary, never a choice', async () => {
    // Owners 0–3 hold 100, 100, 50 and 50 m²: 4 owners, 300.00 m².
    const { people, households } = await estate(
      [
        { area: 10000, owner: 0 },
        { area: 10000, owner: 1 },
        { area: 5000, owner: 2 },
        { area: 5000, owner: 3 },
      ],
      5,
    );
    const ballot = await openBallot(
      households.map((h) => h.id),
      { rule: BallotRule.OwnersArt278, matter: Art278Matter.Ordinary },
    );
    expect(ballot.electorate).toEqual({ count: 4, areaHundredths: 30000 });
    const line = (await call('李红梅', 'get', `/ballots/${ballot.id}/roll?q=101`)).body.items[0].voterKey;
    expect((await paper(gridWorker, ballot.id, { voterKey: line, optionId: optionId(ballot, 'no'), formId: await form(gridWorker, ballot.id) })).status).toBe(
      200,
    );
    expect((await vote(people[2], ballot.id, optionId(ballot, 'yes'))).status).toBe(200);

    // 2 of 4 owners (2/3 needs 3: short by 1), 150.00 of 300.00 m² (2/3 is 200.00: short by 50.00).
    for (const who of [people[3], '李红梅']) {
      const view = (await call(who, 'get', `/ballots/${ballot.id}`)).body;
      expect(view.turnout).toEqual(expect.objectContaining({ votes: 2, electors: 4, areaHundredths: 15000, electorateAreaHundredths: 30000 }));
      expect(view.turnout.checks.map((c: { key: string; met: boolean; short: number }) => [c.key, c.met, c.short])).toEqual([
        ['participation_headcount', false, 1],
        ['participation_area', false, 5000],
      ]);
      expect(view.turnout.checks[1].statement).toBe('已参与的专有部分面积 150.00 / 300.00 平方米，距三分之二还差 50.00 平方米');
      expect([view.outcome, view.channels, view.passed]).toEqual([null, null, null]);
      expect(JSON.stringify(view.turnout)).not.toMatch(/同意|反对|optionId/);
    }
    expect((await call(people[4], 'get', `/ballots/${ballot.id}`)).body.turnout).toBeNull(); // not on the roll
    expect((await vote(people[3], ballot.id, optionId(ballot, 'yes'))).status).toBe(200);
    // 3 of 4 owners meets 2/3; 200.00 of 300.00 m² is exactly 2/3 and meets it.
    const now = (await call(people[0], 'get', `/ballots/${ballot.id}`)).body.turnout;
    expect(now.checks.map((c: { met: boolean; short: number }) => [c.met, c.short])).toEqual([
      [true, 0],
      [true, 0],
    ]);
  });
});
