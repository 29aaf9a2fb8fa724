import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { POINTS_RULE_LIMITS } from '@linli/shared';
import { useState } from 'react';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Toggle } from '@/components/blocks/Toggle';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Input } from '@/components/nut';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES } from '@/navigation/routes';
import type { PointsRules } from '@/services/api-types';
import { getPointsRules, updatePointsRules } from '@/services/points';
import { submissionError } from '@/services/submission-error';
import { formatMinute } from '@/utils/dates';

const FIELD_LABELS = { pointsPerHour: '每小时积分', dailyCap: '每日上限' };

/** 积分规则: the rate per service hour and the daily cap (the secretary edits them); points per wish is shown and edited in 心愿规则. */
export function RulesCard({ communityId, canEdit }: { communityId: string; canEdit: boolean }) {
  const { loaded, reload, replace } = useLoad(() => getPointsRules(communityId), [communityId]);
  const [editing, setEditing] = useState(false);

  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />;
  const rules = loaded.data;

  return (
    <InfoCard className="wbk-rules" title="积分规则">
      {editing ? (
        <RulesForm
          rules={rules}
          onSaved={(saved) => {
            replace(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <InfoRow label="服务时长" value={`每小时 ${rules.pointsPerHour} 分`} />
          <InfoRow label="每日上限" value={rules.dailyCap === null ? '不设上限' : `每人每天最多 ${rules.dailyCap} 分`} />
          <InfoRow label="圆梦心愿" value={`每个 ${rules.pointsPerWish} 分`} />
          <Text className="wbk-rules__note">
            服务时长的标准用于新发布的先锋岗；圆梦积分在
            {canEdit ? (
              <Text className="wbk-link wbk-rules__wish-settings" onClick={() => void Taro.navigateTo({ url: ROUTES.wishSettings })}>
                心愿规则
              </Text>
            ) : (
              '心愿规则'
            )}
            中设定。
          </Text>
          <Text className="wbk-rules__note">
            {rules.updatedAt ? `上次修改：${rules.updatedByName ?? '社区书记'}，${formatMinute(rules.updatedAt)}` : '现在用的是默认规则。'}
          </Text>
          {canEdit ? (
            <Button className="wbk-rules__edit" block onClick={() => setEditing(true)}>
              修改积分规则
            </Button>
          ) : null}
        </>
      )}
    </InfoCard>
  );
}

function RulesForm({ rules, onSaved, onCancel }: { rules: PointsRules; onSaved: (rules: PointsRules) => void; onCancel: () => void }) {
  const [perHour, setPerHour] = useState(String(rules.pointsPerHour));
  const [noCap, setNoCap] = useState(rules.dailyCap === null);
  const [cap, setCap] = useState(rules.dailyCap === null ? '' : String(rules.dailyCap));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    const hour = wholeNumber(perHour);
    const { min: hourMin, max: hourMax } = POINTS_RULE_LIMITS.pointsPerHour;
    if (hour === null || hour < hourMin || hour > hourMax) return setProblem(`每小时积分请填 ${hourMin}–${hourMax} 的整数`);
    const daily = noCap ? null : wholeNumber(cap);
    const { min: capMin, max: capMax } = POINTS_RULE_LIMITS.dailyCap;
    if (!noCap && (daily === null || daily < capMin || daily > capMax)) return setProblem(`每日上限请填 ${capMin}–${capMax} 的整数，或选“不设上限”`);
    setProblem(null);
    setSaving(true);
    try {
      const saved = await updatePointsRules(rules.communityId, { pointsPerHour: hour, dailyCap: daily });
      showSuccess('已保存');
      onSaved(saved);
    } catch (error) {
      showError(error, submissionError(error, FIELD_LABELS));
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="wbk-rules-form">
      <View className="wbk-field">
        <Text className="wbk-field__label">每小时服务积分</Text>
        <View className="wbk-field__row">
          <Input className="wbk-box wbk-rules__per-hour" type="number" value={perHour} onChange={setPerHour} maxLength={3} />
          <Text className="wbk-field__unit">分 / 小时</Text>
        </View>
        <Text className="wbk-field__help">新发布的先锋岗默认按这个标准计分，已发布的不变。</Text>
      </View>
      <View className="wbk-field">
        <Text className="wbk-field__label">每人每日上限</Text>
        <View className="wbk-field__row">
          {noCap ? (
            <Text className="wbk-field__help wbk-field__none">不设上限</Text>
          ) : (
            <>
              <Input className="wbk-box wbk-rules__cap" type="number" value={cap} onChange={setCap} maxLength={4} placeholder="例如 50" />
              <Text className="wbk-field__unit">分</Text>
            </>
          )}
          <Toggle
            className="wbk-field__toggle wbk-rules__no-cap"
            compact
            label={noCap ? '✓ 不设上限' : '不设上限'}
            on={noCap}
            onClick={() => setNoCap(!noCap)}
          />
        </View>
        <Text className="wbk-field__help">一天内参加活动所得积分超过上限的部分不再计入；书记奖励和冲正不受限。</Text>
      </View>
      {problem ? <Text className="wbk-field__error">{problem}</Text> : null}
      <View className="wbk-buttons">
        <Button disabled={saving} onClick={onCancel}>
          取消
        </Button>
        <Button className="wbk-rules__save" type="primary" loading={saving} disabled={saving} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}
