import type { Me, PlaceRef, ResourceOffer, UnitRegistration } from '@/services/api-types';
import { UNIT_FIELD_LABELS, type UnitChoiceValues } from '../../unit-choice';

export interface UnitFormValues extends UnitChoiceValues {
  /** One community, as the chips' value (a list of one). */
  communityId: string[];
  contactName: string;
  contactPhone: string;
  resources: ResourceOffer[];
  agreementText: string;
}

/** The form's first values: the current community, and the rest from my last unit registration. */
export function initialUnitValues({ me, community, latest }: { me: Me; community: PlaceRef | null; latest?: UnitRegistration }): UnitFormValues {
  return {
    communityId: community ? [community.id] : [],
    contactName: latest?.contactName ?? me.displayName,
    contactPhone: latest?.contactPhone ?? '',
    unitMode: 'existing',
    unit: latest?.unit,
    resources: latest?.resources ?? [{ kind: 'venue', description: '' }],
    agreementText: latest?.agreementText ?? '',
  };
}

export const UNIT_FORM_FIELD_LABELS: Record<string, string> = {
  ...UNIT_FIELD_LABELS,
  communityId: '驻地社区',
  contactName: '联络人姓名',
  contactPhone: '联络人手机号',
  resources: '资源清单',
  agreementText: '共建协议',
};
