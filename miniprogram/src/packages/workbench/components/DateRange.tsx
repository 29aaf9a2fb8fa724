import { Picker, Text, View } from '@tarojs/components';
import { shanghaiDateOf } from '@linli/shared';

interface DateRangeProps {
  /** YYYY-MM-DD, or '' for open-ended (when `open` allows it). */
  from: string;
  to: string;
  onFrom: (day: string) => void;
  onTo: (day: string) => void;
  className?: string;
}

/**
 * Two native date pickers (from 至 to), up to today; an unset day reads 不限. A start after the
 * end moves the end along (and the reverse), so the range stays a range.
 */
export function DateRange({ from, to, onFrom, onTo, className }: DateRangeProps) {
  const today = shanghaiDateOf(new Date());
  const pick = (value: string, onPick: (day: string) => void, placeholder: string, side: string) => (
    <View className={`wbk-date wbk-date--${side}`}>
      <Picker mode="date" value={value || today} end={today} onChange={(e) => onPick(String(e.detail.value))}>
        <View className={value ? 'wbk-date__picker' : 'wbk-date__picker wbk-date__picker--empty'}>{value || placeholder}</View>
      </Picker>
    </View>
  );
  return (
    <View className={`wbk-dates ${className ?? ''}`}>
      {pick(from, onFrom, '开始日期 不限', 'from')}
      <Text className="wbk-dates__to">至</Text>
      {pick(to, onTo, '结束日期 不限', 'to')}
    </View>
  );
}

/** The range after picking a new start: an end before it moves up to it. */
export function withFrom(range: { from: string; to: string }, from: string) {
  return { from, to: range.to && range.to < from ? from : range.to };
}

/** The range after picking a new end: a start after it moves back to it. */
export function withTo(range: { from: string; to: string }, to: string) {
  return { to, from: range.from && range.from > to ? to : range.from };
}
