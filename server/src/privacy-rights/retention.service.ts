import { Inject, Injectable, Logger } from '@nestjs/common';
import { DEFAULT_WISH_RULES, maskPersonName } from '@linli/shared';
import { DataSource } from 'typeorm';
import { execute, selectRows } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';
import { PhotoStorage } from '../storage/photo-storage';
import { Wish } from '../wishes/wish.entity';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_RETENTION_DAYS = DEFAULT_WISH_RULES.retentionDays;
const BATCH = 200;
const CLOSED = ['confirmed', 'rejected', 'withdrawn'];

type Candidate = { id: string; beneficiary_name: string; beneficiary_gender: 'female' | 'male' | null; closed_at: unknown; retention_days: number | null };

/**
 * Retention (item 5): a set time after a wish closes (per community, 90 days by default) the
 * beneficiary's name on it becomes the masked one, the consent note goes, and photos that were
 * never approved for the public lose their stored copies. Each wish is claimed by one conditional
 * UPDATE, so two instances sweeping at once purge it once between them.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(PhotoStorage) private readonly storage: PhotoStorage,
  ) {}

  async sweep(now = new Date()): Promise<{ purged: number }> {
    const manager = this.dataSource.manager;
    // The due date depends on each community's setting; the comparison is done here so both databases agree.
    const candidates = await selectRows<Candidate>(
      manager,
      `SELECT w.id, w.beneficiary_name, w.beneficiary_gender, COALESCE(w.confirmed_at, w.updated_at) AS closed_at, s.retention_days
       FROM wish w LEFT JOIN community_wish_settings s ON s.community_id = w.community_id
       WHERE w.status IN (?, ?, ?) AND w.details_purged_at IS NULL ORDER BY w.id LIMIT ${BATCH}`,
      CLOSED,
    );
    let purged = 0;
    for (const c of candidates) {
      const closedAt = this.dateOf(c.closed_at);
      const days = c.retention_days ?? DEFAULT_RETENTION_DAYS;
      if (closedAt.getTime() + days * DAY_MS > now.getTime()) continue;
      const keys = await this.purge(c, now);
      if (keys === null) continue;
      purged += 1;
      // Files go after the commit: a failed removal leaves an orphan file, never a row pointing at nothing.
      for (const key of keys) await this.storage.remove(key).catch((e: Error) => this.logger.warn(`photo ${key} not removed: ${e.message}`));
    }
    return { purged };
  }

  /** The storage keys to remove, or null when another sweep purged this wish first. */
  private purge(c: Candidate, now: Date): Promise<string[] | null> {
    return this.transactions.run(async (manager) => {
      const won = await execute(
        manager,
        'UPDATE wish SET beneficiary_name = ?, consent_note = NULL, details_purged_at = ? WHERE id = ? AND details_purged_at IS NULL',
        [maskPersonName(c.beneficiary_name, c.beneficiary_gender), now, c.id],
      );
      if (won !== 1) return null;
      const photos = await selectRows<{ storage_key: string; thumb_key: string | null }>(
        manager,
        'SELECT storage_key, thumb_key FROM wish_photo WHERE wish_id = ? AND approved = ?',
        [c.id, false],
      );
      await execute(manager, 'DELETE FROM wish_photo WHERE wish_id = ? AND approved = ?', [c.id, false]);
      return photos.flatMap((p) => (p.thumb_key ? [p.storage_key, p.thumb_key] : [p.storage_key]));
    });
  }

  private dateOf(raw: unknown): Date {
    const column = this.dataSource.getMetadata(Wish).findColumnWithPropertyName('updatedAt')!;
    return this.dataSource.driver.prepareHydratedValue(raw, column) as Date;
  }
}
