import { Form, Input } from '@/components/nut';
import { LIMITS } from '@linli/shared';
import { WORK_UNIT_KIND_CHOICES } from '@/utils/labels';
import { partyOrgNameRules, requiredChoice, unitNameRules } from '../form-rules';
import type { UnitChoiceValues, UnitMode } from '../unit-choice';
import { SingleChoiceChips } from '@/components/blocks/ChoiceChips';
import { UnitSearch } from './UnitSearch';

const MODES = [
  { value: 'existing' as const, label: '选择已报到的单位' },
  { value: 'new' as const, label: '填写新单位' },
];

interface UnitChoiceFieldsProps {
  mode: UnitMode;
  onModeChange: (mode: UnitMode) => void;
  /** "工作单位" for a member, "报到单位" for a unit. */
  label: string;
}

/**
 * The unit, inside a NutUI Form: one approved unit found by name, or a new one described by name,
 * kind and Party organisation. Only the fields of the chosen way are mounted, so only they are checked.
 */
export function UnitChoiceFields({ mode, onModeChange, label }: UnitChoiceFieldsProps) {
  return (
    <>
      <Form.Item label={label} name={'unitMode' satisfies keyof UnitChoiceValues}>
        <SingleChoiceChips options={MODES} onChange={onModeChange} />
      </Form.Item>
      {mode === 'existing' ? (
        <Form.Item label="选择单位" name={'unit' satisfies keyof UnitChoiceValues} rules={requiredChoice('请选择单位', 'object')}>
          <UnitSearch />
        </Form.Item>
      ) : (
        <>
          <Form.Item label="单位名称" name={'newUnitName' satisfies keyof UnitChoiceValues} rules={unitNameRules}>
            <Input placeholder="如：区税务局" maxLength={LIMITS.unitNameMax} />
          </Form.Item>
          <Form.Item label="单位类别" name={'newUnitKind' satisfies keyof UnitChoiceValues} rules={requiredChoice('请选择单位类别')}>
            <SingleChoiceChips options={WORK_UNIT_KIND_CHOICES} />
          </Form.Item>
          <Form.Item label="单位党组织" name={'partyOrgName' satisfies keyof UnitChoiceValues} rules={partyOrgNameRules}>
            <Input placeholder="如：区税务局机关党委" maxLength={LIMITS.partyOrgNameMax} />
          </Form.Item>
        </>
      )}
    </>
  );
}
