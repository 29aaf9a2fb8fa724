import { Injectable } from '@nestjs/common';
import {
  PrivateDataKind,
  changeViews,
  diffRegister,
  OwnershipHistoryView,
  OwnersRollView,
  ParsedRegisterFlat,
  parseRegisterRows,
  PlaceLevel,
  REGISTER_RULES,
  RegisterApplyView,
  RegisterDryRunView,
  shanghaiDateOf,
} from '@linli/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopedPlace } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { newId } from '../database/ids';
import { execute, insertRows, selectRows } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';
import { AccessLogService } from '../privacy-rights/access-log.service';
import { ownersRoll } from './owners-roll';
import { applyRegisterDiff } from './register-apply';
import { RegisterImport, RegisterImportPart } from './register-import.entity';
import { readRegister } from './register-snapshot';
import { registerTemplate } from './register-template';
import { readRegisterXlsx } from './xlsx-register-reader';

/** Serialised flats per stored part: well under MySQL's 64 KB TEXT even in 3-byte Chinese. */
const PART_CHARS = 12_000;
const LISTED = 200;

@Injectable()
export class RegisterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The template, empty or filled with the register as it stands (the sample to edit and import back). */
  async template(actorId: string, place: ScopedPlace, filled: boolean): Promise<Buffer> {
    const community = requireCommunity(place);
    if (!filled) return registerTemplate();
    const kind = PrivateDataKind.RegisterDownload;
    await this.accessLog.record({
      viewerId: actorId,
      subjectUserId: null,
      placeId: community.id,
      kind,
      targetId: community.id,
      purpose: '下载填好的台账（住户姓名与电话）',
    });
    const { flats } = await readRegister(this.dataSource.manager, community);
    flats.sort((a, b) => a.building.localeCompare(b.building, 'zh', { numeric: true }) || a.label.localeCompare(b.label, 'zh', { numeric: true }));
    return registerTemplate(flats);
  }

  /**
   * The dry run: reads the file, checks every row, compares it with the register and keeps the
   * parsed rows for confirming. Writes nothing to the register; a file with any bad row is refused
   * whole, every bad row listed.
   */
  async preview(actorId: string, place: ScopedPlace, fileName: string, file: Buffer): Promise<RegisterDryRunView> {
    const community = requireCommunity(place);
    const { rows, problems } = await readRegisterXlsx(file);
    const register = await readRegister(this.dataSource.manager, community);
    const { flats, errors } = parseRegisterRows(rows, new Set(register.buildings.keys()));
    const all = [...problems, ...errors].sort((a, b) => a.row - b.row);
    if (all.length) {
      throw new DomainError(
        'REGISTER_ROWS_INVALID',
        all.slice(0, REGISTER_RULES.maxErrorsListed),
        `台账中有 ${all.length} 处填写错误，请按提示的行和列改正后重新上传`,
      );
    }
    const diff = diffRegister(flats, register.flats);
    const id = newId();
    const people = flats.reduce((n, f) => n + f.residents.length, 0);
    const counts = { add: diff.adds.length, change: diff.changes.length, unchanged: diff.unchanged, removable: diff.removals.length };
    await this.transactions.run(async (manager) => {
      await insertRows(manager, RegisterImport, [
        {
          id,
          communityId: community.id,
          createdBy: actorId,
          status: 'previewed',
          baseDigest: register.digest,
          fileName: fileName.slice(0, 160),
          rowCount: rows.length,
          flatCount: flats.length,
          peopleCount: people,
          result: { counts },
          appliedAt: null,
        },
      ]);
      const parts = partsOf(flats).map((text, seq) => ({ importId: id, seq, flats: text }));
      for (let i = 0; i < parts.length; i += 20) await insertRows(manager, RegisterImportPart, parts.slice(i, i + 20));
    });
    return {
      importId: id,
      communityId: community.id,
      fileName,
      rows: rows.length,
      flats: flats.length,
      people,
      counts,
      adds: diff.adds.slice(0, LISTED).map((f) => ({ building: f.building, label: f.label })),
      changes: changeViews(diff.changes.slice(0, LISTED)),
      removals: diff.removals.map(({ key, kind, building, label, name }) => ({ key, kind, building, label, name })),
      status: 'previewed',
    };
  }

  /**
   * Applies a previewed import, in one transaction, against the register its dry run saw (else
   * REGISTER_CHANGED, nothing written). Removes only the ticked flats and people. Confirming again
   * (a retry, a double tap) answers with what the first confirm applied.
   */
  async confirm(actorId: string, place: ScopedPlace, importId: string, remove: string[]): Promise<RegisterApplyView> {
    const community = requireCommunity(place);
    const job = await this.dataSource.getRepository(RegisterImport).findOne({ where: { id: importId, communityId: community.id } });
    if (!job) throw new DomainError('REGISTER_IMPORT_NOT_FOUND');
    if (job.status === 'applied') return appliedView(job);
    const flats = await this.flatsOf(importId);
    const appliedAt = new Date();
    const applied = await this.transactions.run(async (manager) => {
      const claimed = await execute(manager, "UPDATE register_import SET status = 'applied', applied_at = ? WHERE id = ? AND status = 'previewed'", [
        appliedAt,
        importId,
      ]);
      if (claimed === 0) return false;
      // One import of a community at a time: each writes the community's guard first, so two conflict on
      // every engine (SQLite's transactions are serialised already) and the register is read after it.
      await execute(manager, 'UPDATE place SET write_guard = write_guard + 1 WHERE id = ?', [community.id]);
      const register = await readRegister(manager, community);
      if (register.digest !== job.baseDigest) throw new DomainError('REGISTER_CHANGED');
      const diff = diffRegister(flats, register.flats);
      const removable = new Map(diff.removals.map((r) => [r.key, r]));
      const ticked = [...new Set(remove)].map((key) => removable.get(key));
      if (ticked.some((r) => !r)) throw new DomainError('REGISTER_REMOVAL_UNKNOWN');
      const counts = await applyRegisterDiff(manager, {
        communityId: community.id,
        buildings: register.buildings,
        diff,
        removals: ticked.map((r) => r!),
        actorId,
        today: shanghaiDateOf(appliedAt),
      });
      const result: Record<string, unknown> = { counts: job.result?.counts ?? null, applied: { ...counts } };
      await manager.getRepository(RegisterImport).update({ id: importId }, { result: result as never });
      await this.audit.record(manager, {
        actorId,
        action: 'register.import',
        targetType: 'register_import',
        targetId: importId,
        placeId: community.id,
        after: {
          fileName: job.fileName,
          rows: job.rowCount,
          flats: job.flatCount,
          people: job.peopleCount,
          ...counts,
          removed: ticked.slice(0, 100).map((r) => `${r!.building} ${r!.label}${r!.name ? ` ${r!.name}` : ''}`),
        },
      });
      return true;
    });
    if (!applied) {
      const now = await this.dataSource.getRepository(RegisterImport).findOneOrFail({ where: { id: importId } });
      return appliedView(now);
    }
    const done = await this.dataSource.getRepository(RegisterImport).findOneOrFail({ where: { id: importId } });
    return appliedView(done);
  }

  async roll(place: ScopedPlace): Promise<OwnersRollView> {
    const community = requireCommunity(place);
    const { flats } = await readRegister(this.dataSource.manager, community);
    return ownersRoll(community.id, flats);
  }

  /** A flat's owners period by period, newest first. */
  async ownership(householdId: string): Promise<OwnershipHistoryView> {
    const rows = await selectRows<{ name: string; kind: 'person' | 'developer'; valid_from: string; valid_to: string | null; live: number | null }>(
      this.dataSource.manager,
      'SELECT o.name, o.kind, ho.valid_from, ho.valid_to, ho.live FROM household_owner ho JOIN owner o ON o.id = ho.owner_id WHERE ho.household_id = ? ORDER BY ho.valid_from DESC, ho.created_at DESC, ho.position',
      [householdId],
    );
    const periods = new Map<string, OwnershipHistoryView['periods'][number]>();
    for (const row of rows) {
      const key = `${row.valid_from}|${row.valid_to ?? ''}`;
      const period = periods.get(key) ?? { owners: [], kind: row.kind, validFrom: row.valid_from, validTo: row.valid_to };
      period.owners.push(row.name);
      periods.set(key, period);
    }
    return { householdId, periods: [...periods.values()] };
  }

  private async flatsOf(importId: string): Promise<ParsedRegisterFlat[]> {
    const parts = await this.dataSource.getRepository(RegisterImportPart).find({ where: { importId }, order: { seq: 'ASC' } });
    return parts.flatMap((p) => JSON.parse(p.flats) as ParsedRegisterFlat[]);
  }
}

function requireCommunity(place: ScopedPlace): { id: string; path: string } {
  if (place.level !== PlaceLevel.Community) throw new DomainError('REGISTER_PLACE_LEVEL');
  return { id: place.id, path: place.path };
}

function partsOf(flats: ParsedRegisterFlat[]): string[] {
  const parts: string[] = [];
  let batch: ParsedRegisterFlat[] = [];
  let size = 0;
  for (const flat of flats) {
    const text = JSON.stringify(flat);
    if (batch.length && size + text.length > PART_CHARS) {
      parts.push(JSON.stringify(batch));
      batch = [];
      size = 0;
    }
    batch.push(flat);
    size += text.length + 1;
  }
  if (batch.length) parts.push(JSON.stringify(batch));
  return parts;
}

function appliedView(job: RegisterImport): RegisterApplyView {
  const applied = (job.result?.applied ?? { added: 0, changed: 0, removedFlats: 0, removedMembers: 0 }) as Omit<
    RegisterApplyView,
    'importId' | 'status' | 'appliedAt'
  >;
  return { importId: job.id, status: 'applied', ...applied, appliedAt: (job.appliedAt ?? new Date()).toISOString() };
}
