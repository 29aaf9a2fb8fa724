import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  EXPORT_KIND_LABELS,
  EXPORT_RULES,
  ExportJobPageView,
  ExportJobView,
  ExportKind,
  exportRangeProblem,
  ExportStatus,
  isCalendarDate,
  LIMITS,
  PlaceLevel,
  Role,
} from '@linli/shared';
import { DataSource, In, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService, ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, pageOf } from '../common/http/page';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { Place } from '../places/place.entity';
import { toPlaceRef } from '../places/place-views';
import { CreateExportDto } from './dto/export.dto';
import { ExportFiles } from './export-files';
import { ExportJob } from './export-job.entity';
import { ExportRunner } from './export-runner.service';
import { EXPORT_LEVELS } from './export-scopes';
import { toExportJobView } from './export-views';

const UNDER_WAY = [ExportStatus.Queued, ExportStatus.Running];

/** Asking for exports, following them, and handing out the finished files — to the person who asked only. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly runner: ExportRunner,
    private readonly files: ExportFiles,
  ) {}

  async request(userId: string, scope: ScopedPlace, body: CreateExportDto): Promise<ExportJobView> {
    if (!EXPORT_LEVELS.includes(scope.level)) throw new DomainError('EXPORT_PLACE_LEVEL');
    for (const field of ['from', 'to'] as const) {
      if (!isCalendarDate(body[field])) {
        const message = `${field}：不是有效的日期`;
        throw new DomainError('VALIDATION_FAILED', [{ field, rule: 'isCalendarDate', message }], `提交的内容有误：${message}`);
      }
    }
    const problem = exportRangeProblem(body.from, body.to);
    if (problem) throw new DomainError(problem);
    const place = await this.dataSource.getRepository(Place).findOneByOrFail({ id: scope.id });
    // A double tap or a retried request gets the export already under way. Two identical requests
    // racing past this read make two jobs at worst, both within the per-person limit below.
    const same = await this.dataSource.getRepository(ExportJob).findOne({
      where: { requestedBy: userId, placeId: place.id, kind: body.kind, rangeFrom: body.from, rangeTo: body.to, status: In(UNDER_WAY) },
    });
    if (same) return toExportJobView(same, toPlaceRef(place));

    const job = {
      id: newId(),
      requestedBy: userId,
      placeId: place.id,
      kind: body.kind,
      rangeFrom: body.from,
      rangeTo: body.to,
      withContacts: await this.withContacts(userId, scope),
      status: ExportStatus.Queued,
      rowsDone: 0,
      rowsTotal: null,
      fileName: exportFileName(place.name, body.kind, body.from, body.to),
    };
    for (let slot = 1; slot <= EXPORT_RULES.maxActivePerPerson; slot++) {
      try {
        // The job and its audit record commit together; the unique (requester, slot) key caps the exports under way.
        await this.transactions.run(async (manager) => {
          await manager.insert(ExportJob, { ...job, activeSlot: slot });
          await this.audit.record(manager, {
            actorId: userId,
            action: 'export.request',
            targetType: 'export_job',
            targetId: job.id,
            placeId: place.id,
            after: { kind: job.kind, from: job.rangeFrom, to: job.rangeTo, withContacts: job.withContacts },
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
      this.runner.start(job.id);
      return this.view(job.id);
    }
    throw new DomainError('EXPORT_TOO_MANY');
  }

  async view(jobId: string): Promise<ExportJobView> {
    const job = await this.dataSource.getRepository(ExportJob).findOneByOrFail({ id: jobId });
    const place = await this.dataSource.getRepository(Place).findOneByOrFail({ id: job.placeId });
    return toExportJobView(job, toPlaceRef(place));
  }

  /** A job as its requester follows it; anyone else is told it does not exist. */
  async mine(userId: string, jobId: string): Promise<ExportJobView> {
    return this.view((await this.requireMine(userId, jobId)).id);
  }

  /** My exports of a place, newest first. */
  async recent(userId: string, placeId: string, cursor?: string, limit: number = LIMITS.pageSizeDefault): Promise<ExportJobPageView> {
    const after = decodeCursor(cursor);
    const rows = await this.dataSource.getRepository(ExportJob).find({
      where: { requestedBy: userId, placeId, ...(after ? { id: LessThan(after) } : {}) },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    const page = pageOf(rows, limit, (j) => j.id);
    const place = toPlaceRef(await this.dataSource.getRepository(Place).findOneByOrFail({ id: placeId }));
    return { items: page.items.map((j) => toExportJobView(j, place)), nextCursor: page.nextCursor };
  }

  /** The finished file, streamed from disk or the object store. */
  async file(userId: string, jobId: string): Promise<{ fileName: string; bytes: number | null; content: Readable }> {
    const job = await this.requireMine(userId, jobId);
    if (job.status === ExportStatus.Queued || job.status === ExportStatus.Running) throw new DomainError('EXPORT_NOT_READY');
    if (job.status === ExportStatus.Failed) throw new DomainError('EXPORT_FAILED');
    const content = job.status === ExportStatus.Done && job.fileKey ? await this.files.open(job.fileKey) : null;
    if (!content) throw new DomainError('EXPORT_FILE_EXPIRED');
    return { fileName: job.fileName, bytes: job.fileBytes, content };
  }

  private async requireMine(userId: string, jobId: string): Promise<ExportJob> {
    const job = await this.dataSource.getRepository(ExportJob).findOneBy({ id: jobId });
    if (!job || job.requestedBy !== userId) throw new DomainError('EXPORT_NOT_FOUND');
    return job;
  }

  /** Phones go only to the community's own secretary: it is their roster, not the street's or the district's. */
  private async withContacts(userId: string, place: ScopedPlace): Promise<boolean> {
    return place.level === PlaceLevel.Community && this.access.holdsAnyRoleOver(userId, [Role.Secretary], place);
  }
}

/** 东湖社区-微心愿-20260101-20261231.xlsx; characters file systems refuse become "_". */
export function exportFileName(placeName: string, kind: ExportKind, from: string, to: string): string {
  const safe = placeName.replace(/[\\/:*?"<>|\s]/g, '_');
  return `${safe}-${EXPORT_KIND_LABELS[kind]}-${from.replace(/-/g, '')}-${to.replace(/-/g, '')}.xlsx`;
}
