/**
 * Chinese labels for the API's enum values. The words live in @linli/shared, next to the enums
 * the server uses; these helpers only accept the API's string values and fall back to the raw
 * value should the server ever send one the labels do not know yet.
 */
import {
  AVAILABILITY_LABELS,
  HOUSEHOLD_RELATION_LABELS,
  POST_KIND_LABELS,
  POST_TYPE_LABELS,
  SHIFT_CLAIM_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
  RESOURCE_KIND_LABELS,
  ROLE_LABELS,
  SKILL_LABELS,
  WISH_CATEGORY_LABELS,
  WISH_STATUS_LABELS,
  WORK_UNIT_KIND_LABELS,
} from '@linli/shared';
import type {
  AvailabilitySlot,
  MyHousehold,
  PostKind,
  PostType,
  RegistrationStatus,
  ShiftClaimStatus,
  ResourceKind,
  RoleGrant,
  Skill,
  WishCategory,
  WishStatus,
  WorkUnitKind,
} from '@/services/api-types';

function labelFrom(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}

/** The choices of an enum as {value, label} pairs, in the order the labels list them. */
function choicesOf<V extends string>(labels: Record<string, string>): { value: V; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value: value as V, label }));
}

export const roleLabel = (role: RoleGrant['role']) => labelFrom(ROLE_LABELS, role);
export const householdRelationLabel = (relation: MyHousehold['relation']) => labelFrom(HOUSEHOLD_RELATION_LABELS, relation);

export const registrationStatusLabel = (status: RegistrationStatus) => labelFrom(REGISTRATION_STATUS_LABELS, status);
export const skillLabel = (skill: Skill) => labelFrom(SKILL_LABELS, skill);
export const availabilityLabel = (slot: AvailabilitySlot) => labelFrom(AVAILABILITY_LABELS, slot);
export const workUnitKindLabel = (kind: WorkUnitKind) => labelFrom(WORK_UNIT_KIND_LABELS, kind);
export const resourceKindLabel = (kind: ResourceKind) => labelFrom(RESOURCE_KIND_LABELS, kind);

export const SKILL_CHOICES = choicesOf<Skill>(SKILL_LABELS);
export const AVAILABILITY_CHOICES = choicesOf<AvailabilitySlot>(AVAILABILITY_LABELS);
export const WORK_UNIT_KIND_CHOICES = choicesOf<WorkUnitKind>(WORK_UNIT_KIND_LABELS);
export const RESOURCE_KIND_CHOICES = choicesOf<ResourceKind>(RESOURCE_KIND_LABELS);

export const wishStatusLabel = (status: WishStatus) => labelFrom(WISH_STATUS_LABELS, status);
export const wishCategoryLabel = (category: WishCategory) => labelFrom(WISH_CATEGORY_LABELS, category);
export const WISH_CATEGORY_CHOICES = choicesOf<WishCategory>(WISH_CATEGORY_LABELS);

export const postTypeLabel = (type: PostType) => labelFrom(POST_TYPE_LABELS, type);
export const postKindLabel = (kind: PostKind) => labelFrom(POST_KIND_LABELS, kind);
export const shiftClaimStatusLabel = (status: ShiftClaimStatus) => labelFrom(SHIFT_CLAIM_STATUS_LABELS, status);
export const POST_TYPE_CHOICES = choicesOf<PostType>(POST_TYPE_LABELS);
export const POST_KIND_CHOICES = choicesOf<PostKind>(POST_KIND_LABELS);
