import { Text, View } from '@tarojs/components';
import { Input } from '@/components/nut';

interface NumberInputProps {
  value?: string;
  onChange?: (value: string) => void;
  /** 元, 天, 分 beside the box. */
  unit: string;
  /** What the rule does, under the box. */
  help: string;
  /** Allows decimals (money). */
  decimals?: boolean;
  className?: string;
}

/** A number with its unit beside the box and a line on what it does, inside a Form.Item. */
export function NumberInput({ value, onChange, unit, help, decimals, className }: NumberInputProps) {
  return (
    <View>
      <View className="wsa-number">
        <Input
          className={`wsa-box ${className ?? ''}`}
          type={decimals ? 'digit' : 'number'}
          value={value ?? ''}
          onChange={(next) => onChange?.(next)}
          maxLength={9}
        />
        <Text className="wsa-number__unit">{unit}</Text>
      </View>
      <Text className="wsa-help">{help}</Text>
    </View>
  );
}
