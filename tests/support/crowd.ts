import { JwtService } from '@nestjs/jwt';
import { ConsentKind, CURRENT_POLICY, Role } from '@linli/shared';
import { PrivacyConsent } from '../../server/src/privacy/privacy-consent.entity';
import { newId } from '../../server/src/database/ids';
import { User } from '../../server/src/identity/user.entity';
import { RoleGrant } from '../../server/src/roles/role-grant.entity';
import { TestApp } from './test-app';

export interface CrowdMember {
  id: string;
  name: string;
  token: string;
}

/**
 * Many distinct users holding a role in a place, for concurrency tests: inserted directly and
 * given signed tokens (logging 500 people in through the API would test the login, not the claim).
 */
export async function crowd(t: TestApp, size: number, role: Role, placeId: string, label: string): Promise<CrowdMember[]> {
  const users = Array.from({ length: size }, (_, i) => ({ id: newId(), displayName: `${label}${i + 1}`, careMode: false }) as User);
  const repo = t.dataSource.getRepository(User);
  for (let i = 0; i < users.length; i += 100) await repo.insert(users.slice(i, i + 100));
  const grants = users.map((u) => ({ id: newId(), userId: u.id, role, placeId, grantedBy: null }) as RoleGrant);
  for (let i = 0; i < grants.length; i += 100) await t.dataSource.getRepository(RoleGrant).insert(grants.slice(i, i + 100));
  // They have agreed to the current privacy policy, as everyone logging in through the app has.
  const consents = users.map((u) => ({
    id: newId(),
    userId: u.id,
    kind: ConsentKind.Policy,
    policyVersion: CURRENT_POLICY.version,
    subjectId: '',
    givenBy: u.id,
    method: 'app',
  }));
  for (let i = 0; i < consents.length; i += 100) await t.dataSource.getRepository(PrivacyConsent).insert(consents.slice(i, i + 100));
  const jwt = t.app.get(JwtService);
  return Promise.all(users.map(async (u) => ({ id: u.id, name: u.displayName, token: await jwt.signAsync({ sub: u.id }) })));
}
