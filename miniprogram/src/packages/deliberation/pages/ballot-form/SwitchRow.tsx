import { Text, View } from '@tarojs/components';
import { Switch } from '@/components/nut';

interface SwitchRowProps {
  label: string;
  help: string;
  checked: boolean;
  disabled: boolean;
  onChange: (value: boolean) => void;
  className: string;
}

/** A yes/no setting: its name and what it means on the left, the switch on the right. */
export function SwitchRow({ label, help, checked, disabled, onChange, className }: SwitchRowProps) {
  return (
    <View className={`dlp-switch ${className}`}>
      <View className="dlp-switch__text">
        <Text className="dlp-switch__label">{label}</Text>
        <Text className="dlp-switch__help">{help}</Text>
      </View>
      <Switch checked={checked} disabled={disabled} onChange={(value) => onChange(value)} ariaLabel={label} />
    </View>
  );
}
