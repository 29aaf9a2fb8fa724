import { Text, View } from '@tarojs/components';
import { WISH_DEFAULTS } from '@linli/shared';
import { useState } from 'react';
import { showError } from '@/components/feedback';
import { Button } from '@/components/nut';
import type { CoClaimerCandidate } from '@/services/api-types';
import { coClaimerCandidates } from '@/services/wishes';

interface GroupPickerProps {
  wishId: string;
  chosen: string[];
  onChange: (ids: string[]) => void;
}

/**
 * 帮帮团: before claiming, invite up to four Party members of the community to share the work and the
 * points. Closed until asked for: most wishes are claimed alone.
 */
export function GroupPicker({ wishId, chosen, onChange }: GroupPickerProps) {
  const [candidates, setCandidates] = useState<CoClaimerCandidate[] | null>(null);
  const [loading, setLoading] = useState(false);
  const max = WISH_DEFAULTS.maxCoClaimers;

  async function open() {
    setLoading(true);
    try {
      setCandidates(await coClaimerCandidates(wishId));
    } catch (error) {
      showError(error);
    } finally {
      setLoading(false);
    }
  }

  if (!candidates)
    return (
      <View className="wsd-group">
        <Button className="wsd-group__open" block loading={loading} disabled={loading} onClick={() => void open()}>
          邀请党员一起认领（帮帮团）
        </Button>
      </View>
    );

  const toggle = (id: string) => {
    if (chosen.includes(id)) onChange(chosen.filter((c) => c !== id));
    else if (chosen.length < max) onChange([...chosen, id]);
    else showError(null, `帮帮团最多邀请 ${max} 人`);
  };
  return (
    <View className="lin-card wsd-group">
      <Text className="lin-card__title">帮帮团</Text>
      <Text className="lin-note">选择本社区已报到的党员一起完成（最多 {max} 人），确认后积分平分给每个人。</Text>
      {candidates.length === 0 ? <Text className="lin-note">本社区暂时没有其他可以邀请的党员。</Text> : null}
      <View className="wsa-chips" role="group">
        {candidates.map((c) => {
          const selected = chosen.includes(c.userId);
          return (
            <View
              key={c.userId}
              className={selected ? 'wsa-chip wsa-chip--selected wsd-group__member' : 'wsa-chip wsd-group__member'}
              role="checkbox"
              aria-checked={selected}
              onClick={() => toggle(c.userId)}
            >
              <Text className="wsa-chip__label">{selected ? `✓ ${c.displayName}` : c.displayName}</Text>
            </View>
          );
        })}
      </View>
      {chosen.length ? (
        <Text className="wsd-group__count">
          已邀请 {chosen.length} 人，连您共 {chosen.length + 1} 人
        </Text>
      ) : null}
    </View>
  );
}
