import { HouseholdRelation, OwnerKind, RegisterDiff, RegisterPerson, RegisterRemoval, RegisterResident, Role } from '@linli/shared';
import { EntityManager, In } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { execute, insertRows, placeholders, selectRows } from '../database/plain-sql';
import { newId } from '../database/ids';
import { BallotElector } from '../deliberation/ballot-elector.entity';
import { TopicHousehold } from '../deliberation/topic-household.entity';
import { User } from '../identity/user.entity';
import { Household } from '../places/household.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { HouseholdOwner } from '../places/household-owner.entity';
import { Owner } from '../places/owner.entity';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { RoleGrant } from '../roles/role-grant.entity';
import { Wish } from '../wishes/wish.entity';

/** Rows per multi-row statement: well under SQLite's bound-variable limit, a few KB on MySQL. */
const CHUNK = 200;

export interface ApplyCounts {
  added: number;
  changed: number;
  removedFlats: number;
  removedMembers: number;
}

const personKey = (p: RegisterPerson) => `${p.name}\u0000${p.phone}`;

async function inChunks<T>(items: readonly T[], work: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await work(items.slice(i, i + CHUNK));
}

/**
 * Writes a dry run's diff into the register, inside the caller's transaction. People are matched
 * by name and mobile number (the same pair identifies them when they join with WeChat): a person
 * the app does not know yet becomes a user row without an openid. A flat whose owners changed has
 * its ownership rows in force closed on `today` and new ones opened: the history stays.
 */
export async function applyRegisterDiff(
  manager: EntityManager,
  input: { communityId: string; buildings: Map<string, string>; diff: RegisterDiff; removals: RegisterRemoval[]; actorId: string; today: string },
): Promise<ApplyCounts> {
  const { diff, today } = input;
  const people = new People(manager);
  const ownerChanges = diff.changes.filter((c) => c.owners);
  for (const flat of [...diff.adds, ...ownerChanges.map((c) => c.flat)]) if (!flat.developer) flat.owners.forEach((o) => people.want(o));
  for (const flat of diff.adds) flat.residents.forEach((r) => people.want(r));
  for (const change of diff.changes) change.newResidents.forEach((r) => people.want(r));
  await people.resolve();
  const owners = new Owners(manager, people);
  await owners.resolve([...diff.adds, ...ownerChanges.map((c) => c.flat)]);

  const households: Partial<Household>[] = [];
  const links: Partial<HouseholdOwner>[] = [];
  const members: Partial<HouseholdMember>[] = [];
  const linkOwners = (householdId: string, flat: { developer: boolean; owners: RegisterPerson[] }) =>
    owners.of(flat).forEach((ownerId, position) => links.push({ id: newId(), householdId, ownerId, position, validFrom: today, validTo: null, live: 1 }));
  const member = (householdId: string, flat: { owners: RegisterPerson[] }, r: RegisterResident) => {
    const userId = people.idOf(r);
    people.home(userId, householdId);
    members.push({ id: newId(), householdId, userId, relation: relationOf(flat, r), isAdult: true, kinship: r.kinship || null });
  };

  for (const flat of diff.adds) {
    const id = newId();
    households.push({
      id,
      buildingId: input.buildings.get(flat.building)!,
      communityId: input.communityId,
      label: flat.label,
      areaHundredths: flat.areaHundredths,
      ownerId: owners.of(flat)[0],
    });
    linkOwners(id, flat);
    flat.residents.forEach((r) => member(id, flat, r));
  }
  for (const change of diff.changes) {
    const id = change.current.householdId;
    if (change.area) await execute(manager, 'UPDATE household SET area_hundredths = ? WHERE id = ?', [change.flat.areaHundredths, id]);
    if (change.owners) {
      await execute(manager, 'UPDATE household_owner SET valid_to = ?, live = NULL WHERE household_id = ? AND live = 1', [today, id]);
      await execute(manager, 'UPDATE household SET owner_id = ? WHERE id = ?', [owners.of(change.flat)[0], id]);
      linkOwners(id, change.flat);
    }
    change.newResidents.forEach((r) => member(id, change.flat, r));
    for (const u of change.updatedResidents)
      await execute(manager, 'UPDATE household_member SET relation = ?, kinship = ? WHERE household_id = ? AND user_id = ?', [
        relationOf(change.flat, u.resident),
        u.resident.kinship || null,
        id,
        u.userId,
      ]);
  }
  await people.insertNew();
  await owners.insertNew();
  await inChunks(households, (chunk) => insertRows(manager, Household, chunk));
  await inChunks(links, (chunk) => insertRows(manager, HouseholdOwner, chunk));
  await inChunks(members, (chunk) => insertRows(manager, HouseholdMember, chunk));
  // Living in the community makes a person its resident; INSERT IGNORE: many already are.
  const residents = [...new Set(members.map((m) => m.userId!))];
  await inChunks(residents, (chunk) =>
    manager
      .createQueryBuilder()
      .insert()
      .into(RoleGrant)
      .values(chunk.map((userId) => ({ id: newId(), userId, role: Role.Resident, placeId: input.communityId, grantedBy: input.actorId })))
      .orIgnore()
      .execute(),
  );

  const removed = await removeTicked(manager, input.removals, today);
  return { added: diff.adds.length, changed: diff.changes.length, ...removed };
}

function relationOf(flat: { owners: RegisterPerson[] }, r: RegisterResident): HouseholdRelation {
  if (flat.owners.some((o) => o.phone !== '' && personKey(o) === personKey(r))) return HouseholdRelation.Owner;
  return r.tenure === '租住' ? HouseholdRelation.Tenant : HouseholdRelation.Resident;
}

/** Ticked removals. A flat that wishes, registrations, topics or ballots point at stays: deleting it would orphan them. */
async function removeTicked(manager: EntityManager, removals: RegisterRemoval[], today: string): Promise<{ removedFlats: number; removedMembers: number }> {
  const flats = removals.filter((r) => r.kind === 'flat');
  const ids = flats.map((r) => r.householdId);
  const inUse = new Set<string>();
  await inChunks(ids, async (chunk) => {
    for (const entity of [Wish, MemberRegistration, TopicHousehold, BallotElector] as const) {
      const rows = await manager.getRepository(entity).find({ select: { householdId: true }, where: { householdId: In(chunk) } as never });
      for (const row of rows as { householdId: string | null }[]) if (row.householdId) inUse.add(row.householdId);
    }
  });
  if (inUse.size) {
    throw new DomainError('REGISTER_REMOVAL_IN_USE', { flats: flats.filter((f) => inUse.has(f.householdId)).map((f) => `${f.building} ${f.label}`) });
  }
  let removedMembers = 0;
  for (const r of removals.filter((x) => x.kind === 'member')) {
    removedMembers += await execute(manager, 'DELETE FROM household_member WHERE household_id = ? AND user_id = ?', [r.householdId, r.userId]);
  }
  await inChunks(ids, async (chunk) => {
    const list = placeholders(chunk.length);
    await execute(manager, `DELETE FROM household_member WHERE household_id IN (${list})`, chunk);
    await execute(manager, `UPDATE app_user SET home_household_id = NULL WHERE home_household_id IN (${list})`, chunk);
    // The ownership history outlives the flat's row: closed, not deleted.
    await execute(manager, `UPDATE household_owner SET valid_to = ?, live = NULL WHERE live = 1 AND household_id IN (${list})`, [today, ...chunk]);
    await execute(manager, `DELETE FROM household WHERE id IN (${list})`, chunk);
  });
  return { removedFlats: ids.length, removedMembers };
}

/** The people an import names, found by name and phone or created. */
class People {
  private readonly wanted = new Map<string, RegisterPerson>();
  private readonly ids = new Map<string, string>();
  private readonly created: Partial<User>[] = [];
  private readonly homes = new Map<string, string>();

  constructor(private readonly manager: EntityManager) {}

  want(person: RegisterPerson): void {
    this.wanted.set(personKey(person), person);
  }

  async resolve(): Promise<void> {
    const phones = [...new Set([...this.wanted.values()].map((p) => p.phone).filter(Boolean))];
    await inChunks(phones, async (chunk) => {
      const rows = await selectRows<{ id: string; display_name: string; phone: string }>(
        this.manager,
        `SELECT id, display_name, phone FROM app_user WHERE phone IN (${placeholders(chunk.length)}) ORDER BY id`,
        chunk,
      );
      for (const row of rows) {
        const key = personKey({ name: row.display_name, phone: row.phone });
        if (!this.ids.has(key)) this.ids.set(key, row.id);
      }
    });
    for (const [key, person] of this.wanted) {
      if (this.ids.has(key)) continue;
      const id = newId();
      this.ids.set(key, id);
      this.created.push({
        id,
        openid: null,
        unionid: null,
        displayName: person.name,
        avatarUrl: null,
        phone: person.phone || null,
        careMode: false,
        homeHouseholdId: null,
        demoLabel: null,
      });
    }
  }

  idOf(person: RegisterPerson): string {
    return this.ids.get(personKey(person))!;
  }

  /** A person the register brings in lives where it first places them. */
  home(userId: string, householdId: string): void {
    if (!this.homes.has(userId)) this.homes.set(userId, householdId);
  }

  async insertNew(): Promise<void> {
    for (const user of this.created) user.homeHouseholdId = this.homes.get(user.id!) ?? null;
    await inChunks(this.created, (chunk) => insertRows(this.manager, User, chunk));
  }
}

/** Owner rows: a person's by their user (one owner row per person however many flats), the developer's by its name. */
class Owners {
  private readonly byUser = new Map<string, string>();
  private readonly developers = new Map<string, string>();
  private readonly created: Partial<Owner>[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly people: People,
  ) {}

  async resolve(flats: { developer: boolean; owners: RegisterPerson[] }[]): Promise<void> {
    const userIds = [...new Set(flats.filter((f) => !f.developer).flatMap((f) => f.owners.map((o) => this.people.idOf(o))))];
    await inChunks(userIds, async (chunk) => {
      for (const row of await selectRows<{ id: string; user_id: string }>(
        this.manager,
        `SELECT id, user_id FROM owner WHERE user_id IN (${placeholders(chunk.length)})`,
        chunk,
      ))
        this.byUser.set(row.user_id, row.id);
    });
    const names = [...new Set(flats.filter((f) => f.developer).map((f) => f.owners[0].name))];
    await inChunks(names, async (chunk) => {
      const rows = await selectRows<{ id: string; name: string }>(
        this.manager,
        `SELECT id, name FROM owner WHERE kind = ? AND user_id IS NULL AND name IN (${placeholders(chunk.length)}) ORDER BY id`,
        [OwnerKind.Developer, ...chunk],
      );
      for (const row of rows) if (!this.developers.has(row.name)) this.developers.set(row.name, row.id);
    });
    for (const flat of flats) {
      if (flat.developer) {
        const name = flat.owners[0].name;
        if (!this.developers.has(name)) this.developers.set(name, this.create({ kind: OwnerKind.Developer, name, userId: null }));
        continue;
      }
      for (const o of flat.owners) {
        const userId = this.people.idOf(o);
        if (!this.byUser.has(userId)) this.byUser.set(userId, this.create({ kind: OwnerKind.Person, name: o.name, userId }));
      }
    }
  }

  of(flat: { developer: boolean; owners: RegisterPerson[] }): string[] {
    if (flat.developer) return [this.developers.get(flat.owners[0].name)!];
    return flat.owners.map((o) => this.byUser.get(this.people.idOf(o))!);
  }

  private create(owner: Omit<Owner, 'id' | 'createdAt'>): string {
    const id = newId();
    this.created.push({ id, ...owner });
    return id;
  }

  async insertNew(): Promise<void> {
    await inChunks(this.created, (chunk) => insertRows(this.manager, Owner, chunk));
  }
}
