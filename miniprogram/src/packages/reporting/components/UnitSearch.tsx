import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Button, Cell, CellGroup, Input } from '@/components/nut';
import { errorMessage } from '@/services/api-error';
import type { WorkUnit } from '@/services/api-types';
import { searchWorkUnits } from '@/services/work-units';
import { workUnitKindLabel } from '@/utils/labels';

interface UnitSearchProps {
  /** The chosen unit (NutUI's Form.Item passes it in). */
  value?: WorkUnit;
  onChange?: (unit: WorkUnit | undefined) => void;
}

const SEARCH_DELAY_MS = 300;

/** Finds an approved unit by part of its name and picks it; a picked unit can be changed. */
export function UnitSearch({ value, onChange }: UnitSearchProps) {
  if (value) {
    return (
      <View className="rpt-unit-picked">
        <View className="rpt-unit-picked__text">
          <Text className="rpt-unit-picked__name">{value.name}</Text>
          <Text className="rpt-unit-picked__meta">
            {workUnitKindLabel(value.kind)} · {value.partyOrgName}
          </Text>
        </View>
        <Button size="small" onClick={() => onChange?.(undefined)}>
          更换
        </Button>
      </View>
    );
  }
  return <UnitResults onPick={(unit) => onChange?.(unit)} />;
}

type Search = { state: 'searching' } | { state: 'done'; units: WorkUnit[] } | { state: 'failed'; message: string };

function UnitResults({ onPick }: { onPick: (unit: WorkUnit) => void }) {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ state: 'searching' });

  useEffect(() => {
    let current = true;
    setSearch({ state: 'searching' });
    const timer = setTimeout(() => {
      searchWorkUnits(query.trim())
        .then((units) => current && setSearch({ state: 'done', units }))
        .catch((error) => current && setSearch({ state: 'failed', message: errorMessage(error) }));
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <View className="rpt-unit-search">
      <Input className="rpt-unit-search__input" value={query} onChange={setQuery} placeholder="输入单位名称搜索" clearable />
      {search.state === 'searching' ? <Text className="lin-note">正在搜索…</Text> : null}
      {search.state === 'failed' ? <Text className="lin-note">{search.message}</Text> : null}
      {search.state === 'done' && search.units.length === 0 ? <Text className="lin-note">没有找到已报到的单位。可以选择上方的「填写新单位」。</Text> : null}
      {search.state === 'done' && search.units.length > 0 ? (
        <CellGroup className="rpt-unit-search__results">
          {search.units.map((unit) => (
            <Cell
              key={unit.id}
              className="rpt-unit-search__result"
              title={unit.name}
              description={`${workUnitKindLabel(unit.kind)} · ${unit.partyOrgName}`}
              extra="选择"
              clickable
              onClick={() => onPick(unit)}
            />
          ))}
        </CellGroup>
      ) : null}
    </View>
  );
}
