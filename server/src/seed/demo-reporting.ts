import { RegistrationStatus, registrationSlot } from '@linli/shared';
import { newId } from '../database/ids';
import { User } from '../identity/user.entity';
import { Household } from '../places/household.entity';
import { Place } from '../places/place.entity';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { UnitRegistration } from '../reporting/unit-registration.entity';
import { WorkUnit } from '../reporting/work-unit.entity';
import { DEMO_AGREEMENT, DEMO_UNIT_REGISTRATIONS, DEMO_USERS, DEMO_WORK_UNITS } from './demo-city';

/** When the demo's approved registrations were decided (fixed, so screens look the same every run). */
const DECIDED_AT = new Date('2026-03-05T02:00:00Z');
/** When those were submitted: before their review, as in life (a pending one is submitted at seeding, the default). */
const SUBMITTED_AT = new Date('2026-03-02T01:30:00Z');

export interface DemoReportingRows {
  units: WorkUnit[];
  unitRegistrations: UnitRegistration[];
  memberRegistrations: MemberRegistration[];
}

/** The demo's double reporting: the units, their registrations and the members' registrations. */
export function demoReporting(
  users: Map<string, User>,
  households: Map<string, Household>,
  communities: Map<string, Place>,
  secretaries: Map<string, User>,
): DemoReportingRows {
  const units = DEMO_WORK_UNITS.map((u) => ({ id: newId(), ...u, createdBy: null }) as WorkUnit);
  const unitByName = new Map(units.map((u) => [u.name, u]));
  const decision = (status: RegistrationStatus, communityId: string) => ({
    status,
    slot: registrationSlot(status),
    decidedBy: status === RegistrationStatus.Pending ? null : (secretaries.get(communityId)?.id ?? null),
    decidedAt: status === RegistrationStatus.Pending ? null : DECIDED_AT,
    rejectReason: null,
    endedAt: null,
    ...(status === RegistrationStatus.Pending ? {} : { createdAt: SUBMITTED_AT }),
  });

  const unitRegistrations = DEMO_UNIT_REGISTRATIONS.map((r) => {
    const contact = users.get(r.contact)!;
    const communityId = communities.get(r.community)!.id;
    return {
      id: newId(),
      unitId: unitByName.get(r.unit)!.id,
      communityId,
      contactUserId: contact.id,
      contactName: contact.displayName,
      contactPhone: contact.phone!,
      resources: r.resources,
      agreementText: DEMO_AGREEMENT,
      ...decision(r.status, communityId),
    } as UnitRegistration;
  });

  const memberRegistrations = DEMO_USERS.filter((d) => d.reporting).map((d) => {
    const user = users.get(d.name)!;
    const household = households.get(user.id)!;
    return {
      id: newId(),
      userId: user.id,
      communityId: household.communityId,
      householdId: household.id,
      realName: d.name,
      phone: d.phone,
      unitId: unitByName.get(d.reporting!.unit)!.id,
      skills: d.reporting!.skills,
      skillsNote: null,
      availability: d.reporting!.availability,
      ...decision(d.reporting!.status ?? RegistrationStatus.Approved, household.communityId),
    } as MemberRegistration;
  });
  return { units, unitRegistrations, memberRegistrations };
}
