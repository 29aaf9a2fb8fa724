import { addDaysToDate } from '@linli/shared';
import type { Me, MyHousehold, PostWish, WishCategory } from '@/services/api-types';
import type { AgentTargetValue } from './AgentTarget';
import { wantedByWindow } from './wish-rules';
import { yuanToFen } from '@/utils/money';

/** 为自己许愿, or 为居民代办 (a grid worker posting for a resident with their consent). */
export type PostMode = 'self' | 'agent';

export interface PostFormValues {
  /** Self: one of the poster's households. */
  householdId?: string;
  /** Agent: the resident and their household. */
  target?: AgentTargetValue;
  consentNote?: string;
  title?: string;
  story?: string;
  category?: WishCategory;
  /** The estimated value in yuan, as typed. */
  valueYuan?: string;
  wantedBy?: string;
  gender?: 'female' | 'male';
}

/** The form's names for the API's fields, for the server's validation messages. */
export const POST_FIELD_LABELS: Record<string, string> = {
  householdId: '住户',
  beneficiaryUserId: '居民',
  consentNote: '居民如何同意的',
  title: '心愿标题',
  story: '心愿故事',
  category: '类别',
  valueFen: '估计价值',
  wantedBy: '希望完成日期',
  beneficiaryGender: '称呼',
};

/** The first values: the home household (else the first), a wanted-by date a month ahead. */
export function initialPostValues(mode: PostMode, me: Me, households: MyHousehold[], grids: { id: string }[]): PostFormValues {
  const wantedBy = addDaysToDate(wantedByWindow().start, 29);
  if (mode === 'agent') return { target: grids.length === 1 ? { gridId: grids[0].id } : {}, wantedBy };
  const home = households.find((h) => h.householdId === me.homeHouseholdId) ?? households[0];
  return { householdId: home?.householdId, wantedBy };
}

/** The request body; for an agent, the resident and the consent note. */
export function postBody(mode: PostMode, values: PostFormValues): PostWish {
  const common = {
    title: (values.title ?? '').trim(),
    story: (values.story ?? '').trim(),
    category: values.category as WishCategory,
    valueFen: yuanToFen(values.valueYuan ?? '0'),
    wantedBy: values.wantedBy ?? '',
    ...(values.gender ? { beneficiaryGender: values.gender } : {}),
  };
  if (mode === 'self') return { ...common, householdId: values.householdId ?? '' };
  return {
    ...common,
    householdId: values.target?.householdId ?? '',
    beneficiaryUserId: values.target?.beneficiaryUserId,
    consentNote: (values.consentNote ?? '').trim(),
  };
}
