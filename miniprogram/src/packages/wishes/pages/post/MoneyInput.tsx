import { Text, View } from '@tarojs/components';
import { Input } from '@/components/nut';

/** The estimated value in yuan, with its unit beside the box. */
export function MoneyInput({ value, onChange }: { value?: string; onChange?: (value: string) => void }) {
  return (
    <View className="wsa-money">
      <Input className="wsa-box wsa-value-input" type="digit" value={value ?? ''} onChange={(next) => onChange?.(next)} placeholder="如：150" maxLength={10} />
      <Text className="wsa-money__unit">元</Text>
    </View>
  );
}
