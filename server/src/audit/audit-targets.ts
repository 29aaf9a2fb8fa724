import { DataSource, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Topic } from '../deliberation/topic.entity';
import { displayNamesOf } from '../identity/display-names';
import { Post } from '../posts/post.entity';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { UnitRegistration } from '../reporting/unit-registration.entity';
import { WorkUnit } from '../reporting/work-unit.entity';
import { Wish } from '../wishes/wish.entity';
import { AuditLog } from './audit-log.entity';

/** "wish:<id>" → the words a secretary knows the target by. */
export type TargetLabels = Map<string, string>;

export const targetKey = (type: string, id: string): string => `${type}:${id}`;

/**
 * What each entry acted on, in words: a wish or post by its title, a registration by whose (or
 * which unit's) it is, a person by name. One read per kind of target on the page, of the few
 * columns needed; a target since deleted, or of a kind without words, has no entry.
 */
export async function targetLabelsOf(dataSource: DataSource, rows: readonly AuditLog[]): Promise<TargetLabels> {
  const idsOf = (type: string) => [...new Set(rows.filter((r) => r.targetType === type).map((r) => r.targetId))];
  const labels: TargetLabels = new Map();
  const put = (type: string, id: string, label: string) => labels.set(targetKey(type, id), label);

  const titled = async (type: string, entity: EntityTarget<ObjectLiteral & { id: string; title: string }>) => {
    const ids = idsOf(type);
    if (ids.length === 0) return;
    const found = await dataSource.getRepository(entity).find({ select: { id: true, title: true }, where: { id: In(ids) } });
    for (const row of found) put(type, row.id, `「${row.title}」`);
  };

  const memberRegistrations = async () => {
    const ids = idsOf('member_registration');
    if (ids.length === 0) return;
    const found = await dataSource.getRepository(MemberRegistration).find({ select: { id: true, realName: true }, where: { id: In(ids) } });
    for (const row of found) put('member_registration', row.id, `${row.realName}的党员报到`);
  };

  const unitRegistrations = async () => {
    const ids = idsOf('unit_registration');
    if (ids.length === 0) return;
    const found = await dataSource.getRepository(UnitRegistration).find({ select: { id: true, unitId: true }, where: { id: In(ids) } });
    const units = found.length
      ? await dataSource.getRepository(WorkUnit).find({ select: { id: true, name: true }, where: { id: In([...new Set(found.map((r) => r.unitId))]) } })
      : [];
    const unitNames = new Map(units.map((u) => [u.id, u.name]));
    for (const row of found) if (unitNames.has(row.unitId)) put('unit_registration', row.id, `${unitNames.get(row.unitId)}的单位报到`);
  };

  const users = async () => {
    for (const [id, name] of await displayNamesOf(dataSource, idsOf('user'))) put('user', id, name);
  };

  await Promise.all([titled('wish', Wish), titled('post', Post), titled('topic', Topic), memberRegistrations(), unitRegistrations(), users()]);
  return labels;
}
