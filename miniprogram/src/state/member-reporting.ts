/**
 * Where the user's own double reporting stands in the community they are looking at: a Party
 * member already, waiting for the secretary's review, or neither. The pending case is what the
 * profile cannot tell (a pending registration grants no role), so it is asked for each time a
 * page that shows it appears; pages showing it at once share one request and one answer.
 */
import { useDidShow } from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import type { MemberRegistration } from '@/services/api-types';
import { myMemberRegistrations } from '@/services/member-registrations';
import { useCommunityRoles } from './community-roles';
import { session, useSession } from './session';

export type MemberReportingState = { kind: 'member' } | { kind: 'pending'; registration: MemberRegistration } | { kind: 'none' };

let mine: MemberRegistration[] = [];
let inFlight: Promise<void> | null = null;
const listeners = new Set<() => void>();

function refresh(): void {
  if (inFlight || !session.get().token) return;
  inFlight = myMemberRegistrations()
    .then((list) => {
      mine = list;
      listeners.forEach((listener) => listener());
    })
    .catch(() => undefined) // keep what was shown
    .finally(() => {
      inFlight = null;
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMemberReporting(): MemberReportingState {
  const { community, me } = useSession();
  const { isPartyMember } = useCommunityRoles();
  const list = useSyncExternalStore(subscribe, () => mine);
  useDidShow(refresh);
  if (isPartyMember) return { kind: 'member' };
  const pending = list.find((r) => r.status === 'pending' && r.userId === me?.id && r.community.id === community?.id);
  return pending ? { kind: 'pending', registration: pending } : { kind: 'none' };
}
