import { Injectable } from '@nestjs/common';
import { LIMITS, RegistrationStatus, WorkUnitView } from '@linli/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { newId } from '../database/ids';
import { NewWorkUnitDto } from './dto/work-unit.dto';
import { UnitRegistration } from './unit-registration.entity';
import { WorkUnit } from './work-unit.entity';

export interface UnitChoice {
  unitId?: string;
  newUnit?: NewWorkUnitDto;
}

export function toWorkUnitView(unit: WorkUnit): WorkUnitView {
  return { id: unit.id, name: unit.name, kind: unit.kind, partyOrgName: unit.partyOrgName };
}

@Injectable()
export class WorkUnitsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The unit a registration names: an existing one by id, or a new one by name. A new name that
   * someone else entered first (or a retry) resolves to the same row via the unique name.
   */
  async resolve(manager: EntityManager, choice: UnitChoice, actorId: string): Promise<WorkUnit> {
    if (!choice.unitId === !choice.newUnit) throw new DomainError('REGISTRATION_UNIT_CHOICE');
    if (choice.unitId) {
      const unit = await manager.getRepository(WorkUnit).findOne({ where: { id: choice.unitId } });
      if (!unit) throw new DomainError('WORK_UNIT_NOT_FOUND');
      return unit;
    }
    const fresh = choice.newUnit!;
    await manager
      .createQueryBuilder()
      .insert()
      .into(WorkUnit)
      .values({ id: newId(), name: fresh.name, kind: fresh.kind, partyOrgName: fresh.partyOrgName, createdBy: actorId })
      .orIgnore()
      .execute();
    // The unique name decides; read READ COMMITTED (TransactionRunner), this sees a row a concurrent transaction just committed.
    return manager.getRepository(WorkUnit).createQueryBuilder('u').where('u.name = :name', { name: fresh.name }).getOneOrFail();
  }

  /** Units approved on some community's joint committee, for the member form's picker. */
  async searchApproved(q: string): Promise<WorkUnitView[]> {
    const query = this.dataSource
      .getRepository(WorkUnit)
      .createQueryBuilder('u')
      .where((qb) => {
        const approved = qb.subQuery().select('1').from(UnitRegistration, 'r').where('r.unit_id = u.id AND r.status = :approved').getQuery();
        return `EXISTS ${approved}`;
      })
      .setParameter('approved', RegistrationStatus.Approved)
      .orderBy('u.name', 'ASC')
      .take(LIMITS.unitSearchMax);
    if (q) query.andWhere("u.name LIKE :pattern ESCAPE '!'", { pattern: `%${escapeLike(q)}%` });
    return (await query.getMany()).map(toWorkUnitView);
  }

  /** The units this user is the approved contact person of. */
  async contactUnits(userId: string): Promise<WorkUnitView[]> {
    const registrations = await this.dataSource.getRepository(UnitRegistration).find({
      select: { unitId: true },
      where: { contactUserId: userId, status: RegistrationStatus.Approved },
    });
    if (registrations.length === 0) return [];
    const units = await this.dataSource.getRepository(WorkUnit).find({ where: { id: In(registrations.map((r) => r.unitId)) }, order: { name: 'ASC' } });
    return units.map(toWorkUnitView);
  }

  /** The unit, if the user is its approved contact person; otherwise a clear refusal. */
  async requireContact(userId: string, unitId: string): Promise<WorkUnit> {
    const unit = unitId.length <= 64 ? await this.dataSource.getRepository(WorkUnit).findOne({ where: { id: unitId } }) : null;
    if (!unit) throw new DomainError('WORK_UNIT_NOT_FOUND');
    const contact = await this.dataSource.getRepository(UnitRegistration).count({
      where: { unitId, contactUserId: userId, status: RegistrationStatus.Approved },
    });
    if (contact === 0) throw new DomainError('WORK_UNIT_NOT_CONTACT');
    return unit;
  }
}

/** '!' escapes LIKE wildcards the same way on MySQL and SQLite (a backslash literal differs). */
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}
