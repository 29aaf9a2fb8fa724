import { RegistrationStatus } from '../reporting';

/** What can happen to a registration after it is submitted. */
export enum RegistrationAction {
  Approve = 'approve',
  Reject = 'reject',
  /** The applicant takes back a registration nobody has decided yet. */
  Withdraw = 'withdraw',
  /** A newer approved registration replaces this one (moving house, a unit re-registering). */
  Supersede = 'supersede',
}

/**
 * The state machine of member and unit registrations. Services turn each transition into one
 * conditional UPDATE (`… WHERE id = ? AND status IN (sources)`), so the database decides races.
 */
const TRANSITIONS: Record<RegistrationAction, { from: readonly RegistrationStatus[]; to: RegistrationStatus }> = {
  [RegistrationAction.Approve]: { from: [RegistrationStatus.Pending], to: RegistrationStatus.Approved },
  [RegistrationAction.Reject]: { from: [RegistrationStatus.Pending], to: RegistrationStatus.Rejected },
  [RegistrationAction.Withdraw]: { from: [RegistrationStatus.Pending], to: RegistrationStatus.Withdrawn },
  [RegistrationAction.Supersede]: { from: [RegistrationStatus.Approved], to: RegistrationStatus.Ended },
};

export function registrationSources(action: RegistrationAction): readonly RegistrationStatus[] {
  return TRANSITIONS[action].from;
}

export function registrationTarget(action: RegistrationAction): RegistrationStatus {
  return TRANSITIONS[action].to;
}

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextRegistrationStatus(status: RegistrationStatus, action: RegistrationAction): RegistrationStatus | null {
  return TRANSITIONS[action].from.includes(status) ? TRANSITIONS[action].to : null;
}

/**
 * The error to report when `action` found the registration in `status` instead of a source state:
 * the applicant withdrew it, someone already decided it, or it has ended.
 */
export function registrationConflict(status: RegistrationStatus): 'REGISTRATION_WITHDRAWN' | 'REGISTRATION_ALREADY_DECIDED' | 'REGISTRATION_NOT_ACTIVE' {
  switch (status) {
    case RegistrationStatus.Withdrawn:
      return 'REGISTRATION_WITHDRAWN';
    case RegistrationStatus.Approved:
    case RegistrationStatus.Rejected:
      return 'REGISTRATION_ALREADY_DECIDED';
    default:
      return 'REGISTRATION_NOT_ACTIVE';
  }
}

/**
 * Which "live slot" a registration occupies. The table has a unique key on (applicant, slot) and
 * NULL never collides, so each applicant has at most one pending and at most one approved
 * registration, enforced by the database: a second submission while one is pending fails there.
 */
export type RegistrationSlot = 'pending' | 'approved' | null;

export function registrationSlot(status: RegistrationStatus): RegistrationSlot {
  if (status === RegistrationStatus.Pending) return 'pending';
  if (status === RegistrationStatus.Approved) return 'approved';
  return null;
}
