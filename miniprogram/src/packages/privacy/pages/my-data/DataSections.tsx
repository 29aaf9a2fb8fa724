import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Cell, CellGroup } from '@/components/nut';
import type { MyDataExport } from '@/services/api-types';
import { readableRow, SECTION_LABELS } from '../../data-labels';

/** Everything held about me: my profile, then each section with how many records, opened by a tap. */
export function DataSections({ data }: { data: MyDataExport }) {
  const [open, setOpen] = useState<string | null>(null);
  const sections = Object.entries(data.sections);
  return (
    <>
      <CellGroup title="我的资料">
        <View className="my-data__rows">
          {readableRow(data.profile).map((line) => (
            <View key={line.label} className="lin-row">
              <Text className="lin-row__label">{line.label}</Text>
              <Text className="lin-row__value">{line.value}</Text>
            </View>
          ))}
        </View>
      </CellGroup>
      <CellGroup title="我在邻里的记录" className="my-data__sections">
        {sections.map(([name, rows]) => (
          <View key={name}>
            <Cell
              className={`my-data__section my-data__section--${name}`}
              title={SECTION_LABELS[name] ?? name}
              extra={rows.length ? `${rows.length} 条${open === name ? ' ▲' : ' ▼'}` : '无'}
              clickable={rows.length > 0}
              onClick={() => rows.length && setOpen(open === name ? null : name)}
            />
            {open === name ? (
              <View className="my-data__rows">
                {rows.map((row, i) => (
                  <View key={i} className="my-data__record">
                    {readableRow(row).map((line) => (
                      <View key={line.label} className="lin-row">
                        <Text className="lin-row__label">{line.label}</Text>
                        <Text className="lin-row__value">{line.value}</Text>
                      </View>
                    ))}
                  </View>
                ))}
              </View>
            ) : null}
          </View>
        ))}
      </CellGroup>
    </>
  );
}
