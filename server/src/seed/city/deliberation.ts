import {
  Art278Matter,
  BALLOT_OPTION_LABELS,
  BallotOptionKind,
  BallotRule,
  BallotStatus,
  DecisionList,
  DecisionStatus,
  DELIBERATION_DEFAULTS,
  Fraction,
  OwnerKind,
  ownersElectorate,
  PointsSource,
  ScopeKind,
  tallyBallot,
  TopicStatus,
} from '@linli/shared';
import { City, Community } from './city';
import { DAY, HOUR, MINUTE, SeedContext } from './context';
import { uuidV4 } from './ids';
import { Random } from './random';
import { bool, intOrNull, json, text, textOrNull, time, timeOrNull } from './sql';
import { COMMENTS, DECISION_RESPONSIBLE, DECLINE_REASONS, TOPIC_TEMPLATES } from './texts';
import { POINTS_COLUMNS } from './wishes';

const C = {
  topic: [
    'id',
    'community_id',
    'title',
    'body',
    'scope_kind',
    'scope_place_id',
    'scope_household_count',
    'status',
    'proposed_by',
    'by_official',
    'decline_reason',
    'reviewed_by',
    'comment_count',
    'hidden',
    'hidden_reason',
    'created_at',
    'updated_at',
  ],
  comment: [
    'id',
    'topic_id',
    'community_id',
    'parent_id',
    'author_id',
    'by_official',
    'body',
    'hidden',
    'hidden_reason',
    'hidden_by',
    'report_count',
    'created_at',
  ],
  ballot: [
    'id',
    'community_id',
    'topic_id',
    'decision_id',
    'title',
    'rule',
    'matter',
    'quorum_numerator',
    'quorum_denominator',
    'threshold_numerator',
    'threshold_denominator',
    'secret',
    'allow_change',
    'scope_kind',
    'scope_place_id',
    'scope_household_count',
    'electorate_count',
    'electorate_area',
    'opens_at',
    'closes_at',
    'status',
    'closed_at',
    'passed',
    'outcome',
    'created_by',
    'created_at',
    'updated_at',
  ],
  option: ['id', 'ballot_id', 'position', 'kind', 'label'],
  elector: ['id', 'ballot_id', 'voter_key', 'user_id', 'household_id', 'owner_id', 'area_hundredths', 'label'],
  participation: ['id', 'ballot_id', 'voter_key', 'cast_by', 'cast_at'],
  vote: ['id', 'ballot_id', 'voter_key', 'option_id', 'area_hundredths'],
  decision: ['id', 'community_id', 'topic_id', 'ballot_id', 'title', 'list', 'status', 'responsible', 'created_at', 'updated_at'],
};

/** A roll line as BallotRolls builds it, with who may cast it (user indices). */
interface Line {
  voterKey: string;
  userId: string | null;
  householdId: string | null;
  ownerId: string | null;
  area: number;
  label: string;
  voters: number[];
}

interface Scope {
  placeId: string;
  hhStart: number;
  hhEnd: number;
}

interface TopicSpec {
  id: string;
  community: Community;
  title: string;
  body: string;
  scope: Scope;
  status: TopicStatus;
  proposer: number;
  official: boolean;
  declineReason: string | null;
  createdAt: number;
  acceptedAt: number | null;
  updatedAt: number;
  /** Comments run from acceptance until this instant. */
  discussedUntil: number;
}

interface BallotPlan {
  community: Community;
  topic: TopicSpec;
  title: string;
  rule: BallotRule;
  matter: Art278Matter | null;
  quorum: Fraction | null;
  secret: boolean;
  opensAt: number;
  closesAt: number;
  /** Share of the roll that votes, and of those, the share choosing 同意 / 反对 (the rest abstain). */
  turnout: number;
  yes: number;
  no: number;
}

export interface TallyFixture {
  communityId: string;
  secretaryUserId: string;
  ballotIds: string[];
}

const OPTION_KINDS = [BallotOptionKind.Yes, BallotOptionKind.No, BallotOptionKind.Abstain] as const;

/**
 * Neighbourhood deliberation (邻里议事): topics in every state with their discussion, ballots on
 * frozen rolls built the way BallotRolls builds them (adults, households, Art. 278 owners), votes
 * with their participation rows, closed ballots with the outcome tallyBallot gives and a tracked
 * decision when passed; and the benchmark's Art. 278 ballots, open, everyone on the roll voted.
 */
export class DeliberationSeeder {
  private readonly rng: Random;
  private readonly sinks;
  private readonly topics: TopicSpec[] = [];

  constructor(
    private readonly ctx: SeedContext,
    private readonly city: City,
  ) {
    this.rng = ctx.random('deliberation');
    const table = (name: string, columns: readonly string[]) => ctx.loader.table(name, columns);
    this.sinks = {
      topic: table('topic', C.topic),
      comment: table('topic_comment', C.comment),
      ballot: table('ballot', C.ballot),
      option: table('ballot_option', C.option),
      elector: table('ballot_elector', C.elector),
      participation: table('ballot_participation', C.participation),
      vote: table('ballot_vote', C.vote),
      decision: table('decision', C.decision),
      points: table('points_entry', POINTS_COLUMNS),
    };
  }

  async seed(): Promise<{ owners1k: TallyFixture; owners10k: TallyFixture }> {
    const { plan, now, start } = this.ctx;
    const rng = this.rng;
    const communities = this.city.communities.filter((c) => c.kind === 'busy' || c.kind === 'ordinary');
    const cumulative = new Float64Array(communities.length);
    let sum = 0;
    communities.forEach((c, i) => {
      sum += c.hhEnd - c.hhStart;
      cumulative[i] = sum;
    });

    // Ballots in time order; the last one (and any in the last six days) still open.
    const from = start + 40 * DAY;
    const span = now - 2 * DAY - from;
    for (let i = 0; i < plan.ballots; i++) {
      const last = i === plan.ballots - 1;
      const opensAt = last ? now - 2 * DAY : from + Math.floor(span * Math.sqrt((i + rng.float()) / plan.ballots));
      const open = now - opensAt < 6 * DAY;
      const community = communities[rng.weighted(cumulative)];
      const scope = this.scopeIn(community);
      const rule = rng.pick([BallotRule.Simple, BallotRule.Simple, BallotRule.Household, BallotRule.OwnersArt278]);
      const topic = this.topic(community, scope, opensAt, open ? TopicStatus.Voting : TopicStatus.Decided);
      const secret = rng.chance(0.2);
      await this.ballot({
        community,
        topic,
        title: `是否同意：${topic.title}`.slice(0, 60),
        rule,
        matter: rule === BallotRule.OwnersArt278 ? rng.pick([Art278Matter.Ordinary, Art278Matter.Major]) : null,
        quorum: rule !== BallotRule.OwnersArt278 && rng.chance(0.5) ? { numerator: 1, denominator: 2 } : null,
        secret,
        opensAt,
        closesAt: open ? opensAt + rng.int(7, 14) * DAY : opensAt + rng.int(3, 10) * DAY,
        turnout: open ? rng.between(0.1, 0.6) : rng.between(0.35, 0.97),
        yes: rng.between(0.35, 0.9),
        no: 0,
      });
    }

    // Topics that never came to a vote: waiting for review, declined, under discussion.
    for (let i = 0; i < plan.ballots; i++) {
      const community = communities[rng.weighted(cumulative)];
      const roll = rng.float();
      const status = roll < 0.3 ? TopicStatus.Proposed : roll < 0.5 ? TopicStatus.Declined : TopicStatus.Discussing;
      const age =
        status === TopicStatus.Proposed
          ? rng.int(HOUR, 10 * DAY)
          : status === TopicStatus.Discussing
            ? rng.int(DAY, 60 * DAY)
            : rng.int(10 * DAY, now - start - 10 * DAY);
      this.topic(community, this.scopeIn(community), now - age + 30 * DAY, status, now - age);
    }

    const owners1k = await this.tally(this.city.communities.find((c) => c.kind === 'owners1k')!);
    const owners10k = await this.tally(this.city.communities.find((c) => c.kind === 'owners10k')!);
    this.emitTopics();
    return { owners1k, owners10k };
  }

  /** A building (most topics), a grid, or a whole (small enough) community. */
  private scopeIn(community: Community): Scope {
    const rng = this.rng;
    const roll = rng.float();
    if (roll < 0.1 && community.hhEnd - community.hhStart <= 1_500) return { placeId: community.id, hhStart: community.hhStart, hhEnd: community.hhEnd };
    const grid = rng.pick(community.grids);
    if (roll < 0.4) return { placeId: grid.id, hhStart: grid.hhStart, hhEnd: grid.hhEnd };
    const building = rng.pick(grid.buildings);
    return { placeId: building.id, hhStart: building.hhStart, hhEnd: building.hhEnd };
  }

  /**
   * A topic, raised `createdAt` (default: a week or more before `voteAt`), taken up by the secretary
   * unless it is still waiting or was declined.
   */
  private topic(community: Community, scope: Scope, voteAt: number, status: TopicStatus, createdAt?: number): TopicSpec {
    const { rng, ctx, city } = this;
    const created = createdAt ?? Math.max(ctx.start, voteAt - rng.int(7, 25) * DAY);
    const official = rng.chance(0.3);
    let proposer = community.secretary;
    if (!official) {
      const start = city.householdUserStart[scope.hhStart];
      const end = city.householdUserStart[scope.hhEnd - 1] + city.householdUserCount[scope.hhEnd - 1];
      proposer = end > start ? rng.int(start, end - 1) : rng.pick(community.adults);
      if (!city.userAdult[proposer] || proposer === community.secretary) proposer = rng.pick(community.adults);
    }
    const template = rng.pick(TOPIC_TEMPLATES);
    const accepted = status !== TopicStatus.Proposed && status !== TopicStatus.Declined;
    const reviewedAt = status === TopicStatus.Proposed ? null : Math.min(created + rng.int(4 * HOUR, 3 * DAY), voteAt - HOUR, ctx.now - MINUTE);
    const spec: TopicSpec = {
      id: '',
      community,
      title: template.title,
      body: template.body,
      scope,
      status,
      proposer,
      official: official || proposer === community.secretary,
      declineReason: status === TopicStatus.Declined ? rng.pick(DECLINE_REASONS) : null,
      createdAt: created,
      acceptedAt: accepted ? reviewedAt : null,
      updatedAt: reviewedAt ?? created,
      discussedUntil: Math.min(voteAt, ctx.now - MINUTE),
    };
    this.topics.push(spec);
    return spec;
  }

  /** Topic rows in creation order, with their comments and the points a resident's accepted topic earns. */
  private emitTopics(): void {
    const { ctx, city, rng, sinks } = this;
    this.topics.sort((a, b) => a.createdAt - b.createdAt);
    for (const t of this.topics) {
      if (!t.id) t.id = ctx.idAt(t.createdAt);
    }
    for (const t of this.topics) {
      const secretary = t.community.secretary;
      let comments = 0;
      // Each comment bumps the topic's count, and so its updated_at (ON UPDATE CURRENT_TIMESTAMP).
      let touched = t.updatedAt;
      if (t.acceptedAt !== null && t.discussedUntil > t.acceptedAt) {
        const count = rng.int(0, 6);
        const times = Array.from({ length: count }, () => t.acceptedAt! + Math.floor(rng.float() * (t.discussedUntil - t.acceptedAt!))).sort((a, b) => a - b);
        let firstId: string | null = null;
        for (const at of times) {
          const author = rng.chance(0.2) ? secretary : rng.pick(t.community.adults);
          const id = ctx.idAt(at);
          const parent = firstId && rng.chance(0.3) ? firstId : null;
          sinks.comment.add(
            `'${id}'`,
            `'${t.id}'`,
            `'${t.community.id}'`,
            parent ? `'${parent}'` : 'NULL',
            `'${city.userIds[author]}'`,
            bool(author === secretary),
            text(rng.pick(COMMENTS)),
            '0',
            'NULL',
            'NULL',
            '0',
            time(at),
          );
          firstId ??= id;
          comments++;
          if (at > touched && t.status !== TopicStatus.Voting && t.status !== TopicStatus.Decided) touched = at;
        }
      }
      sinks.topic.add(
        `'${t.id}'`,
        `'${t.community.id}'`,
        text(t.title),
        text(t.body),
        `'${ScopeKind.Place}'`,
        `'${t.scope.placeId}'`,
        'NULL',
        `'${t.status}'`,
        `'${city.userIds[t.proposer]}'`,
        bool(t.official),
        textOrNull(t.declineReason),
        t.status === TopicStatus.Proposed ? 'NULL' : `'${city.userIds[secretary]}'`,
        String(comments),
        '0',
        'NULL',
        time(t.createdAt),
        time(touched),
      );
      if (t.acceptedAt !== null && !t.official && DELIBERATION_DEFAULTS.acceptedTopicPoints > 0) {
        sinks.points.add(
          `'${ctx.idAt(t.acceptedAt)}'`,
          `'${city.userIds[t.proposer]}'`,
          `'${t.community.id}'`,
          String(DELIBERATION_DEFAULTS.acceptedTopicPoints),
          text(`议题被受理：${t.title}`),
          `'${PointsSource.Topic}'`,
          `'${t.id}'`,
          'NULL',
          'NULL',
          `'${city.userIds[secretary]}'`,
          time(t.acceptedAt),
        );
      }
    }
  }

  /** The frozen roll for a rule over the scope's households, in BallotRolls' order. */
  private roll(rule: BallotRule, scope: Scope): Line[] {
    const city = this.city;
    const households: number[] = [];
    for (let h = scope.hhStart; h < scope.hhEnd; h++) households.push(h);
    const buildingName = (h: number) => city.buildings[city.householdBuilding[h]].name;
    const adultsOf = (h: number) => {
      const out: number[] = [];
      for (let u = city.householdUserStart[h]; u < city.householdUserStart[h] + city.householdUserCount[h]; u++) if (city.userAdult[u]) out.push(u);
      return out;
    };
    switch (rule) {
      case BallotRule.Simple:
      case BallotRule.Acceptance:
        // Users are numbered in id order, so this is the roll sorted by user id.
        return households
          .flatMap(adultsOf)
          .sort((a, b) => a - b)
          .map((u) => ({
            voterKey: `user:${city.userIds[u]}`,
            userId: city.userIds[u],
            householdId: null,
            ownerId: null,
            area: 0,
            label: '本人',
            voters: [u],
          }));
      case BallotRule.Household:
        return households.map((h) => ({
          voterKey: `household:${city.householdIds[h]}`,
          userId: null,
          householdId: city.householdIds[h],
          ownerId: null,
          area: 0,
          label: `${buildingName(h)} ${city.householdLabels[h]}`,
          voters: adultsOf(h),
        }));
      case BallotRule.OwnersArt278: {
        const byId = new Map(households.map((h) => [city.householdIds[h], h]));
        const electors = ownersElectorate(
          households.map((h) => {
            const owner = city.householdOwner[h];
            return {
              unitId: city.householdIds[h],
              ownerId: city.ownerIds[owner],
              ownerKind: city.ownerDeveloper[owner] ? OwnerKind.Developer : OwnerKind.Person,
              areaHundredths: city.householdArea[h],
            };
          }),
        );
        return electors.map((e) => {
          // Every unit of an elector has the same owner (or is the developer's): the first unit names them.
          const user = e.key === 'developer' ? -1 : city.ownerUser[city.householdOwner[byId.get(e.unitIds[0])!]];
          const label =
            e.key === 'developer'
              ? `开发商未售房屋 ${e.unitIds.length} 套（合计一人）`
              : e.unitIds.length === 1
                ? `${buildingName(byId.get(e.unitIds[0])!)} ${city.householdLabels[byId.get(e.unitIds[0])!]}`
                : `${e.unitIds.length} 套房屋（按一人计）`;
          return {
            voterKey: e.key,
            userId: null,
            householdId: e.unitIds.length === 1 ? e.unitIds[0] : null,
            ownerId: e.ownerId,
            area: e.areaHundredths,
            label,
            voters: user >= 0 ? [user] : [],
          };
        });
      }
    }
  }

  /** One ballot: options, roll, votes, and for a closed one its frozen outcome and decision. */
  private async ballot(plan: BallotPlan): Promise<string | null> {
    const { ctx, city, rng, sinks } = this;
    const now = ctx.now;
    const lines = this.roll(plan.rule, plan.topic.scope);
    if (lines.length === 0 || lines.every((l) => l.voters.length === 0)) {
      // Nobody to vote (a building of empty flats): the topic stays under discussion instead.
      plan.topic.status = TopicStatus.Discussing;
      return null;
    }
    const id = ctx.idAt(plan.opensAt);
    const secretary = plan.community.secretary;
    const options = OPTION_KINDS.map((kind, position) => ({ id: ctx.idAt(plan.opensAt), kind, label: BALLOT_OPTION_LABELS[kind], position }));
    for (const o of options) sinks.option.add(`'${o.id}'`, `'${id}'`, String(o.position), `'${o.kind}'`, text(o.label));
    let area = 0;
    for (const line of lines) {
      area += line.area;
      sinks.elector.add(
        `'${ctx.idAt(plan.opensAt)}'`,
        `'${id}'`,
        text(line.voterKey),
        line.userId ? `'${line.userId}'` : 'NULL',
        line.householdId ? `'${line.householdId}'` : 'NULL',
        line.ownerId ? `'${line.ownerId}'` : 'NULL',
        String(line.area),
        text(line.label),
      );
    }
    const closed = plan.closesAt <= now;
    const castUntil = Math.min(plan.closesAt, now) - MINUTE;
    const votes: { optionId: string; areaHundredths: number }[] = [];
    for (const line of lines) {
      if (line.voters.length === 0 || !rng.chance(plan.turnout)) continue;
      const voter = rng.pick(line.voters);
      const castAt = plan.opensAt + Math.floor(rng.float() * (castUntil - plan.opensAt));
      const roll = rng.float();
      const choice = roll < plan.yes ? 0 : roll < plan.yes + (plan.no || (1 - plan.yes) * 0.75) ? 1 : 2;
      const option = options[choice];
      sinks.participation.add(`'${ctx.idAt(castAt)}'`, `'${id}'`, text(line.voterKey), `'${city.userIds[voter]}'`, time(castAt));
      sinks.vote.add(`'${uuidV4(ctx.idRng)}'`, `'${id}'`, plan.secret ? 'NULL' : text(line.voterKey), `'${option.id}'`, String(line.area));
      votes.push({ optionId: option.id, areaHundredths: line.area });
    }

    let closedAt: number | null = null;
    let outcome: ReturnType<typeof tallyBallot> | null = null;
    if (closed) {
      closedAt = plan.closesAt + rng.int(1_000, MINUTE);
      outcome = tallyBallot({
        rule: plan.rule,
        matter: plan.matter,
        quorum: plan.quorum,
        threshold: null,
        options: options.map((o) => ({ id: o.id, kind: o.kind, label: o.label })),
        electorate: { count: lines.length, areaHundredths: area },
        votes,
      });
      plan.topic.status = TopicStatus.Decided;
      plan.topic.updatedAt = closedAt;
      if (outcome.passed) {
        const decisionId = ctx.idAt(closedAt);
        const filed = rng.chance(0.6);
        const updatedAt = filed ? closedAt + rng.int(HOUR, 5 * DAY) : closedAt;
        sinks.decision.add(
          `'${decisionId}'`,
          `'${plan.community.id}'`,
          `'${plan.topic.id || (plan.topic.id = ctx.idAt(plan.topic.createdAt))}'`,
          `'${id}'`,
          text(plan.topic.title),
          `'${filed ? rng.pick([DecisionList.Project, DecisionList.Responsibility, DecisionList.Need]) : DecisionList.Project}'`,
          `'${DecisionStatus.InProgress}'`,
          filed ? text(rng.pick(DECISION_RESPONSIBLE)) : 'NULL',
          time(closedAt),
          time(Math.min(updatedAt, now - MINUTE)),
        );
      }
    } else {
      plan.topic.status = TopicStatus.Voting;
      plan.topic.updatedAt = plan.opensAt;
    }
    plan.topic.id ||= ctx.idAt(plan.topic.createdAt);
    const matter = plan.matter ? `'${plan.matter}'` : 'NULL';
    sinks.ballot.add(
      `'${id}'`,
      `'${plan.community.id}'`,
      `'${plan.topic.id}'`,
      'NULL',
      text(plan.title),
      `'${plan.rule}'`,
      matter,
      intOrNull(plan.quorum?.numerator),
      intOrNull(plan.quorum?.denominator),
      'NULL',
      'NULL',
      bool(plan.secret),
      bool(!plan.secret && rng.chance(0.5)),
      `'${ScopeKind.Place}'`,
      `'${plan.topic.scope.placeId}'`,
      'NULL',
      String(lines.length),
      String(area),
      time(plan.opensAt),
      time(plan.closesAt),
      `'${closed ? BallotStatus.Closed : BallotStatus.Open}'`,
      timeOrNull(closedAt),
      closed ? bool(outcome!.passed) : 'NULL',
      outcome ? json(outcome) : 'NULL',
      `'${city.userIds[secretary]}'`,
      time(plan.opensAt),
      time(closedAt ?? plan.opensAt),
    );
    await ctx.loader.pace();
    return id;
  }

  /**
   * The benchmark's Art. 278 ballots in a tally community: 12 open owners' ballots over the whole
   * community, every owner on the roll has voted (a mix of choices), so the secretary may close
   * each at once and the closing transaction tallies all of them.
   */
  private async tally(community: Community): Promise<TallyFixture> {
    const { ctx } = this;
    const now = ctx.now;
    const scope: Scope = { placeId: community.id, hhStart: community.hhStart, hhEnd: community.hhEnd };
    const ballotIds: string[] = [];
    for (let k = 0; k < this.ctx.plan.ballotsPerTally; k++) {
      const template = TOPIC_TEMPLATES[k % TOPIC_TEMPLATES.length];
      const createdAt = now - 20 * DAY + k * MINUTE;
      const topic: TopicSpec = {
        id: '',
        community,
        title: `${template.title}（业主共同决定 ${k + 1}）`,
        body: template.body,
        scope,
        status: TopicStatus.Voting,
        proposer: community.secretary,
        official: true,
        declineReason: null,
        createdAt,
        acceptedAt: createdAt + HOUR,
        updatedAt: createdAt,
        discussedUntil: now - 5 * DAY,
      };
      this.topics.push(topic);
      const yes = [0.9, 0.8, 0.72, 0.6, 0.5, 0.4][k % 6];
      const id = await this.ballot({
        community,
        topic,
        title: `业主表决：${topic.title}`.slice(0, 60),
        rule: BallotRule.OwnersArt278,
        matter: k % 2 === 0 ? Art278Matter.Ordinary : Art278Matter.Major,
        quorum: null,
        secret: k % 4 === 3,
        opensAt: now - 5 * DAY + k * MINUTE,
        closesAt: now + 10 * DAY,
        turnout: 1,
        yes,
        no: (1 - yes) * 0.8,
      });
      if (!id) throw new Error(`the tally community ${community.name} has nobody to vote`);
      ballotIds.push(id);
    }
    return { communityId: community.id, secretaryUserId: this.city.userIds[community.secretary], ballotIds };
  }
}
