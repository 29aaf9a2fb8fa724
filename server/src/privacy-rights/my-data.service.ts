import { Injectable } from '@nestjs/common';
import { maskPersonName, MyDataExport } from '@linli/shared';
import { DataSource } from 'typeorm';
import { selectRows } from '../database/plain-sql';
import { AccessLogService } from './access-log.service';

type Rows = Record<string, unknown>[];

/**
 * Everything held about one person (PIPL Art. 45), read table by table: each query names its
 * columns, my own in full, anyone else only by masked name, so the file never carries another
 * person's data. How I voted in a secret ballot is not recorded against me, so only that I took part.
 */
@Injectable()
export class MyDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async export(userId: string): Promise<MyDataExport> {
    const q = (sql: string, ...values: unknown[]): Promise<Rows> => selectRows<Record<string, unknown>>(this.dataSource.manager, sql, values);
    const [profile] = await q(
      'SELECT id, display_name AS displayName, phone, avatar_url AS avatarUrl, care_mode AS careMode, home_household_id AS homeHouseholdId, created_at AS createdAt FROM app_user WHERE id = ?',
      userId,
    );
    const claimsOf = await q(
      `SELECT w.id AS wishId, w.title, w.status, w.beneficiary_name AS beneficiaryName, w.beneficiary_gender AS gender, c.status AS claimStatus, c.created_at AS claimedAt
       FROM wish_claim c JOIN wish w ON w.id = c.wish_id WHERE c.claimer_id = ? ORDER BY c.created_at`,
      userId,
    );
    const sections: Record<string, Rows> = {
      households: await q(
        `SELECT h.id AS householdId, h.label, c.name AS community, m.relation, m.kinship, m.created_at AS since
         FROM household_member m JOIN household h ON h.id = m.household_id JOIN place c ON c.id = h.community_id WHERE m.user_id = ?`,
        userId,
      ),
      ownerRecords: await q('SELECT id, kind, name FROM owner WHERE user_id = ?', userId),
      roles: await q('SELECT g.role, p.name AS place, g.created_at AS since FROM role_grant g JOIN place p ON p.id = g.place_id WHERE g.user_id = ?', userId),
      memberRegistrations: await q(
        `SELECT r.id, p.name AS community, r.real_name AS realName, r.phone, r.skills, r.skills_note AS skillsNote, r.availability, r.status, r.created_at AS createdAt
         FROM member_registration r JOIN place p ON p.id = r.community_id WHERE r.user_id = ?`,
        userId,
      ),
      unitRegistrations: await q(
        `SELECT r.id, p.name AS community, r.contact_name AS contactName, r.contact_phone AS contactPhone, r.status, r.created_at AS createdAt
         FROM unit_registration r JOIN place p ON p.id = r.community_id WHERE r.contact_user_id = ?`,
        userId,
      ),
      myWishes: await q(
        `SELECT id, title, story, category, value_fen AS valueFen, wanted_by AS wantedBy, status, beneficiary_name AS beneficiaryName,
           consent_note AS consentNote, thanks, rating, created_at AS createdAt, confirmed_at AS confirmedAt
         FROM wish WHERE beneficiary_user_id = ? ORDER BY created_at`,
        userId,
      ),
      // Wishes I posted for someone else (代办): theirs, so by masked name only.
      wishesPostedForOthers: (
        await q(
          'SELECT id, title, status, beneficiary_name AS beneficiaryName, beneficiary_gender AS gender, created_at AS createdAt FROM wish WHERE posted_by = ? AND beneficiary_user_id <> ?',
          userId,
          userId,
        )
      ).map(({ beneficiaryName, gender, ...rest }) => ({ ...rest, beneficiary: maskPersonName(String(beneficiaryName), gender as 'female' | 'male' | null) })),
      wishClaims: claimsOf.map(({ beneficiaryName, gender, ...rest }) => ({
        ...rest,
        beneficiary: maskPersonName(String(beneficiaryName), gender as 'female' | 'male' | null),
      })),
      groupClaims: await q(
        'SELECT w.id AS wishId, w.title, w.status FROM wish_co_claimer g JOIN wish_claim c ON c.id = g.claim_id JOIN wish w ON w.id = c.wish_id WHERE g.user_id = ?',
        userId,
      ),
      shifts: await q(
        `SELECT c.id, p.title AS post, s.starts_at AS startsAt, s.ends_at AS endsAt, c.status, c.checked_in_at AS checkedInAt, c.check_in_method AS checkInMethod,
           c.checked_out_at AS checkedOutAt, c.confirmed_minutes AS confirmedMinutes
         FROM shift_claim c JOIN post_shift s ON s.id = c.shift_id JOIN post p ON p.id = c.post_id WHERE c.member_id = ? ORDER BY s.starts_at`,
        userId,
      ),
      ballotsTakenPart: await q(
        `SELECT b.title AS ballot, p.cast_at AS castAt, p.channel FROM ballot_participation p
         JOIN ballot_elector e ON e.ballot_id = p.ballot_id AND e.voter_key = p.voter_key JOIN ballot b ON b.id = p.ballot_id WHERE e.user_id = ?`,
        userId,
      ),
      topics: await q('SELECT id, title, body, status, created_at AS createdAt FROM topic WHERE proposed_by = ?', userId),
      comments: await q('SELECT id, topic_id AS topicId, body, hidden, created_at AS createdAt FROM topic_comment WHERE author_id = ?', userId),
      reports: await q(
        'SELECT target_type AS targetType, target_id AS targetId, reason, created_at AS createdAt FROM content_report WHERE reporter_id = ?',
        userId,
      ),
      pointsEntries: await q(
        'SELECT e.amount, e.reason, e.source_type AS sourceType, p.name AS community, e.created_at AS createdAt FROM points_entry e JOIN place p ON p.id = e.community_id WHERE e.user_id = ? ORDER BY e.created_at',
        userId,
      ),
      pointsBalances: await q(
        'SELECT p.name AS community, b.period, b.balance FROM points_balance b JOIN place p ON p.id = b.community_id WHERE b.user_id = ?',
        userId,
      ),
      notices: await q('SELECT title, body, created_at AS createdAt, read_at AS readAt FROM notification WHERE user_id = ? ORDER BY created_at', userId),
      // What I did, not the values: an audit entry's before/after may describe other people.
      myActions: await q('SELECT action, target_type AS targetType, created_at AS at FROM audit_log WHERE actor_id = ? ORDER BY created_at', userId),
      whoReadMyContact: (await this.accessLog.ofSubject(userId)) as unknown as Rows,
      // Withdrawn ones too: the record of when each consent held is mine to see. A grid worker who
      // recorded one for me (代办) is not named here: whether it was me is what I need to know.
      consents: await q(
        `SELECT kind, policy_version AS policyVersion, subject_id AS subjectId, CASE WHEN given_by = user_id THEN 1 ELSE 0 END AS givenByMe,
           method, created_at AS givenAt, withdrawn_at AS withdrawnAt
         FROM privacy_consent WHERE user_id = ? ORDER BY created_at, id`,
        userId,
      ),
    };
    return { exportedAt: new Date().toISOString(), profile: profile ?? {}, sections };
  }
}
