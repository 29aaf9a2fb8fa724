import { NotificationKind, PushStatus } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId } from '../database/columns';

/**
 * One notice to one person about one event: an inbox line, and the state of its WeChat push.
 * Written in the transaction of the event it tells of (the outbox), so it exists exactly when the
 * change does. (user_id, dedupe_key) is unique: a retried event or a re-run sweep inserts it once.
 * Ids are UUIDv7, so the inbox pages newest first by id alone.
 */
@Entity('notification')
@Index('uq_notification_dedupe', ['userId', 'dedupeKey'], { unique: true })
@Index('ix_notification_inbox', ['userId', 'id'])
@Index('ix_notification_unread', ['userId', 'readAt'])
@Index('ix_notification_due', ['pushStatus', 'nextAttemptAt'])
export class Notification {
  @PrimaryId()
  id: string;

  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  /** The community the event happened in; NULL for the digest, which is about the person. */
  @Column({ name: 'community_id', ...optionalIdColumn })
  communityId: string | null;

  @Column({ type: 'varchar', length: 24 })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 40 })
  title: string;

  /** Short Chinese text; never a vulnerable beneficiary's name, phone or address. */
  @Column({ type: 'varchar', length: 200 })
  body: string;

  /** The mini-program page to open, with its query. */
  @Column({ type: 'varchar', length: 255 })
  link: string;

  /** Names the event for this person, e.g. wish_claimed:<claim id>; what makes a retry a no-op. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 80 })
  dedupeKey: string;

  @Column({ name: 'read_at', type: 'datetime', precision: 3, nullable: true })
  readAt: Date | null;

  @Column({ name: 'push_status', type: 'varchar', length: 12 })
  pushStatus: PushStatus;

  /** Tries made so far. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** When the dispatcher may try (again); NULL once the push is settled. */
  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 3, nullable: true })
  nextAttemptAt: Date | null;

  /** A dispatcher holds the row until then: another instance leaves it alone meanwhile. */
  @Column({ name: 'lease_until', type: 'datetime', precision: 3, nullable: true })
  leaseUntil: Date | null;

  /** Which dispatcher pass holds the lease; its writes match on it, so a pass that lost its lease writes nothing. */
  @Column({ name: 'lease_token', ...optionalIdColumn })
  leaseToken: string | null;

  /** WeChat's errcode from the last failed try (kept when it failed or was skipped for good). */
  @Column({ name: 'last_errcode', type: 'int', nullable: true })
  lastErrcode: number | null;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  sentAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
