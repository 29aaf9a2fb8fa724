import { LIMITS } from '@linli/shared';
import { Form, Input, TextArea } from '@/components/nut';
import type { MyHousehold } from '@/services/api-types';
import { AVAILABILITY_CHOICES, SKILL_CHOICES } from '@/utils/labels';
import { ChoiceChips } from '@/components/blocks/ChoiceChips';
import { UnitChoiceFields } from '../../components/UnitChoiceFields';
import { atLeastOne, maxLength, personNameRules, phoneRules } from '../../form-rules';
import type { UnitMode } from '../../unit-choice';
import type { MemberFormValues } from './member-form-values';

const name = (field: keyof MemberFormValues) => field;

interface MemberFormFieldsProps {
  households: MyHousehold[];
  unitMode: UnitMode;
  onUnitModeChange: (mode: UnitMode) => void;
}

/** The fields of a member registration, inside the page's NutUI Form. */
export function MemberFormFields({ households, unitMode, onUnitModeChange }: MemberFormFieldsProps) {
  const householdChoices = households.map((h) => ({ value: h.householdId, label: `${h.building.name} ${h.label}` }));
  return (
    <>
      <Form.Item label="居住的住户" name={name('householdId')} rules={atLeastOne('请选择住户')}>
        <ChoiceChips options={householdChoices} />
      </Form.Item>
      <Form.Item label="真实姓名" name={name('realName')} rules={personNameRules('真实姓名')}>
        <Input placeholder="与党员档案一致" maxLength={LIMITS.realNameMax} />
      </Form.Item>
      <Form.Item label="手机号" name={name('phone')} rules={phoneRules}>
        <Input type="tel" placeholder="11 位手机号，社区联系您用" maxLength={11} />
      </Form.Item>
      <UnitChoiceFields label="工作单位" mode={unitMode} onModeChange={onUnitModeChange} />
      <Form.Item label="专长（可多选）" name={name('skills')}>
        <ChoiceChips options={SKILL_CHOICES} multiple />
      </Form.Item>
      <Form.Item label="专长补充" name={name('skillsNote')} rules={maxLength(LIMITS.skillsNoteMax, '专长补充')}>
        <TextArea placeholder="选填，如：会修电脑、懂一点中医推拿" maxLength={LIMITS.skillsNoteMax} showCount autoSize />
      </Form.Item>
      <Form.Item label="可服务时间（至少选一项）" name={name('availability')} rules={atLeastOne('请至少选择一个可服务时间')}>
        <ChoiceChips options={AVAILABILITY_CHOICES} multiple />
      </Form.Item>
    </>
  );
}
