import { Text, View } from '@tarojs/components';
import './ChoiceChips.scss';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

interface ChoiceChipsProps<V extends string> {
  options: readonly Choice<V>[];
  /** The chosen values (NutUI's Form.Item passes it in). */
  value?: V[];
  onChange?: (value: V[]) => void;
  /** Several may be chosen (checkboxes) or one (radio buttons). */
  multiple?: boolean;
  className?: string;
}

/**
 * Options as large tappable chips: checkboxes when `multiple`, else radio buttons. Big targets
 * and a visible tick rather than a small box, for care mode and for thumbs.
 */
export function ChoiceChips<V extends string>({ options, value = [], onChange, multiple = false, className }: ChoiceChipsProps<V>) {
  function toggle(option: V) {
    if (!multiple) return onChange?.([option]);
    const chosen = value.includes(option);
    // Keep the options' order, whatever order they were tapped in.
    onChange?.(options.map((o) => o.value).filter((v) => (v === option ? !chosen : value.includes(v))));
  }

  return (
    <View className={`lin-chips ${className ?? ''}`} role={multiple ? 'group' : 'radiogroup'}>
      {options.map((option) => {
        const selected = value.includes(option.value);
        return (
          <View
            key={option.value}
            className={selected ? 'lin-chip lin-chip--selected' : 'lin-chip'}
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={selected}
            onClick={() => toggle(option.value)}
          >
            <Text className="lin-chip__label">{selected ? `✓ ${option.label}` : option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}

interface SingleChoiceProps<V extends string> {
  options: readonly Choice<V>[];
  value?: V;
  onChange?: (value: V) => void;
  className?: string;
}

/** One of several options, as chips (a radio group). */
export function SingleChoiceChips<V extends string>({ value, onChange, ...rest }: SingleChoiceProps<V>) {
  return <ChoiceChips {...rest} value={value ? [value] : []} onChange={(next) => next[0] && onChange?.(next[0])} />;
}
