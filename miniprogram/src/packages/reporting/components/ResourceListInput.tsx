import { Text, View } from '@tarojs/components';
import { LIMITS } from '@linli/shared';
import { Button, Input } from '@/components/nut';
import type { ResourceOffer } from '@/services/api-types';
import { RESOURCE_KIND_CHOICES } from '@/utils/labels';
import { SingleChoiceChips } from '@/components/blocks/ChoiceChips';

interface ResourceListInputProps {
  /** NutUI's Form.Item passes the list in. */
  value?: ResourceOffer[];
  onChange?: (value: ResourceOffer[]) => void;
}

/** 资源清单: what the unit offers, each a kind and a sentence; one to LIMITS.resourcesMax of them. */
export function ResourceListInput({ value = [], onChange }: ResourceListInputProps) {
  const change = (index: number, patch: Partial<ResourceOffer>) => onChange?.(value.map((offer, i) => (i === index ? { ...offer, ...patch } : offer)));

  return (
    <View className="rpt-resources">
      {value.map((offer, index) => (
        <View key={index} className="rpt-resource">
          <View className="rpt-resource__head">
            <Text className="rpt-resource__number">第 {index + 1} 项</Text>
            {value.length > 1 ? (
              <Button size="small" fill="none" onClick={() => onChange?.(value.filter((_, i) => i !== index))}>
                删除
              </Button>
            ) : null}
          </View>
          <SingleChoiceChips options={RESOURCE_KIND_CHOICES} value={offer.kind} onChange={(kind) => change(index, { kind })} />
          <Input
            className="rpt-resource__description"
            value={offer.description}
            onChange={(description) => change(index, { description })}
            placeholder="如：三楼会议室，周末可供社区活动使用"
            maxLength={LIMITS.resourceDescriptionMax}
          />
        </View>
      ))}
      {value.length < LIMITS.resourcesMax ? (
        <Button size="small" onClick={() => onChange?.([...value, { kind: 'other', description: '' }])}>
          ＋ 添加一项
        </Button>
      ) : null}
    </View>
  );
}

/** Each offer needs a description of at least two characters (the server's bound). */
export function resourcesComplete(value: unknown): boolean {
  return Array.isArray(value) && (value as ResourceOffer[]).every((offer) => offer.description.trim().length >= 2);
}
