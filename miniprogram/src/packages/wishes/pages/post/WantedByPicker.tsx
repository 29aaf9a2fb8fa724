import { Picker, Text, View } from '@tarojs/components';
import { wantedByWindow } from './wish-rules';

/** The wanted-by date as a tappable box opening the system date picker (tomorrow to a year ahead). */
export function WantedByPicker({ value, onChange }: { value?: string; onChange?: (value: string) => void }) {
  const { start, end } = wantedByWindow();
  return (
    <Picker mode="date" value={value || start} start={start} end={end} onChange={(event) => onChange?.(String(event.detail.value))}>
      <View className="wsa-date">
        <Text className={value ? 'wsa-date__value' : 'wsa-date__value wsa-date__value--empty'}>{value || '请选择日期'}</Text>
        <Text className="wsa-date__change">{value ? '修改' : '选择'}</Text>
      </View>
    </Picker>
  );
}
