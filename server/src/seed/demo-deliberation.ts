import {
  addDaysToDate,
  Art278Matter,
  BALLOT_OPTION_LABELS,
  BallotOptionKind,
  BallotRule,
  BallotStatus,
  DELIBERATION_DEFAULTS,
  DecisionList,
  DecisionStatus,
  Fraction,
  isWithin,
  PlaceLevel,
  PointsSource,
  ScopeKind,
  shanghaiDateOf,
  tallyBallot,
  TopicStatus,
  VoteChannel,
} from '@linli/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { newId } from '../database/ids';
import { BallotElector } from '../deliberation/ballot-elector.entity';
import { BallotOption } from '../deliberation/ballot-option.entity';
import { BallotParticipation } from '../deliberation/ballot-participation.entity';
import { BallotRolls } from '../deliberation/ballot-rolls';
import { BallotVote } from '../deliberation/ballot-vote.entity';
import { Ballot } from '../deliberation/ballot.entity';
import { Decision } from '../deliberation/decision.entity';
import { DecisionMilestone } from '../deliberation/decision-milestone.entity';
import { DecisionUpdate } from '../deliberation/decision-update.entity';
import { DeliberationScopes, ResolvedScope } from '../deliberation/deliberation-scopes';
import { TopicComment } from '../deliberation/topic-comment.entity';
import { Topic } from '../deliberation/topic.entity';
import { User } from '../identity/user.entity';
import { Owner } from '../places/owner.entity';
import { Place } from '../places/place.entity';
import { PointsEntry } from '../points/points-entry.entity';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const COMMUNITY = '东湖社区';

export interface DemoDeliberationRows {
  topics: Topic[];
  comments: TopicComment[];
  ballots: Ballot[];
  options: BallotOption[];
  electors: BallotElector[];
  participations: BallotParticipation[];
  votes: BallotVote[];
  decisions: Decision[];
  milestones: DecisionMilestone[];
  updates: DecisionUpdate[];
  points: PointsEntry[];
}

/** A vote the demo casts: who, what, and when (ms from the ballot's opening). */
interface DemoVote {
  voter: string;
  choice: BallotOptionKind.Yes | BallotOptionKind.No | BallotOptionKind.Abstain;
  after: number;
}

/**
 * 邻里议事 in 东湖社区, one topic in each stage, relative to the moment the demo is seeded:
 * - 3号楼加装电梯 (李桂兰): voting, an owners' ballot (民法典第278条, major matter) on 3号楼's units,
 *   two of its eight owners (the ones with accounts: 李桂兰, 李红梅) have voted;
 * - 小区东门增设非机动车充电棚 (the secretary's own): under discussion;
 * - 广场舞音乐音量与时间调整 (王秀英): decided by a closed residents' ballot in 第一网格, passed,
 *   tracked in 责任清单 with milestones and progress;
 * - 儿童游乐设施维修 (赵小明): awaiting the secretary's review.
 * Rolls are built by the real BallotRolls over DeliberationScopes' households, outcomes frozen by
 * tallyBallot, and accepted residents' topics credit their points: as the services would have done.
 * Ids are generated in time order, so lists ordered by id read the same as by time.
 */
export async function demoDeliberation(
  manager: EntityManager,
  users: Map<string, User>,
  places: Map<string, Place>,
  secretaries: Map<string, User>,
  now = new Date(),
): Promise<DemoDeliberationRows> {
  const rows: DemoDeliberationRows = {
    topics: [],
    comments: [],
    ballots: [],
    options: [],
    electors: [],
    participations: [],
    votes: [],
    decisions: [],
    milestones: [],
    updates: [],
    points: [],
  };
  const user = (name: string) => {
    const found = users.get(name);
    if (!found) throw new Error(`demo user missing: ${name}`);
    return found;
  };
  const community = [...places.values()].find((p) => p.level === PlaceLevel.Community && p.name === COMMUNITY)!;
  const inCommunity = (level: PlaceLevel, name: string) => {
    const place = [...places.values()].find((p) => p.level === level && p.name === name && isWithin(p.path, community.path));
    if (!place) throw new Error(`demo place missing: ${COMMUNITY}/${name}`);
    return place;
  };
  const secretary = secretaries.get(community.id)!;
  const today = shanghaiDateOf(now);
  const at = (days: number, time: string) => new Date(`${addDaysToDate(today, days)}T${time}:00+08:00`);
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const scopes = new DeliberationScopes(manager.connection);
  const rolls = new BallotRolls();

  const topic = (title: string, body: string, scopePlace: Place, proposer: User, status: TopicStatus, createdAt: Date, acceptedAt: Date | null): Topic => {
    const official = proposer.id === secretary.id;
    const row = {
      id: newId(),
      communityId: community.id,
      title,
      body,
      scopeKind: ScopeKind.Place,
      scopePlaceId: scopePlace.id,
      scopeHouseholdCount: null,
      status,
      proposedBy: proposer.id,
      byOfficial: official,
      declineReason: null,
      reviewedBy: status === TopicStatus.Proposed ? null : secretary.id,
      commentCount: 0,
      createdAt,
      updatedAt: acceptedAt ?? createdAt,
    } as Topic;
    rows.topics.push(row);
    // Taking up a resident's topic credits them (TopicsService.review).
    if (acceptedAt && !official && DELIBERATION_DEFAULTS.acceptedTopicPoints > 0) {
      rows.points.push({
        id: newId(),
        userId: proposer.id,
        communityId: community.id,
        amount: DELIBERATION_DEFAULTS.acceptedTopicPoints,
        reason: `议题被受理：${title}`,
        sourceType: PointsSource.Topic,
        sourceId: row.id,
        reversesEntryId: null,
        createdBy: secretary.id,
        createdAt: acceptedAt,
      } as PointsEntry);
    }
    return row;
  };
  const comment = (on: Topic, author: User, body: string, createdAt: Date, parent: TopicComment | null = null): TopicComment => {
    const row = {
      id: newId(),
      topicId: on.id,
      communityId: on.communityId,
      parentId: parent?.id ?? null,
      authorId: author.id,
      byOfficial: author.id === secretary.id,
      body,
      hidden: false,
      hiddenReason: null,
      hiddenBy: null,
      reportCount: 0,
      createdAt,
    } as TopicComment;
    rows.comments.push(row);
    on.commentCount += 1;
    return row;
  };

  /** BallotPlans.insert, then BallotVotingService.cast for each vote: options, frozen roll, participation + vote rows. */
  const ballot = async (
    on: Topic,
    plan: {
      title: string;
      rule: BallotRule;
      matter: Art278Matter | null;
      quorum: Fraction | null;
      secret: boolean;
      allowChange: boolean;
      opensAt: Date;
      closesAt: Date;
    },
    votes: DemoVote[],
  ): Promise<{ ballot: Ballot; options: BallotOption[]; votes: BallotVote[] }> => {
    const scopePlace = places.get(on.scopePlaceId!)!;
    const scope: ResolvedScope = {
      communityId: on.communityId,
      kind: ScopeKind.Place,
      place: { id: scopePlace.id, name: scopePlace.name, level: scopePlace.level },
      householdIds: null,
    };
    const roll = await rolls.build(manager, plan.rule, await scopes.households(scope, manager));
    if (roll.length === 0) throw new Error(`demo ballot has an empty roll: ${plan.title}`);
    const totals = rolls.totals(roll);
    const row = {
      id: newId(),
      communityId: on.communityId,
      topicId: on.id,
      decisionId: null,
      title: plan.title,
      rule: plan.rule,
      matter: plan.matter,
      quorumNumerator: plan.quorum?.numerator ?? null,
      quorumDenominator: plan.quorum?.denominator ?? null,
      thresholdNumerator: null,
      thresholdDenominator: null,
      secret: plan.secret,
      allowChange: plan.allowChange,
      scopeKind: scope.kind,
      scopePlaceId: scopePlace.id,
      scopeHouseholdCount: null,
      electorateCount: totals.count,
      electorateArea: totals.areaHundredths,
      opensAt: plan.opensAt,
      closesAt: plan.closesAt,
      status: BallotStatus.Open,
      closedAt: null,
      passed: null,
      outcome: null,
      createdBy: secretary.id,
      createdAt: plan.opensAt,
      updatedAt: plan.opensAt,
    } as Ballot;
    rows.ballots.push(row);
    const kinds = [BallotOptionKind.Yes, BallotOptionKind.No, BallotOptionKind.Abstain] as const;
    const options = kinds.map((kind, position) => ({ id: newId(), ballotId: row.id, position, kind, label: BALLOT_OPTION_LABELS[kind] }));
    rows.options.push(...options);
    rows.electors.push(...roll.map((line) => ({ id: newId(), ballotId: row.id, ...line })));

    // The roll line each voter votes as (electorsOf): themselves, or the owner they are registered as.
    const voterIds = votes.map((v) => user(v.voter).id);
    const owned = new Map(
      (await manager.getRepository(Owner).find({ select: { id: true, userId: true }, where: { userId: In(voterIds) } })).map((o) => [o.userId!, o.id]),
    );
    const cast: BallotVote[] = [];
    for (const vote of votes) {
      const voter = user(vote.voter);
      const line =
        plan.rule === BallotRule.OwnersArt278
          ? roll.find((l) => l.ownerId !== null && l.ownerId === owned.get(voter.id))
          : roll.find((l) => l.userId === voter.id);
      if (!line) throw new Error(`demo voter ${vote.voter} is not on the roll of ${plan.title}`);
      rows.participations.push({
        id: newId(),
        ballotId: row.id,
        voterKey: line.voterKey,
        castBy: voter.id,
        castAt: new Date(plan.opensAt.getTime() + vote.after),
        channel: VoteChannel.Online,
        paperFormId: null,
      });
      cast.push({
        id: randomUUID(),
        ballotId: row.id,
        voterKey: plan.secret ? null : line.voterKey,
        optionId: options.find((o) => o.kind === vote.choice)!.id,
        areaHundredths: line.areaHundredths,
      });
    }
    rows.votes.push(...cast);
    return { ballot: row, options, votes: cast };
  };

  /** BallotClosingService.close: status, time and the frozen tally; the topic to decided; a passed ballot tracked as a decision. */
  const close = (on: Topic, closing: { ballot: Ballot; options: BallotOption[]; votes: BallotVote[] }, closedAt: Date): Decision | null => {
    const b = closing.ballot;
    const outcome = tallyBallot({
      rule: b.rule,
      matter: b.matter,
      quorum: b.quorumNumerator !== null ? { numerator: b.quorumNumerator, denominator: b.quorumDenominator! } : null,
      threshold: b.thresholdNumerator !== null ? { numerator: b.thresholdNumerator, denominator: b.thresholdDenominator! } : null,
      options: closing.options.map((o) => ({ id: o.id, kind: o.kind, label: o.label })),
      electorate: { count: b.electorateCount, areaHundredths: b.electorateArea },
      votes: closing.votes.map((v) => ({ optionId: v.optionId, areaHundredths: v.areaHundredths })),
    });
    Object.assign(b, { status: BallotStatus.Closed, closedAt, outcome, passed: outcome.passed, updatedAt: closedAt });
    Object.assign(on, { status: TopicStatus.Decided, updatedAt: closedAt });
    if (!outcome.passed) return null;
    const decision = {
      id: newId(),
      communityId: b.communityId,
      topicId: on.id,
      ballotId: b.id,
      title: on.title,
      list: DecisionList.Project,
      status: DecisionStatus.InProgress,
      responsible: null,
      createdAt: closedAt,
      updatedAt: closedAt,
    } as Decision;
    rows.decisions.push(decision);
    return decision;
  };

  // 广场舞: raised three weeks ago, voted on by 第一网格's adult residents, passed, now being carried out.
  const dance = topic(
    '广场舞音乐音量与时间调整',
    '3号楼前广场每天晚上跳广场舞，音响开得很大，有时到晚上九点半还没结束。我们楼里老人多，还有孩子要写作业、睡觉。' +
      '不是不让跳，是希望大家商量一下：音量调小一点，结束时间提前到八点半，音箱别正对着住户窗户。',
    inCommunity(PlaceLevel.Grid, '第一网格'),
    user('王秀英'),
    TopicStatus.Voting,
    ago(20 * DAY),
    ago(19 * DAY),
  );
  comment(dance, user('刘洋'), '我家孩子上初中，晚上九点前后正是写作业的时候，支持调整。跳舞的阿姨们其实也挺讲道理，当面说过一次就小声了几天。', ago(18 * DAY));
  comment(
    dance,
    secretary,
    '社区已经和广场舞队的队长沟通过，她们愿意调整。建议方案：每晚 19:00 开始、20:30 前结束，音量不超过 60 分贝，音箱朝向广场中心。下周在第一网格投票决定。',
    ago(17 * DAY),
  );
  const danceBallot = await ballot(
    dance,
    {
      title: '是否同意广场舞改为 19:00–20:30 并控制音量',
      rule: BallotRule.Simple,
      matter: null,
      quorum: { numerator: 1, denominator: 2 },
      secret: false,
      allowChange: false,
      opensAt: at(-15, '09:00'),
      closesAt: at(-8, '20:00'),
    },
    [
      { voter: '王秀英', choice: BallotOptionKind.Yes, after: 2 * HOUR },
      { voter: '李桂兰', choice: BallotOptionKind.Yes, after: 5 * HOUR },
      { voter: '王建军', choice: BallotOptionKind.Yes, after: DAY + 11 * HOUR },
      { voter: '刘洋', choice: BallotOptionKind.Yes, after: 2 * DAY + 10 * HOUR },
      { voter: '孙丽', choice: BallotOptionKind.Abstain, after: 4 * DAY + 3 * HOUR },
    ],
  );
  const closedAt = new Date(danceBallot.ballot.closesAt.getTime() + 60 * 1000); // by the closing sweep
  const decision = close(dance, danceBallot, closedAt);
  if (!decision) throw new Error('the demo 广场舞 ballot should pass');
  // The secretary files it in 责任清单 and names who answers for it (DecisionsService.update).
  Object.assign(decision, { list: DecisionList.Responsibility, responsible: '东湖社区居委会 / 广场舞队', updatedAt: new Date(closedAt.getTime() + 14 * HOUR) });
  const milestoneAt = new Date(closedAt.getTime() + 15 * HOUR);
  rows.milestones.push(
    {
      id: newId(),
      decisionId: decision.id,
      communityId: decision.communityId,
      title: '与广场舞队签订文明跳舞公约',
      dueOn: addDaysToDate(today, -5),
      doneAt: ago(5 * DAY + 3 * HOUR),
      createdAt: milestoneAt,
    },
    {
      id: newId(),
      decisionId: decision.id,
      communityId: decision.communityId,
      title: '广场安装噪声监测显示屏',
      dueOn: addDaysToDate(today, 10),
      doneAt: null,
      createdAt: milestoneAt,
    },
  );
  rows.updates.push(
    {
      id: newId(),
      decisionId: decision.id,
      communityId: decision.communityId,
      authorId: secretary.id,
      createdAt: ago(5 * DAY),
      note: '已与广场舞队座谈并签订文明跳舞公约：每晚 19:00 开始、20:30 前结束，音量不超过 60 分贝，音箱朝向广场中心，周日暂停一次。',
    },
    {
      id: newId(),
      decisionId: decision.id,
      communityId: decision.communityId,
      authorId: secretary.id,
      createdAt: ago(2 * DAY),
      note: '网格员连续一周晚上到广场测量，音量基本控制在 55–60 分贝，均按时结束。噪声监测显示屏已询价，计划下周安装。',
    },
  );

  // 加装电梯: owners of 3号楼 decide (改建, a major matter: 3/4); voting now.
  const lift = topic(
    '3号楼加装电梯',
    '3号楼是九十年代建的老楼，没有电梯。楼里住了不少七八十岁的老人，我家也有行动不便的家人，上下楼全靠背。' +
      '听说老旧小区加装电梯政府有补贴，想请社区牵头，组织3号楼的业主一起商量加装电梯的事：费用怎么分摊、低楼层住户的顾虑怎么解决。',
    inCommunity(PlaceLevel.Building, '3号楼'),
    user('李桂兰'),
    TopicStatus.Voting,
    ago(12 * DAY),
    ago(11 * DAY),
  );
  comment(lift, user('李桂兰'), '我家老伴坐轮椅，去医院复查一次要请两个邻居帮忙抬下楼。真心希望大家支持，费用我们愿意按楼层多出一些。', ago(10 * DAY));
  const policy = comment(
    lift,
    secretary,
    '社区已向区住建局了解政策：既有住宅加装电梯每台可申请财政补贴，也可以提取住房公积金。按《民法典》第二百七十八条，加装电梯属于改建，须经本楼业主按面积和人数双四分之三以上同意，社区会组织正式表决。',
    ago(9 * DAY),
  );
  comment(
    lift,
    user('李桂兰'),
    '谢谢书记！一楼、二楼的邻居担心挡光和噪音，能不能请设计单位来现场讲一讲？',
    new Date(ago(9 * DAY).getTime() + 3 * HOUR),
    policy,
  );
  comment(lift, secretary, '已约设计单位本周六上午 9 点在3号楼下现场答疑，会带上效果图和费用分摊方案，欢迎各位业主都来。', ago(8 * DAY), policy);
  await ballot(
    lift,
    {
      title: '是否同意3号楼加装电梯',
      rule: BallotRule.OwnersArt278,
      matter: Art278Matter.Major,
      quorum: null,
      secret: false,
      allowChange: true,
      opensAt: at(-2, '09:00'),
      closesAt: at(5, '20:00'),
    },
    [
      { voter: '李桂兰', choice: BallotOptionKind.Yes, after: 1 * HOUR },
      { voter: '李红梅', choice: BallotOptionKind.Yes, after: DAY + 3 * HOUR },
    ],
  );
  lift.updatedAt = at(-2, '09:00');

  // 充电棚: the secretary's own topic, taken up at once, under discussion.
  const shed = topic(
    '小区东门增设非机动车充电棚',
    '近来不少居民把电动自行车推进楼道、从窗户拉电线充电，存在很大的火灾隐患。社区计划在小区东门内侧空地增设一处非机动车充电棚，' +
      '配智能充电桩（充满自动断电、扫码计费）和灭火器，约可停放 40 辆。想听听大家对位置、收费和开放时间的意见。',
    community,
    secretary,
    TopicStatus.Discussing,
    ago(4 * DAY),
    ago(4 * DAY),
  );
  const wang = comment(shed, user('王秀英'), '支持！楼道里充电太吓人了，去年隔壁小区就出过事。就是希望棚子离1号楼的窗户远一点，晚上别太吵。', ago(3 * DAY));
  comment(
    shed,
    user('张伟'),
    '我在供电公司上班，可以帮忙核一下东门那边的线路容量。建议选带过充保护和漏电保护的充电桩，收费每度电别比居民电价高太多。',
    ago(2 * DAY),
  );
  comment(shed, secretary, '王阿姨放心，选址会离住户窗户十米以上，棚子朝向马路一侧。', ago(1 * DAY), wang);

  // 游乐设施: waiting for the secretary's review (待受理).
  topic(
    '儿童游乐设施维修',
    '小区中心花园的滑梯有一块护板松动了，秋千的铁链也生锈了，孩子们每天放学都在那里玩，家长都挺担心的。希望社区联系物业尽快检修，必要时先把坏的设施围起来。',
    community,
    user('赵小明'),
    TopicStatus.Proposed,
    ago(20 * HOUR),
    null,
  );

  return rows;
}
