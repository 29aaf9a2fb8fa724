import { Injectable } from '@nestjs/common';
import {
  APPROVER_ROLES,
  FlatPeopleView,
  FlatResidentView,
  HouseholdRelation,
  maskPhone,
  MoveOutView,
  normalizeMobile,
  PastResidentView,
  PersonMatchView,
  RegistrationStatus,
  Role,
  shanghaiDateOf,
} from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { columnValue, execute, forUpdate, insertRow, selectRows } from '../database/plain-sql';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../identity/user.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { RoleGrant } from '../roles/role-grant.entity';
import { AddPersonDto, CorrectPersonDto } from './dto/households.dto';
import { HouseholdMemberPast } from './household-member-past.entity';
import { KeptPerson } from './kept-person.entity';

/** Those who call residents and so see their phones in full; a building leader sees them masked. */
const PHONE_READERS: readonly Role[] = [Role.Secretary, Role.GridWorker, Role.Admin, ...APPROVER_ROLES];
const SEARCH_LIMIT = 50;
const PHONE_TAIL = /^\d{4,11}$/;

interface FlatRef {
  id: string;
  label: string;
  communityId: string;
  buildingName: string;
}

interface ResidentRow {
  userId: string;
  name: string;
  phone: string | null;
  openid: string | null;
  relation: HouseholdRelation;
  kinship: string | null;
  isAdult: number | boolean;
  movedIn: string | null;
  consentMethod: KeptPerson['consentMethod'] | null;
  consentBy: string | null;
  consentAt: string | Date | null;
}

/**
 * The grid worker's households: finding people in her grid, a flat's residents and history,
 * adding a person (someone moving in, or a resident kept without an account), correcting details,
 * and moving a person out with everything that depended on their living there.
 */
@Injectable()
export class HouseholdPeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** People living within `place` by name, phone tail or flat; phones as the caller may see them. */
  async search(place: ScopedPlace, roles: ReadonlySet<Role>, q: string): Promise<PersonMatchView[]> {
    const text = q.trim();
    if (text.length === 0) throw new DomainError('HOUSEHOLD_SEARCH_TOO_SHORT');
    const like = `%${escapeLike(text)}%`;
    // A phone tail only matches the end of a phone: "5678" must not find 13856781234.
    const byPhone = PHONE_TAIL.test(text) ? ' OR u.phone LIKE ?' : '';
    const values: unknown[] = [`${escapeLike(place.path)}%`, like, like, ...(byPhone ? [`%${escapeLike(text)}`] : [])];
    const rows = await selectRows<ResidentRow & { householdId: string; flat: string; buildingName: string; kept: string | null }>(
      this.dataSource.manager,
      `SELECT u.id AS userId, u.display_name AS name, u.phone AS phone, u.openid AS openid, m.relation AS relation,
              h.id AS householdId, h.label AS flat, b.name AS buildingName, k.id AS kept
         FROM household_member m
         JOIN household h ON h.id = m.household_id
         JOIN place b ON b.id = h.building_id
         JOIN app_user u ON u.id = m.user_id
         LEFT JOIN kept_person k ON k.user_id = u.id
        WHERE b.path LIKE ? ESCAPE '!' AND (u.display_name LIKE ? ESCAPE '!' OR h.label LIKE ? ESCAPE '!'${byPhone ? " OR u.phone LIKE ? ESCAPE '!'" : ''})
        ORDER BY b.name, h.label, u.display_name
        LIMIT ${SEARCH_LIMIT}`,
      values,
    );
    const fullPhones = PHONE_READERS.some((r) => roles.has(r));
    return rows.map((r) => ({
      userId: r.userId,
      name: r.name,
      phone: fullPhones ? r.phone : maskPhone(r.phone),
      householdId: r.householdId,
      flat: r.flat,
      buildingName: r.buildingName,
      relation: r.relation,
      hasAccount: hasAccount(r.openid, r.kept),
    }));
  }

  /** Who lives in a flat now, and who lived there before. */
  async flat(householdId: string, roles: ReadonlySet<Role>): Promise<FlatPeopleView> {
    const flat = await this.flatRef(this.dataSource.manager, householdId);
    const residents = await this.residentRows(this.dataSource.manager, householdId);
    const past = await selectRows<PastResidentView>(
      this.dataSource.manager,
      `SELECT p.user_id AS userId, u.display_name AS name, p.relation AS relation, p.moved_in AS movedIn, p.moved_out AS movedOut
         FROM household_member_past p JOIN app_user u ON u.id = p.user_id
        WHERE p.household_id = ? ORDER BY p.moved_out DESC, p.id`,
      [householdId],
    );
    const fullPhones = PHONE_READERS.some((r) => roles.has(r));
    return {
      householdId,
      flat: flat.label,
      buildingName: flat.buildingName,
      residents: residents.map((r) => toResidentView(r, fullPhones, this.dataSource.manager)),
      past,
    };
  }

  /**
   * Adds a person to a flat: someone in the app moving in (userId), or a new person kept without
   * an account (name, optional phone, consent). The flat's row is locked first, so a double tap
   * finds the person the first tap added instead of adding them twice.
   */
  async add(actorId: string, householdId: string, body: AddPersonDto): Promise<FlatResidentView> {
    const isNew = !body.userId;
    if (isNew && (!body.name?.trim() || !body.consentMethod)) throw new DomainError('HOUSEHOLD_PERSON_INCOMPLETE');
    const phone = isNew ? phoneOf(body.phone) : null;
    if (body.userId && (await this.dataSource.getRepository(User).count({ where: { id: body.userId } })) === 0) {
      throw new DomainError('HOUSEHOLD_PERSON_NOT_FOUND');
    }
    const movedIn = body.movedIn ?? shanghaiDateOf(new Date());
    const membership = { relation: body.relation, kinship: body.kinship?.trim() || null, isAdult: body.isAdult ?? true, movedIn };

    const userId = await this.transactions.run(async (manager) => {
      const flat = await this.flatRef(manager, householdId, true);
      let personId = body.userId ?? null;
      if (!personId) {
        const name = body.name!.trim();
        const [same] = await selectRows<{ id: string }>(
          manager,
          `SELECT u.id FROM household_member m JOIN app_user u ON u.id = m.user_id
            WHERE m.household_id = ? AND u.display_name = ? AND (u.phone = ? OR (u.phone IS NULL AND ? IS NULL))`,
          [householdId, name, phone, phone],
        );
        if (same) return same.id; // the same person, added again (a retry)
        personId = newId();
        await manager.insert(User, { id: personId, openid: null, displayName: name, phone });
        await insertRow(manager, KeptPerson, {
          id: newId(),
          userId: personId,
          householdId,
          consentMethod: body.consentMethod!,
          consentNote: body.consentNote?.trim() || null,
          recordedBy: actorId,
        });
      } else {
        const [already] = await selectRows<{ id: string }>(manager, 'SELECT id FROM household_member WHERE household_id = ? AND user_id = ?', [
          householdId,
          personId,
        ]);
        if (already) return personId;
      }
      await insertRow(manager, HouseholdMember, { id: newId(), householdId, userId: personId, ...membership });
      // INSERT IGNORE: they may already be a resident of the community (another flat there).
      await manager
        .createQueryBuilder()
        .insert()
        .into(RoleGrant)
        .values({ id: newId(), userId: personId, role: Role.Resident, placeId: flat.communityId, grantedBy: actorId })
        .orIgnore()
        .execute();
      await this.audit.record(manager, {
        actorId,
        action: isNew ? 'household.person.add' : 'household.member.add',
        targetType: 'household',
        targetId: householdId,
        placeId: flat.communityId,
        after: { userId: personId, ...membership, ...(isNew ? { name: body.name!.trim(), consentMethod: body.consentMethod } : {}) },
      });
      return personId;
    });
    return this.resident(householdId, userId);
  }

  /** Corrects a person's details; their name and phone only while they have no account (then they are theirs to change). */
  async correct(actorId: string, householdId: string, userId: string, body: CorrectPersonDto): Promise<FlatResidentView> {
    const phone = body.phone === undefined ? undefined : phoneOf(body.phone);
    await this.transactions.run(async (manager) => {
      const flat = await this.flatRef(manager, householdId);
      const [row] = await selectRows<{ id: string; openid: string | null; kept: string | null; name: string; phone: string | null }>(
        manager,
        `SELECT m.id, u.openid, k.id AS kept, u.display_name AS name, u.phone
           FROM household_member m JOIN app_user u ON u.id = m.user_id LEFT JOIN kept_person k ON k.user_id = u.id
          WHERE m.household_id = ? AND m.user_id = ?${forUpdate(manager)}`,
        [householdId, userId],
      );
      if (!row) throw new DomainError('HOUSEHOLD_PERSON_NOT_FOUND');
      const touchesIdentity = body.name !== undefined || phone !== undefined;
      if (touchesIdentity && hasAccount(row.openid, row.kept)) throw new DomainError('HOUSEHOLD_PERSON_HAS_ACCOUNT');
      const person = { ...(body.name !== undefined ? { displayName: body.name.trim() } : {}), ...(phone !== undefined ? { phone } : {}) };
      if (Object.keys(person).length) await manager.update(User, { id: userId }, person);
      const membership = {
        ...(body.relation !== undefined ? { relation: body.relation } : {}),
        ...(body.kinship !== undefined ? { kinship: body.kinship.trim() || null } : {}),
        ...(body.isAdult !== undefined ? { isAdult: body.isAdult } : {}),
      };
      if (Object.keys(membership).length) await manager.update(HouseholdMember, { id: row.id }, membership);
      await this.audit.record(manager, {
        actorId,
        action: 'household.person.correct',
        targetType: 'household',
        targetId: householdId,
        placeId: flat.communityId,
        before: { name: row.name, phone: row.phone },
        after: { userId, ...person, ...membership },
      });
    });
    return this.resident(householdId, userId);
  }

  /**
   * Moves a person out on a date. Their membership becomes history, and in the same transaction
   * what depended on living there ends: the community's resident role (unless they still live
   * elsewhere in it: the DELETE's own NOT EXISTS decides), the flat as their home, and a pending
   * party-member registration naming this flat is flagged for the reviewer.
   */
  async moveOut(actorId: string, householdId: string, userId: string, movedOut: string): Promise<MoveOutView> {
    if (movedOut > shanghaiDateOf(new Date())) throw new DomainError('HOUSEHOLD_MOVE_OUT_DATE_INVALID');
    return this.transactions.run(async (manager) => {
      const flat = await this.flatRef(manager, householdId);
      const [member] = await selectRows<{ id: string; relation: HouseholdRelation; kinship: string | null; isAdult: number | boolean; movedIn: string | null }>(
        manager,
        `SELECT id, relation, kinship, is_adult AS isAdult, moved_in AS movedIn FROM household_member WHERE household_id = ? AND user_id = ?${forUpdate(manager)}`,
        [householdId, userId],
      );
      if (!member) {
        // A retried move-out finds the history its first attempt wrote.
        const [done] = await selectRows<{ id: string }>(
          manager,
          'SELECT id FROM household_member_past WHERE household_id = ? AND user_id = ? AND moved_out = ?',
          [householdId, userId, movedOut],
        );
        if (!done) throw new DomainError('HOUSEHOLD_PERSON_NOT_FOUND');
        return { householdId, userId, movedOut, residentRoleEnded: false, registrationsFlagged: 0 };
      }
      if (member.movedIn && movedOut < member.movedIn) throw new DomainError('HOUSEHOLD_MOVE_OUT_DATE_INVALID');
      if ((await execute(manager, 'DELETE FROM household_member WHERE id = ?', [member.id])) !== 1) throw new DomainError('HOUSEHOLD_PERSON_NOT_FOUND');
      await insertRow(manager, HouseholdMemberPast, {
        id: member.id,
        householdId,
        userId,
        relation: member.relation,
        kinship: member.kinship,
        isAdult: Boolean(member.isAdult),
        movedIn: member.movedIn,
        movedOut,
        recordedBy: actorId,
      });
      const residentRoleEnded =
        (await execute(
          manager,
          `DELETE FROM role_grant WHERE user_id = ? AND role = ? AND place_id = ?
             AND NOT EXISTS (SELECT 1 FROM household_member m JOIN household h ON h.id = m.household_id WHERE m.user_id = ? AND h.community_id = ?)`,
          [userId, Role.Resident, flat.communityId, userId, flat.communityId],
        )) > 0;
      // Written whether or not this was their home: a wish being posted for them writes the same guard (wish-posting).
      await execute(
        manager,
        'UPDATE app_user SET claim_guard = claim_guard + 1, home_household_id = CASE WHEN home_household_id = ? THEN NULL ELSE home_household_id END WHERE id = ?',
        [householdId, userId],
      );
      const registrationsFlagged = await execute(
        manager,
        'UPDATE member_registration SET household_left_on = ? WHERE user_id = ? AND household_id = ? AND status = ? AND household_left_on IS NULL',
        [movedOut, userId, householdId, RegistrationStatus.Pending],
      );
      await this.audit.record(manager, {
        actorId,
        action: 'household.person.move_out',
        targetType: 'household',
        targetId: householdId,
        placeId: flat.communityId,
        before: { userId, relation: member.relation, movedIn: member.movedIn },
        after: { movedOut, residentRoleEnded, registrationsFlagged },
      });
      return { householdId, userId, movedOut, residentRoleEnded, registrationsFlagged };
    });
  }

  private async resident(householdId: string, userId: string): Promise<FlatResidentView> {
    const rows = await this.residentRows(this.dataSource.manager, householdId, userId);
    if (rows.length === 0) throw new DomainError('HOUSEHOLD_PERSON_NOT_FOUND');
    return toResidentView(rows[0], true, this.dataSource.manager);
  }

  private residentRows(manager: EntityManager, householdId: string, userId?: string): Promise<ResidentRow[]> {
    return selectRows<ResidentRow>(
      manager,
      `SELECT u.id AS userId, u.display_name AS name, u.phone AS phone, u.openid AS openid, m.relation AS relation, m.kinship AS kinship,
              m.is_adult AS isAdult, m.moved_in AS movedIn, k.consent_method AS consentMethod, k.recorded_by AS consentBy, k.created_at AS consentAt
         FROM household_member m JOIN app_user u ON u.id = m.user_id LEFT JOIN kept_person k ON k.user_id = u.id
        WHERE m.household_id = ?${userId ? ' AND m.user_id = ?' : ''}
        ORDER BY m.is_adult DESC, u.display_name`,
      userId ? [householdId, userId] : [householdId],
    );
  }

  /** The flat with its building's name; `lock` holds the flat's row for this transaction. */
  private async flatRef(manager: EntityManager, householdId: string, lock = false): Promise<FlatRef> {
    if (lock) await execute(manager, 'UPDATE household SET write_guard = write_guard + 1 WHERE id = ?', [householdId]);
    const [flat] = await selectRows<FlatRef>(
      manager,
      'SELECT h.id, h.label, h.community_id AS communityId, b.name AS buildingName FROM household h JOIN place b ON b.id = h.building_id WHERE h.id = ?',
      [householdId],
    );
    if (!flat) throw new DomainError('HOUSEHOLD_NOT_FOUND');
    return flat;
  }
}

/** A kept person who has not joined yet has no account; everyone else does (demo users log in without an openid). */
function hasAccount(openid: string | null, kept: string | null): boolean {
  return openid !== null || kept === null;
}

/** A phone as typed (spaces, dashes, +86) to 11 digits; empty means none; anything else is refused. */
function phoneOf(text: string | undefined | null): string | null {
  if (text === undefined || text === null || text.trim() === '') return null;
  const phone = normalizeMobile(text);
  if (!phone) throw new DomainError('HOUSEHOLD_PHONE_INVALID');
  return phone;
}

function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

function toResidentView(r: ResidentRow, fullPhone: boolean, manager: EntityManager): FlatResidentView {
  const kept = r.consentMethod !== null;
  return {
    userId: r.userId,
    name: r.name,
    phone: fullPhone ? r.phone : maskPhone(r.phone),
    relation: r.relation,
    kinship: r.kinship,
    isAdult: Boolean(r.isAdult),
    movedIn: r.movedIn,
    hasAccount: hasAccount(r.openid, kept ? 'kept' : null),
    consent: kept
      ? { method: r.consentMethod!, recordedBy: r.consentBy!, recordedAt: (columnValue(manager, KeptPerson, 'recordedAt', r.consentAt) as Date).toISOString() }
      : null,
  };
}
