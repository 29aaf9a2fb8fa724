import { Text, View } from '@tarojs/components';
import { Button } from '@/components/nut';
import { currentYear } from '@/utils/dates';

/** The server keeps records from 2000 on. */
const FIRST_YEAR = 2000;

/** ‹ 2026 年 ›: the calendar year of the records shown (up to this year). */
export function YearSwitcher({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const last = currentYear();
  return (
    <View className="rpt-year">
      <Button className="rpt-year__prev" size="small" disabled={year <= FIRST_YEAR} onClick={() => onChange(year - 1)}>
        ‹ 上一年
      </Button>
      <Text className="rpt-year__value">{year} 年</Text>
      <Button className="rpt-year__next" size="small" disabled={year >= last} onClick={() => onChange(year + 1)}>
        下一年 ›
      </Button>
    </View>
  );
}
