import { Injectable } from '@nestjs/common';
import { maskPersonName, MyDataAccessView, PRIVATE_DATA_KIND_LABELS, PrivateDataAccessView, PrivateDataKind } from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { newId } from '../database/ids';
import { columnValue, insertRow, selectRows } from '../database/plain-sql';
import { PrivateDataAccess } from './private-data-access.entity';

export interface AccessEntry {
  viewerId: string;
  subjectUserId: string | null;
  placeId: string;
  kind: PrivateDataKind;
  targetId: string;
  purpose: string;
}

const REVIEW_LIMIT = 200;

type Row = { id: string; created_at: Date; viewer_id: string; viewer_name: string; subject_name: string | null; kind: PrivateDataKind; purpose: string };

/** The log of who read whose private data, and its two views: the secretary's and the person's own. */
@Injectable()
export class AccessLogService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Written before the data is handed over: a read whose log line failed is not served. Takes the
   * caller's manager when the read is part of a transaction.
   */
  async record(entry: AccessEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await insertRow(manager, PrivateDataAccess, { id: newId(), ...entry, purpose: entry.purpose.slice(0, 200) });
  }

  /** The latest reads of private data in a community, newest first, for its secretary. */
  async ofPlace(placeId: string): Promise<PrivateDataAccessView[]> {
    const rows = await selectRows<Row>(
      this.dataSource.manager,
      `SELECT a.id, a.created_at, a.viewer_id, v.display_name AS viewer_name, s.display_name AS subject_name, a.kind, a.purpose
       FROM private_data_access a JOIN app_user v ON v.id = a.viewer_id LEFT JOIN app_user s ON s.id = a.subject_user_id
       WHERE a.place_id = ? ORDER BY a.created_at DESC, a.id DESC LIMIT ${REVIEW_LIMIT}`,
      [placeId],
    );
    return rows.map((r) => ({
      id: r.id,
      at: this.isoOf(r.created_at),
      viewerId: r.viewer_id,
      viewerName: r.viewer_name,
      subjectName: r.subject_name,
      kind: r.kind,
      kindLabel: PRIVATE_DATA_KIND_LABELS[r.kind],
      purpose: r.purpose,
    }));
  }

  /** Who read my contact details; the viewer by masked name (they are a person too). */
  async ofSubject(userId: string): Promise<MyDataAccessView[]> {
    const rows = await selectRows<Row>(
      this.dataSource.manager,
      `SELECT a.id, a.created_at, a.viewer_id, v.display_name AS viewer_name, NULL AS subject_name, a.kind, a.purpose
       FROM private_data_access a JOIN app_user v ON v.id = a.viewer_id
       WHERE a.subject_user_id = ? ORDER BY a.created_at DESC, a.id DESC LIMIT ${REVIEW_LIMIT}`,
      [userId],
    );
    return rows.map((r) => ({
      at: this.isoOf(r.created_at),
      viewerName: maskPersonName(r.viewer_name),
      kind: r.kind,
      kindLabel: PRIVATE_DATA_KIND_LABELS[r.kind],
      purpose: r.purpose,
    }));
  }

  private isoOf(raw: unknown): string {
    return (columnValue(this.dataSource.manager, PrivateDataAccess, 'createdAt', raw) as Date).toISOString();
  }
}
