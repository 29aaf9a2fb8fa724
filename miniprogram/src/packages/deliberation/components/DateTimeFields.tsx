import { Picker, Text, View } from '@tarojs/components';
import { formatShanghaiMinute } from '@linli/shared';

/** A moment as picked on screen: a Beijing date (YYYY-MM-DD) and time (HH:mm). */
export interface DateTime {
  date: string;
  time: string;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** `days` from now, on the next whole hour (Beijing): the default closing time of a vote. */
export function daysFromNow(days: number, now = Date.now()): DateTime {
  const text = formatShanghaiMinute(new Date(now + days * DAY_MS + HOUR_MS)); // "2026-11-29 13:05"
  return { date: text.slice(0, 10), time: `${text.slice(11, 13)}:00` };
}

/** The ISO instant of a picked Beijing date and time. */
export function instantOf(value: DateTime): string {
  return new Date(`${value.date}T${value.time}:00+08:00`).toISOString();
}

/** A date picker and a time picker side by side (native pickers: large, familiar, no typing). */
export function DateTimeFields({ value, onChange, className }: { value: DateTime; onChange: (value: DateTime) => void; className?: string }) {
  return (
    <View className={`dlp-when ${className ?? ''}`}>
      <View className="dlp-when__part">
        <Text className="dlp-when__label">日期</Text>
        <Picker mode="date" value={value.date} onChange={(e) => onChange({ ...value, date: String(e.detail.value) })}>
          <View className="dlp-picker dlp-picker--date">{value.date}</View>
        </Picker>
      </View>
      <View className="dlp-when__part">
        <Text className="dlp-when__label">时间</Text>
        <Picker mode="time" value={value.time} onChange={(e) => onChange({ ...value, time: String(e.detail.value) })}>
          <View className="dlp-picker dlp-picker--time">{value.time}</View>
        </Picker>
      </View>
    </View>
  );
}
