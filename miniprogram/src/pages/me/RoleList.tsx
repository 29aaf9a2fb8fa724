import { Cell, CellGroup } from '@/components/nut';
import type { Me } from '@/services/api-types';
import { roleLabel } from '@/utils/labels';

/** The roles the user holds, each over a place (a role always has a scope: 社区书记 of 红旗社区). */
export function RoleList({ me }: { me: Me }) {
  if (me.roles.length === 0) return null;
  return (
    <CellGroup title="我的身份">
      {me.roles.map((grant) => (
        <Cell key={grant.id} title={roleLabel(grant.role)} extra={grant.place.name} />
      ))}
    </CellGroup>
  );
}
