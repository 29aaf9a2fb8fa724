import { WISH_CATEGORY_LABELS } from '@linli/shared';
import type { WishCategory } from '@/services/api-types';
import { Chips, type ChipOption } from './Chips';

const EXAMPLES: Record<WishCategory, string> = {
  goods: '书包、棉被',
  service: '理发、修电器',
  help: '代缴费、陪看病',
};

const CATEGORY_OPTIONS: ChipOption<WishCategory>[] = (Object.keys(EXAMPLES) as WishCategory[]).map((value) => ({
  value,
  label: (WISH_CATEGORY_LABELS as Record<string, string>)[value] ?? value,
  hint: EXAMPLES[value],
}));

/** 物品 / 服务 / 帮办, each with an example, inside the form's Form.Item. */
export function CategoryChips({ value, onChange }: { value?: WishCategory; onChange?: (value: WishCategory | undefined) => void }) {
  return <Chips className="wsa-category" options={CATEGORY_OPTIONS} value={value} onChange={onChange} wide />;
}

const GENDER_OPTIONS: ChipOption<'female' | 'male'>[] = [
  { value: 'female', label: '女士' },
  { value: 'male', label: '先生' },
];

/** 女士 / 先生 (optional: tap again to clear), only to address the resident politely on the wall. */
export function GenderChips({ value, onChange }: { value?: 'female' | 'male'; onChange?: (value: 'female' | 'male' | undefined) => void }) {
  return <Chips className="wsa-gender" options={GENDER_OPTIONS} value={value} onChange={onChange} clearable />;
}
