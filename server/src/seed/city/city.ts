import {
  AvailabilitySlot,
  childPath,
  ConsentKind,
  CURRENT_POLICY,
  HouseholdRelation,
  OwnerKind,
  PlaceLevel,
  RegistrationStatus,
  registrationSlot,
  Role,
} from '@linli/shared';
import { DAY, HOUR, MINUTE, SeedContext } from './context';
import { Random } from './random';
import { bool, json, text, textOrNull, time, timeOrNull } from './sql';
import {
  AGREEMENT,
  communityName,
  districtName,
  flatLabel,
  gridName,
  personName,
  phoneOf,
  SKILLS,
  streetName,
  UNIT_RESOURCES,
  WORK_UNIT_TEMPLATES,
} from './texts';
import { RESIDENTS_PER_HOUSEHOLD } from './plan';

export type CommunityKind = 'busy' | 'ordinary' | 'owners1k' | 'owners10k';

export interface PlaceRow {
  id: string;
  name: string;
  path: string;
}

export interface Building extends PlaceRow {
  grid: Grid;
  /** Households [hhStart, hhEnd) of the city's household arrays. */
  hhStart: number;
  hhEnd: number;
}

export interface Grid extends PlaceRow {
  community: Community;
  buildings: Building[];
  hhStart: number;
  hhEnd: number;
  /** The grid worker (网格员), a user index. */
  worker: number;
}

export interface Community extends PlaceRow {
  index: number;
  kind: CommunityKind;
  street: PlaceRow;
  grids: Grid[];
  hhStart: number;
  hhEnd: number;
  /** Adult residents (user indices). */
  adults: number[];
  /** Approved double-reported Party members living here (user indices). */
  members: number[];
  /** The community Party secretary (user index; lives here). */
  secretary: number;
  /** Approved unit registrations: the contact (user index) and the unit (index). */
  units: { contact: number; unit: number }[];
  latitude: number;
  longitude: number;
}

/** Skills as a bit set per member (for posts that require one). */
const SKILL_BIT = new Map(SKILLS.map((s, i) => [s, 1 << i]));

/**
 * The people and places of the city, kept in flat arrays (a million users must stay small in
 * memory) and written to the database as they are made.
 */
export class City {
  readonly communities: Community[] = [];
  readonly streets: PlaceRow[] = [];
  readonly buildings: Building[] = [];

  readonly userIds: string[] = [];
  /** Home household of each user, -1 for none (street officers, unit contacts). */
  readonly userHousehold: number[] = [];
  readonly userAdult: boolean[] = [];
  /** Member skills as bits, for members only (0 otherwise). */
  readonly memberSkills = new Map<number, number>();

  readonly householdIds: string[] = [];
  readonly householdLabels: string[] = [];
  readonly householdBuilding: number[] = [];
  readonly householdArea: number[] = [];
  readonly householdOwner: number[] = [];
  readonly householdUserStart: number[] = [];
  readonly householdUserCount: number[] = [];

  readonly ownerIds: string[] = [];
  /** The owner's user index, -1 for an owner without an account. */
  readonly ownerUser: number[] = [];
  readonly ownerDeveloper: boolean[] = [];

  readonly workUnitIds: string[] = [];

  userName(user: number): string {
    return personName(user);
  }

  hasSkill(user: number, skill: string): boolean {
    return ((this.memberSkills.get(user) ?? 0) & (SKILL_BIT.get(skill as never) ?? 0)) !== 0;
  }

  communityOfHousehold(h: number): Community {
    return this.buildings[this.householdBuilding[h]].grid.community;
  }
}

const C = {
  place: ['id', 'name', 'level', 'parent_id', 'path', 'created_at'],
  household: ['id', 'building_id', 'community_id', 'label', 'area_hundredths', 'owner_id', 'created_at'],
  owner: ['id', 'kind', 'name', 'user_id', 'created_at'],
  user: ['id', 'display_name', 'phone', 'care_mode', 'home_household_id', 'created_at', 'updated_at'],
  member: ['id', 'household_id', 'user_id', 'relation', 'is_adult', 'created_at'],
  grant: ['id', 'user_id', 'role', 'place_id', 'granted_by', 'created_at'],
  consent: ['id', 'user_id', 'kind', 'policy_version', 'subject_id', 'given_by', 'method', 'created_at'],
  unit: ['id', 'name', 'kind', 'party_org_name', 'created_by', 'created_at'],
  memberRegistration: [
    'id',
    'user_id',
    'community_id',
    'household_id',
    'real_name',
    'phone',
    'unit_id',
    'skills',
    'skills_note',
    'availability',
    'status',
    'slot',
    'decided_by',
    'decided_at',
    'reject_reason',
    'ended_at',
    'created_at',
    'updated_at',
  ],
  unitRegistration: [
    'id',
    'unit_id',
    'community_id',
    'contact_user_id',
    'contact_name',
    'contact_phone',
    'resources',
    'agreement_text',
    'status',
    'slot',
    'decided_by',
    'decided_at',
    'reject_reason',
    'ended_at',
    'created_at',
    'updated_at',
  ],
} as const;

const AVAILABILITY = Object.values(AvailabilitySlot);

/** Builds the administrative tree, the households with their owners and residents, roles and double reporting. */
export class CityBuilder {
  readonly city = new City();
  private readonly rng: Random;
  private readonly sinks;
  private readonly clocks;
  /** Each work unit's contact person, made when the unit first registers somewhere. */
  private readonly unitContact = new Map<number, number>();

  constructor(private readonly ctx: SeedContext) {
    this.rng = ctx.random('city');
    const table = (name: string, columns: readonly string[]) => ctx.loader.table(name, columns);
    this.sinks = {
      place: table('place', C.place),
      household: table('household', C.household),
      owner: table('owner', C.owner),
      user: table('app_user', C.user),
      member: table('household_member', C.member),
      grant: table('role_grant', C.grant),
      consent: table('privacy_consent', C.consent),
      unit: table('work_unit', C.unit),
      memberRegistration: table('member_registration', C.memberRegistration),
      unitRegistration: table('unit_registration', C.unitRegistration),
    };
    const at = ctx.importAt;
    this.clocks = {
      place: ctx.clock('place', at),
      household: ctx.clock('household', at + 2 * DAY),
      owner: ctx.clock('owner', at + 2 * DAY),
      user: ctx.clock('app_user', at + 5 * DAY),
      member: ctx.clock('household_member', at + 5 * DAY),
      grant: ctx.clock('role_grant', at + 6 * DAY),
      consent: ctx.clock('privacy_consent', at + 5 * DAY),
      unit: ctx.clock('work_unit', at + 8 * DAY),
      memberRegistration: ctx.clock('member_registration', at + 10 * DAY),
      unitRegistration: ctx.clock('unit_registration', at + 9 * DAY),
    };
  }

  async build(): Promise<City> {
    const { plan } = this.ctx;
    this.workUnits();
    const districts = Array.from({ length: plan.districts }, (_, i) => this.place(districtName(i), PlaceLevel.District, null));
    for (const district of districts) this.staff(district, Role.Admin);
    const streets = Array.from({ length: plan.streets }, (_, i) =>
      this.place(streetName(i), PlaceLevel.Street, districts[Math.floor((i * plan.districts) / plan.streets)]),
    );
    this.city.streets.push(...streets);
    for (const street of streets) this.staff(street, Role.StreetOfficer);

    // Residents per ordinary community: the busy one first, the rest share what is left (±30%).
    const others = plan.communities - 1;
    const weights = Array.from({ length: others }, () => this.rng.between(0.7, 1.3));
    const total = weights.reduce((a, b) => a + b, 0);
    const targets = [plan.busyResidents, ...weights.map((w) => Math.max(60, Math.round(((plan.residents - plan.busyResidents) * w) / total)))];
    for (let c = 0; c < plan.communities; c++) {
      const street = streets[Math.floor((c * plan.streets) / plan.communities)];
      await this.community(c === 0 ? 'busy' : 'ordinary', street, targets[c]);
    }
    // The two Art. 278 tally communities, in the busy community's street.
    await this.community('owners1k', streets[0], plan.tallySizes.owners1k);
    await this.community('owners10k', streets[0], plan.tallySizes.owners10k);
    return this.city;
  }

  private place(name: string, level: PlaceLevel, parent: PlaceRow | null): PlaceRow {
    const at = this.clocks.place.tick(this.clocks.place.tick() + 999);
    const id = this.ctx.idAt(at);
    const path = childPath(parent?.path ?? null, id);
    this.sinks.place.add(`'${id}'`, text(name), `'${level}'`, parent ? `'${parent.id}'` : 'NULL', `'${path}'`, time(at));
    return { id, name, path };
  }

  /** A user row; `household` is their home (-1 for none). */
  private user(household: number, adult: boolean): number {
    const index = this.city.userIds.length;
    const at = this.clocks.user.tick();
    const id = this.ctx.idAt(at);
    this.city.userIds.push(id);
    this.city.userHousehold.push(household);
    this.city.userAdult.push(adult);
    const careMode = adult && this.rng.chance(0.03);
    this.sinks.user.add(
      `'${id}'`,
      text(personName(index)),
      `'${phoneOf(index)}'`,
      bool(careMode),
      household >= 0 ? `'${this.city.householdIds[household]}'` : 'NULL',
      time(at),
      time(at),
    );
    // Everyone in a live city has agreed to the current documents at their first login (the
    // server admits nobody who has not); the bench's users are such people.
    const agreedAt = this.clocks.consent.tick();
    this.sinks.consent.add(
      `'${this.ctx.idAt(agreedAt)}'`,
      `'${id}'`,
      `'${ConsentKind.Policy}'`,
      text(CURRENT_POLICY.version),
      "''",
      `'${id}'`,
      "'app'",
      time(agreedAt),
    );
    return index;
  }

  private grant(user: number, role: Role, placeId: string, grantedBy: number | null): void {
    const at = this.clocks.grant.tick();
    this.sinks.grant.add(
      `'${this.ctx.idAt(at)}'`,
      `'${this.city.userIds[user]}'`,
      `'${role}'`,
      `'${placeId}'`,
      grantedBy === null ? 'NULL' : `'${this.city.userIds[grantedBy]}'`,
      time(at),
    );
  }

  /** A street officer or district admin: an account with no home, and the role over the place. */
  private staff(place: PlaceRow, role: Role): void {
    this.grant(this.user(-1, true), role, place.id, null);
  }

  private workUnits(): void {
    const count = this.ctx.plan.workUnits;
    for (let i = 0; i < count; i++) {
      const template = WORK_UNIT_TEMPLATES[i % WORK_UNIT_TEMPLATES.length];
      const round = Math.floor(i / WORK_UNIT_TEMPLATES.length);
      const prefix = template.kind === 'government' ? '' : ['第一', '第二', '第三', '市', '东湖', '长江', '光谷', '汉江'][round % 8];
      const name = round === 0 ? `${prefix}${template.suffix}` : `${prefix}${template.suffix}（${round + 1}）`;
      const at = this.clocks.unit.tick(this.clocks.unit.tick() + 59_999);
      const id = this.ctx.idAt(at);
      this.city.workUnitIds.push(id);
      this.sinks.unit.add(`'${id}'`, text(name), `'${template.kind}'`, text(`${name}${template.org}`), 'NULL', time(at));
    }
  }

  private async community(kind: CommunityKind, street: PlaceRow, residents: number): Promise<void> {
    const city = this.city;
    const tally = kind === 'owners1k' || kind === 'owners10k';
    const index = city.communities.length;
    const row = this.place(
      kind === 'owners1k' ? '业主表决示范社区' : kind === 'owners10k' ? '业主表决大型社区' : communityName(index),
      PlaceLevel.Community,
      street,
    );
    const community: Community = {
      ...row,
      index,
      kind,
      street,
      grids: [],
      hhStart: city.householdIds.length,
      hhEnd: 0,
      adults: [],
      members: [],
      secretary: -1,
      units: [],
      latitude: 30.58 + this.rng.between(-0.15, 0.15),
      longitude: 114.3 + this.rng.between(-0.2, 0.2),
    };
    city.communities.push(community);

    // Tally communities: exactly `residents` households, one owner living in each; 100 flats a building.
    const households = tally ? residents : Math.max(20, Math.round(residents / RESIDENTS_PER_HOUSEHOLD));
    const gridCount = tally ? Math.max(1, Math.round(households / 1_000)) : Math.max(1, Math.round(residents / 100));
    let developer = -1;
    const landlords: number[] = [];
    for (let g = 0; g < gridCount; g++) {
      const grid: Grid = {
        ...this.place(gridName(g), PlaceLevel.Grid, community),
        community,
        buildings: [],
        hhStart: city.householdIds.length,
        hhEnd: 0,
        worker: -1,
      };
      community.grids.push(grid);
      let quota = Math.floor((households * (g + 1)) / gridCount) - Math.floor((households * g) / gridCount);
      let number = 0;
      while (quota > 0) {
        const size = Math.min(quota, tally ? 100 : this.rng.pick([12, 18, 24, 24, 36, 48, 66]));
        quota -= size;
        const floors = size <= 24 ? 6 : size <= 66 ? 11 : 10;
        const buildingRow = this.place(`${++number + g * 20}号楼`, PlaceLevel.Building, grid);
        const building: Building = { ...buildingRow, grid, hhStart: city.householdIds.length, hhEnd: 0 };
        const buildingIndex = city.buildings.length;
        city.buildings.push(building);
        grid.buildings.push(building);
        for (let j = 0; j < size; j++) {
          const vacant = !tally && this.rng.chance(0.01);
          if (vacant && developer < 0) developer = this.owner(-1, true, '长江置业有限公司');
          this.household(community, buildingIndex, flatLabel(j, floors), vacant ? developer : -1, tally, landlords);
        }
        building.hhEnd = city.householdIds.length;
        await this.ctx.loader.pace();
      }
      grid.hhEnd = city.householdIds.length;
    }
    community.hhEnd = city.householdIds.length;
    this.roles(community);
    if (!tally) this.reporting(community);
  }

  private owner(user: number, developer: boolean, name: string): number {
    const index = this.city.ownerIds.length;
    const at = this.clocks.owner.tick();
    const id = this.ctx.idAt(at);
    this.city.ownerIds.push(id);
    this.city.ownerUser.push(user);
    this.city.ownerDeveloper.push(developer);
    this.sinks.owner.add(
      `'${id}'`,
      `'${developer ? OwnerKind.Developer : OwnerKind.Person}'`,
      text(name),
      user >= 0 ? `'${this.city.userIds[user]}'` : 'NULL',
      time(at),
    );
    return index;
  }

  /**
   * One flat: its owner (the developer's for an unsold one; the head of the household when they
   * own it; otherwise a landlord, sometimes one who lives in the community) and its residents.
   */
  private household(community: Community, building: number, label: string, developerOwner: number, tally: boolean, landlords: number[]): void {
    const city = this.city;
    const h = city.householdIds.length;
    const at = this.clocks.household.tick();
    const id = this.ctx.idAt(at);
    city.householdIds.push(id);
    city.householdLabels.push(label);
    city.householdBuilding.push(building);
    const area = tally ? this.rng.int(5_000, 14_000) : this.rng.int(4_500, 16_000);
    city.householdArea.push(area);
    city.householdUserStart.push(city.userIds.length);

    let size = 0;
    if (developerOwner < 0) {
      const roll = this.rng.float();
      size = tally ? 1 : roll < 0.1 ? 1 : roll < 0.35 ? 2 : roll < 0.65 ? 3 : roll < 0.87 ? 4 : 5;
    }
    const ownerOccupied = tally || this.rng.chance(0.85);
    const first = city.userIds.length;
    for (let k = 0; k < size; k++) this.user(h, k < 2 || this.rng.chance(0.55));
    city.householdUserCount.push(size);

    let owner = developerOwner;
    if (owner < 0) {
      if (ownerOccupied) {
        owner = this.owner(first, false, personName(first));
        landlords.push(owner);
      } else if (landlords.length > 0 && this.rng.chance(0.3)) {
        owner = this.rng.pick(landlords);
      } else {
        owner = this.owner(-1, false, personName(1e9 + h));
      }
    }
    city.householdOwner.push(owner);
    this.sinks.household.add(
      `'${id}'`,
      `'${city.buildings[building].id}'`,
      `'${community.id}'`,
      text(label),
      String(area),
      `'${city.ownerIds[owner]}'`,
      time(at),
    );

    for (let k = 0; k < size; k++) {
      const user = first + k;
      const relation =
        k === 0 ? (ownerOccupied ? HouseholdRelation.Owner : HouseholdRelation.Tenant) : ownerOccupied ? HouseholdRelation.Resident : HouseholdRelation.Tenant;
      const memberAt = this.clocks.member.tick();
      this.sinks.member.add(`'${this.ctx.idAt(memberAt)}'`, `'${id}'`, `'${city.userIds[user]}'`, `'${relation}'`, bool(city.userAdult[user]), time(memberAt));
      this.grant(user, Role.Resident, community.id, null);
      if (city.userAdult[user]) community.adults.push(user);
    }
  }

  /** The secretary (a resident) and one grid worker per grid. */
  private roles(community: Community): void {
    community.secretary = community.adults[0];
    this.grant(community.secretary, Role.Secretary, community.id, null);
    for (const grid of community.grids) {
      const start = this.city.householdUserStart[grid.hhStart];
      const end = grid.hhEnd > grid.hhStart ? this.city.householdUserStart[grid.hhEnd - 1] + this.city.householdUserCount[grid.hhEnd - 1] : start;
      let worker = -1;
      for (let attempt = 0; attempt < 20 && end > start; attempt++) {
        const candidate = this.rng.int(start, end - 1);
        if (this.city.userAdult[candidate] && candidate !== community.secretary) {
          worker = candidate;
          break;
        }
      }
      if (worker < 0) worker = community.adults.find((u) => u !== community.secretary) ?? community.secretary;
      grid.worker = worker;
      this.grant(worker, Role.GridWorker, grid.id, community.secretary);
    }
  }

  /**
   * Double reporting (双报到): approved members (party_member granted by the secretary), a few
   * pending and rejected applications, and the work units reported to the community.
   */
  private reporting(community: Community): void {
    const { plan } = this.ctx;
    const city = this.city;
    const candidates = community.adults.filter((u) => u !== community.secretary);
    const wanted = community.kind === 'busy' ? plan.busyMembers : Math.max(2, Math.round(candidates.length * plan.otherMemberShare));
    const chosen = this.rng.sample(candidates, Math.min(wanted, candidates.length)).sort((a, b) => a - b);
    const chosenSet = new Set(chosen);
    const applicants = candidates.filter((u) => !chosenSet.has(u));
    const pending = this.rng.sample(applicants, Math.max(1, Math.round(chosen.length * 0.02)));
    const pendingSet = new Set(pending);
    const rejected = this.rng.sample(
      applicants.filter((u) => !pendingSet.has(u)),
      Math.round(chosen.length * 0.01),
    );

    for (const user of chosen) {
      const skills = this.rng.sample(SKILLS, this.rng.int(1, 3));
      city.memberSkills.set(
        user,
        skills.reduce((bits, s) => bits | SKILL_BIT.get(s)!, 0),
      );
      this.memberRegistration(community, user, skills, RegistrationStatus.Approved);
      this.grant(user, Role.PartyMember, community.id, community.secretary);
      community.members.push(user);
    }
    for (const user of pending) this.memberRegistration(community, user, this.rng.sample(SKILLS, 1), RegistrationStatus.Pending);
    for (const user of rejected) this.memberRegistration(community, user, this.rng.sample(SKILLS, 1), RegistrationStatus.Rejected);

    // Units on the joint committee (大党委): a few approved, now and then one waiting for review.
    const unitCount = community.kind === 'busy' ? 5 : this.rng.int(1, 3);
    const units = this.rng.sample(
      Array.from({ length: city.workUnitIds.length }, (_, i) => i),
      unitCount + 1,
    );
    units.forEach((unit, i) => {
      const approved = i < unitCount;
      if (!approved && !this.rng.chance(0.2)) return;
      let contact = this.unitContact.get(unit);
      if (contact === undefined) {
        contact = this.user(-1, true);
        this.unitContact.set(unit, contact);
      }
      this.unitRegistration(community, unit, contact, approved ? RegistrationStatus.Approved : RegistrationStatus.Pending);
      if (approved) {
        this.grant(contact, Role.UnitContact, community.id, community.secretary);
        community.units.push({ contact, unit });
      }
    });
  }

  private memberRegistration(community: Community, user: number, skills: string[], status: RegistrationStatus): void {
    const city = this.city;
    const at = this.clocks.memberRegistration.tick();
    const decided = status !== RegistrationStatus.Pending;
    const decidedAt = decided ? at + this.rng.int(2 * HOUR, 3 * DAY) : null;
    const availability = this.rng.sample(AVAILABILITY, this.rng.int(1, 2));
    this.sinks.memberRegistration.add(
      `'${this.ctx.idAt(at)}'`,
      `'${city.userIds[user]}'`,
      `'${community.id}'`,
      `'${city.householdIds[city.userHousehold[user]]}'`,
      text(personName(user)),
      `'${phoneOf(user)}'`,
      `'${city.workUnitIds[this.rng.int(0, city.workUnitIds.length - 1)]}'`,
      json(skills),
      'NULL',
      json(availability),
      `'${status}'`,
      textOrNull(registrationSlot(status)),
      decided ? `'${city.userIds[community.secretary]}'` : 'NULL',
      timeOrNull(decidedAt),
      status === RegistrationStatus.Rejected ? text('所填工作单位信息有误，请核实后重新报到') : 'NULL',
      'NULL',
      time(at),
      time(decidedAt ?? at),
    );
  }

  private unitRegistration(community: Community, unit: number, contact: number, status: RegistrationStatus): void {
    const city = this.city;
    const at = this.clocks.unitRegistration.tick(this.clocks.unitRegistration.tick() + MINUTE);
    const decidedAt = status === RegistrationStatus.Approved ? at + this.rng.int(HOUR, 5 * DAY) : null;
    this.sinks.unitRegistration.add(
      `'${this.ctx.idAt(at)}'`,
      `'${city.workUnitIds[unit]}'`,
      `'${community.id}'`,
      `'${city.userIds[contact]}'`,
      text(personName(contact)),
      `'${phoneOf(contact)}'`,
      json(this.rng.sample(UNIT_RESOURCES, this.rng.int(1, 3))),
      text(AGREEMENT),
      `'${status}'`,
      textOrNull(registrationSlot(status)),
      decidedAt ? `'${city.userIds[community.secretary]}'` : 'NULL',
      timeOrNull(decidedAt),
      'NULL',
      'NULL',
      time(at),
      time(decidedAt ?? at),
    );
  }
}
