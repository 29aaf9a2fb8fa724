import { LIMITS } from '@linli/shared';
import { Form, Input, TextArea } from '@/components/nut';
import type { PlaceRef } from '@/services/api-types';
import { ChoiceChips } from '@/components/blocks/ChoiceChips';
import { ResourceListInput, resourcesComplete } from '../../components/ResourceListInput';
import { UnitChoiceFields } from '../../components/UnitChoiceFields';
import { atLeastOne, lengthBetween, personNameRules, phoneRules } from '../../form-rules';
import type { UnitMode } from '../../unit-choice';
import type { UnitFormValues } from './unit-form-values';

const name = (field: keyof UnitFormValues) => field;

const resourceRules = [
  ...atLeastOne('请至少填写一项资源'),
  { validator: (_rule: unknown, value: unknown) => resourcesComplete(value), message: '请为每一项资源写一句说明（至少 2 个字）' },
];

interface UnitFormFieldsProps {
  communities: PlaceRef[];
  unitMode: UnitMode;
  onUnitModeChange: (mode: UnitMode) => void;
}

/** The fields of a unit registration, inside the page's NutUI Form. */
export function UnitFormFields({ communities, unitMode, onUnitModeChange }: UnitFormFieldsProps) {
  return (
    <>
      <Form.Item label="驻地社区" name={name('communityId')} rules={atLeastOne('请选择驻地社区')}>
        <ChoiceChips options={communities.map((c) => ({ value: c.id, label: c.name }))} />
      </Form.Item>
      <UnitChoiceFields label="报到单位" mode={unitMode} onModeChange={onUnitModeChange} />
      <Form.Item label="联络人姓名" name={name('contactName')} rules={personNameRules('联络人姓名')}>
        <Input placeholder="本单位负责与社区联系的人" maxLength={LIMITS.realNameMax} />
      </Form.Item>
      <Form.Item label="联络人手机号" name={name('contactPhone')} rules={phoneRules}>
        <Input type="tel" placeholder="11 位手机号" maxLength={11} />
      </Form.Item>
      <Form.Item label={`资源清单（1–${LIMITS.resourcesMax} 项）`} name={name('resources')} rules={resourceRules}>
        <ResourceListInput />
      </Form.Item>
      <Form.Item label="共建协议" name={name('agreementText')} rules={lengthBetween(LIMITS.agreementMin, LIMITS.agreementMax, '共建协议')}>
        <TextArea placeholder="双方共建的内容、方式和频次，如：每年至少开展四次共建活动" maxLength={LIMITS.agreementMax} showCount autoSize />
      </Form.Item>
    </>
  );
}
