import { Injectable } from '@nestjs/common';
import { LIMITS, RegistrationStatus, shanghaiYearOf, UnitMemberView } from '@linli/shared';
import { DataSource, In, MoreThan } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, pageOf } from '../common/http/page';
import { Place } from '../places/place.entity';
import { toPlaceRef } from '../places/place-views';
import { MemberRegistration } from './member-registration.entity';
import { RegistrationViews } from './registration-views';
import { recordKey, ServiceRecordsService } from './service-records.service';
import { MemberSummary, serviceSummaryWorkbook } from './service-summary.workbook';
import { WorkUnit } from './work-unit.entity';

/** Registrations that put a member in a community at some point: the unit's view of its members. */
const SERVED = [RegistrationStatus.Approved, RegistrationStatus.Ended];
/** One workbook row per member; a unit with more members than this downloads per member. */
const WORKBOOK_MEMBERS_MAX = 2000;

/** The loop back to the work unit: where its members reported and what they did there. */
@Injectable()
export class UnitMembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: ServiceRecordsService,
    private readonly views: RegistrationViews,
  ) {}

  async page(unit: WorkUnit, year = currentYear(), cursor?: string, limit: number = LIMITS.pageSizeDefault) {
    const after = decodeCursor(cursor);
    const rows = await this.dataSource.getRepository(MemberRegistration).find({
      where: { unitId: unit.id, status: In(SERVED), ...(after ? { id: MoreThan(after) } : {}) },
      order: { id: 'ASC' },
      take: limit + 1,
    });
    const page = pageOf(rows, limit, (r) => r.id);
    return { items: await this.toViews(page.items, year), nextCursor: page.nextCursor };
  }

  /** One member's year as an Excel workbook: the summary row and every ledger line behind it. */
  async memberWorkbook(unit: WorkUnit, registrationId: string, year = currentYear()): Promise<{ fileName: string; content: Buffer }> {
    const registration =
      registrationId.length <= 64
        ? await this.dataSource.getRepository(MemberRegistration).findOne({ where: { id: registrationId, unitId: unit.id, status: In(SERVED) } })
        : null;
    if (!registration) throw new DomainError('REGISTRATION_NOT_FOUND');
    const [member] = await this.toViews([registration], year);
    const entries = await this.records.entries({ userId: registration.userId, communityId: registration.communityId }, year);
    const content = await serviceSummaryWorkbook(unit, year, [{ member, entries }]);
    return { fileName: `${year}年度社区服务情况-${member.realName}.xlsx`, content };
  }

  /** Every member of the unit on one sheet, one row each (the yearly report to the unit). */
  async unitWorkbook(unit: WorkUnit, year = currentYear()): Promise<{ fileName: string; content: Buffer }> {
    const rows = await this.dataSource.getRepository(MemberRegistration).find({
      where: { unitId: unit.id, status: In(SERVED) },
      order: { id: 'ASC' },
      take: WORKBOOK_MEMBERS_MAX,
    });
    const members: MemberSummary[] = (await this.toViews(rows, year)).map((member) => ({ member }));
    const content = await serviceSummaryWorkbook(unit, year, members);
    return { fileName: `${year}年度社区服务情况-${unit.name}.xlsx`, content };
  }

  private async toViews(rows: MemberRegistration[], year: number): Promise<UnitMemberView[]> {
    const [places, records] = await Promise.all([
      this.views.byId(
        Place,
        rows.map((r) => r.communityId),
      ),
      this.records.forYear(
        rows.map((r) => ({ userId: r.userId, communityId: r.communityId })),
        year,
      ),
    ]);
    return rows.map((r) => ({
      registrationId: r.id,
      userId: r.userId,
      realName: r.realName,
      community: toPlaceRef(places.get(r.communityId)!),
      status: r.status,
      approvedAt: r.decidedAt?.toISOString() ?? null,
      endedAt: r.endedAt?.toISOString() ?? null,
      year,
      record: records.get(recordKey(r))!,
    }));
  }
}

function currentYear(): number {
  return shanghaiYearOf(new Date());
}
