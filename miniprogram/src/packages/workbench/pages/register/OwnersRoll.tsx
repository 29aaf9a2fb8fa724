import { Text, View } from '@tarojs/components';
import type { OwnersRollView } from '@linli/shared';
import { useState } from 'react';
import { showError } from '@/components/feedback';
import { Button } from '@/components/nut';
import { ownersRoll } from '@/services/register';

/** 业主名册: the owners' roll as a ballot opened now would count it (Art. 278), shown on request. */
export function OwnersRoll({ communityId }: { communityId: string }) {
  const [roll, setRoll] = useState<OwnersRollView | null>(null);
  const [loading, setLoading] = useState(false);

  async function load() {
    setLoading(true);
    try {
      setRoll(await ownersRoll(communityId));
    } catch (error) {
      showError(error);
    } finally {
      setLoading(false);
    }
  }

  if (!roll) {
    return (
      <View className="lin-actions">
        <Button className="wbk-register-roll" size="small" loading={loading} onClick={() => void load()}>
          查看业主名册（表决按人数和面积计）
        </Button>
      </View>
    );
  }
  return (
    <View className="wbk-register-roll-list">
      <Text className="wbk-section">{`业主名册：${roll.electors} 人，${roll.flats} 套，专有面积 ${roll.area} ㎡`}</Text>
      {roll.lines.map((line) => (
        <Text key={line.key} className="lin-note">{`${line.name}（${line.note}，${line.area} ㎡）：${line.flats.join('、')}`}</Text>
      ))}
    </View>
  );
}
