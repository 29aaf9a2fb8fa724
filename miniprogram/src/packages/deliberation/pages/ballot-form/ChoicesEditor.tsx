import { Text, View } from '@tarojs/components';
import { DELIBERATION_DEFAULTS, DELIBERATION_TEXT_LIMITS } from '@linli/shared';
import { Button, Input } from '@/components/nut';
import { MAX_CHOICES, newChoiceRow, type ChoiceRow } from './ballot-values';

/** Named choices (2–10): one box each, 删除 beside it, + 添加选项 under them. 弃权 is added by the system. */
export function ChoicesEditor({ rows, onChange }: { rows: ChoiceRow[]; onChange: (rows: ChoiceRow[]) => void }) {
  const set = (key: string, label: string) => onChange(rows.map((r) => (r.key === key ? { ...r, label } : r)));
  return (
    <View className="dlp-choices">
      {rows.map((row, index) => (
        <View key={row.key} className="dlp-choices__row">
          <Text className="dlp-choices__number">{index + 1}</Text>
          <Input
            className="dlp-box dlp-choices__input"
            value={row.label}
            onChange={(label) => set(row.key, label)}
            placeholder={index === 0 ? '例如：方案一：东侧加装' : '例如：方案二：西侧加装'}
            maxLength={DELIBERATION_TEXT_LIMITS.choiceLabel}
          />
          {rows.length > DELIBERATION_DEFAULTS.minChoices ? (
            <Text className="dlp-choices__remove" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
              删除
            </Text>
          ) : null}
        </View>
      ))}
      {rows.length < MAX_CHOICES ? (
        <Button className="dlp-choices__add" block onClick={() => onChange([...rows, newChoiceRow()])}>
          + 添加选项
        </Button>
      ) : null}
      <Text className="dlp-field__help">系统会自动加上“弃权”。</Text>
    </View>
  );
}
