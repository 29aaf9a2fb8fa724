import { AvailabilitySlot, RegistrationStatus, ResourceKind, Skill, WorkUnitKind } from '../reporting';
import { PlaceRef } from './identity';

export interface WorkUnitView {
  id: string;
  name: string;
  kind: WorkUnitKind;
  /** The unit's Party organisation, e.g. "区教育局机关党委". */
  partyOrgName: string;
}

export interface ResourceOfferView {
  kind: ResourceKind;
  description: string;
}

/** Who decided a registration and when (null while pending). */
export interface DecisionView {
  decidedAt: string | null;
  decidedByName: string | null;
  rejectReason: string | null;
  endedAt: string | null;
}

/** A member registration (个人报到) as its applicant and the reviewing secretary see it. */
export interface MemberRegistrationView extends DecisionView {
  id: string;
  userId: string;
  status: RegistrationStatus;
  community: PlaceRef;
  householdId: string;
  /** Building and flat, e.g. "3号楼 1单元 201". */
  householdLabel: string;
  /** YYYY-MM-DD the applicant moved out of that flat while this waited: the reviewer should ask where they live now. */
  householdLeftOn: string | null;
  realName: string;
  phone: string;
  unit: WorkUnitView;
  skills: Skill[];
  skillsNote: string | null;
  availability: AvailabilitySlot[];
  submittedAt: string;
}

/** A unit registration (单位报到) as its contact and the reviewing secretary see it. */
export interface UnitRegistrationView extends DecisionView {
  id: string;
  status: RegistrationStatus;
  community: PlaceRef;
  unit: WorkUnitView;
  contactUserId: string;
  contactName: string;
  contactPhone: string;
  resources: ResourceOfferView[];
  agreementText: string;
  submittedAt: string;
}

/** A unit on the community's joint committee (大党委): public to the community, no contact details. */
export interface JointCommitteeUnitView {
  registrationId: string;
  unit: WorkUnitView;
  resources: ResourceOfferView[];
  joinedAt: string;
}

/** A member's service in one community over a period (双服务双评价). */
export interface ServiceRecordView {
  points: number;
  /** Confirmed service hours (from pioneer-post shifts). */
  hours: number;
  wishesFulfilled: number;
  ratingsCount: number;
  /** Mean of the 1–5 ratings received, one decimal; null without ratings. */
  averageRating: number | null;
}

/** A unit's member as the unit contact sees them: where they reported and what they did there. */
export interface UnitMemberView {
  registrationId: string;
  userId: string;
  realName: string;
  community: PlaceRef;
  status: RegistrationStatus;
  approvedAt: string | null;
  endedAt: string | null;
  year: number;
  record: ServiceRecordView;
}
