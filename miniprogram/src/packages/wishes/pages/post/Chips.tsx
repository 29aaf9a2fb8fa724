import { Text, View } from '@tarojs/components';

export interface ChipOption<V extends string> {
  value: V;
  label: string;
  /** A short example under the label (物品: 书包、棉被). */
  hint?: string;
}

interface ChipsProps<V extends string> {
  options: readonly ChipOption<V>[];
  /** The chosen value (NutUI's Form.Item passes it in). */
  value?: V;
  onChange?: (value: V | undefined) => void;
  /** Tapping the chosen chip again clears it (for an optional choice). */
  clearable?: boolean;
  /** The chips share the row evenly. */
  wide?: boolean;
  className?: string;
}

/** One of several options as large chips (a radio group), with a visible tick on the chosen one. */
export function Chips<V extends string>({ options, value, onChange, clearable = false, wide = false, className }: ChipsProps<V>) {
  return (
    <View className={`wsa-chips ${wide ? 'wsa-chips--wide' : ''} ${className ?? ''}`} role="radiogroup">
      {options.map((option) => {
        const selected = option.value === value;
        return (
          <View
            key={option.value}
            className={selected ? 'wsa-chip wsa-chip--selected' : 'wsa-chip'}
            role="radio"
            aria-checked={selected}
            onClick={() => onChange?.(selected && clearable ? undefined : option.value)}
          >
            <Text className="wsa-chip__label">{selected ? `✓ ${option.label}` : option.label}</Text>
            {option.hint ? <Text className="wsa-chip__hint">{option.hint}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
