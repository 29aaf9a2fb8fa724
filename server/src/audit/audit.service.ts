import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { newId } from '../database/ids';
import { insertRows } from '../database/plain-sql';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  placeId?: string | null;
  before?: object;
  after?: object;
}

/**
 * Writes the audit trail. It takes the caller's EntityManager on purpose: the record is written
 * in the same transaction as the change it describes, so neither exists without the other.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await this.recordAll(manager, [entry]);
  }

  /** Several records in one statement, for changes made together (claims combined in one transaction). */
  async recordAll(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    // Every change writes one of these: plain SQL (see plain-sql.ts), not the entity layer's insert.
    await insertRows(
      manager,
      AuditLog,
      entries.map((entry) => ({
        id: newId(),
        actorId: entry.actorId,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        placeId: entry.placeId ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
      })),
    );
  }
}
