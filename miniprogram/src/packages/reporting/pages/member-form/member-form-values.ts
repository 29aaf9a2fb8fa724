import type { AvailabilitySlot, Me, MemberRegistration, MyHousehold, Skill } from '@/services/api-types';
import { UNIT_FIELD_LABELS, type UnitChoiceValues } from '../../unit-choice';

export interface MemberFormValues extends UnitChoiceValues {
  /** One household, as the chips' value (a list of one). */
  householdId: string[];
  realName: string;
  phone: string;
  skills?: Skill[];
  skillsNote?: string;
  availability: AvailabilitySlot[];
}

/**
 * The form's first values: the home household if it is in this community, the profile's name,
 * and everything else from the member's last registration (reporting again after a move).
 */
export function initialMemberValues({ me, households, latest }: { me: Me; households: MyHousehold[]; latest?: MemberRegistration }): MemberFormValues {
  const household = households.find((h) => h.householdId === me.homeHouseholdId) ?? households[0];
  return {
    householdId: [household.householdId],
    realName: latest?.realName ?? me.displayName,
    phone: latest?.phone ?? '',
    unitMode: 'existing',
    unit: latest?.unit,
    skills: latest?.skills ?? [],
    skillsNote: latest?.skillsNote ?? '',
    availability: latest?.availability ?? [],
  };
}

/** The form's names for the API's fields, for the server's validation messages. */
export const MEMBER_FIELD_LABELS: Record<string, string> = {
  ...UNIT_FIELD_LABELS,
  householdId: '住户',
  realName: '真实姓名',
  phone: '手机号',
  skills: '专长',
  skillsNote: '专长补充',
  availability: '可服务时间',
};
