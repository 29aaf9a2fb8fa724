import { clip, NotificationKind, NOTIFICATION_RULES, PushStatus } from '@linli/shared';
import { EntityManager } from 'typeorm';
import { newId } from '../database/ids';
import { Notification } from './notification.entity';

/** What one person is told about one event. */
export interface Notice {
  userId: string;
  communityId: string | null;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  /** Names the event for this person; the same key twice is one notice. */
  dedupeKey: string;
}

const INSERT_CHUNK = 500;

/**
 * Writes notices inside the caller's transaction (the outbox: a notice exists exactly when the
 * change it tells of commits). A notice already there for the same person and key is left as it
 * is, so retried events and re-run sweeps insert once. Texts are clipped to their columns first:
 * MySQL's INSERT IGNORE would otherwise truncate them silently.
 */
export async function insertNotices(manager: EntityManager, notices: readonly Notice[], now = new Date()): Promise<void> {
  const seen = new Set<string>();
  const rows = notices
    .filter((n) => {
      const key = `${n.userId}\n${n.dedupeKey}`;
      return !seen.has(key) && seen.add(key);
    })
    .map((n) => ({
      id: newId(),
      ...n,
      title: clip(n.title, NOTIFICATION_RULES.titleMax),
      body: clip(n.body, NOTIFICATION_RULES.bodyMax),
      readAt: null,
      pushStatus: PushStatus.Pending,
      attempts: 0,
      nextAttemptAt: now,
      leaseUntil: null,
      leaseToken: null,
      lastErrcode: null,
      sentAt: null,
    }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(rows.slice(i, i + INSERT_CHUNK))
      .orIgnore()
      .execute();
  }
}
