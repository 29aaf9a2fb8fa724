import { Text, View } from '@tarojs/components';
import { ChoiceChips, SingleChoiceChips } from '@/components/blocks/ChoiceChips';
import { useLoad } from '@/hooks/useLoad';
import { errorMessage } from '@/services/api-error';
import { buildingFlats, childPlaces } from '@/services/places';
import { useSession } from '@/state/session';
import { SCOPE_HINTS, SCOPE_MODES, type PickedHousehold, type ScopeMode, type ScopeValue } from './scope-value';

interface ScopePickerProps {
  communityId: string;
  value: ScopeValue;
  onChange: (value: ScopeValue) => void;
}

/**
 * 全社区 / 一个网格 / 一栋楼 / 指定住户. Places step down the tree (网格 → 楼栋) as rows of chips;
 * for named households, a building's households are ticked as chips, and the picked ones, from
 * any building, are listed with a way to take each out. One's own home can be added in one tap.
 */
export function ScopePicker({ communityId, value, onChange }: ScopePickerProps) {
  const { mode, gridId, buildingId } = value;
  const needsGrid = mode !== 'community';
  const needsBuilding = mode === 'building' || mode === 'households';
  const grids = useLoad(() => (needsGrid ? childPlaces(communityId) : Promise.resolve([])), [communityId, needsGrid]);
  const buildings = useLoad(() => (needsBuilding && gridId ? childPlaces(gridId) : Promise.resolve([])), [gridId, needsBuilding]);
  const households = useLoad(() => (mode === 'households' && buildingId ? buildingFlats(buildingId) : Promise.resolve([])), [buildingId, mode]);

  const setMode = (next: ScopeMode) =>
    onChange({ mode: next, households: next === 'households' ? value.households : [], gridId, buildingId: next === 'grid' ? undefined : buildingId });
  const buildingName = buildings.loaded.state === 'ready' ? (buildings.loaded.data.find((b) => b.id === buildingId)?.name ?? '') : '';

  return (
    <View className="dlp-scope">
      <SingleChoiceChips className="dlp-scope-mode" options={SCOPE_MODES} value={mode} onChange={setMode} />
      <Text className="dlp-field__help">{SCOPE_HINTS[mode]}</Text>

      {needsGrid ? (
        <Step label="选择网格" loaded={grids.loaded} retry={() => void grids.reload(true)} emptyText="社区还没有登记网格。">
          <SingleChoiceChips
            className="dlp-scope-grid"
            options={(grids.loaded.state === 'ready' ? grids.loaded.data : []).map((g) => ({ value: g.id, label: g.name }))}
            value={gridId}
            onChange={(id) => id !== gridId && onChange({ ...value, gridId: id, buildingId: undefined })}
          />
        </Step>
      ) : null}

      {needsBuilding && gridId ? (
        <Step label="选择楼栋" loaded={buildings.loaded} retry={() => void buildings.reload(true)} emptyText="这个网格还没有登记楼栋。">
          <SingleChoiceChips
            className="dlp-scope-building"
            options={(buildings.loaded.state === 'ready' ? buildings.loaded.data : []).map((b) => ({ value: b.id, label: b.name }))}
            value={buildingId}
            onChange={(id) => onChange({ ...value, buildingId: id })}
          />
        </Step>
      ) : null}

      {mode === 'households' && buildingId ? (
        <Step
          label={`勾选${buildingName}的住户（可多选）`}
          loaded={households.loaded}
          retry={() => void households.reload(true)}
          emptyText="这栋楼还没有登记住户。"
        >
          <ChoiceChips
            className="dlp-scope-households"
            multiple
            options={(households.loaded.state === 'ready' ? households.loaded.data : [])
              .slice()
              .sort((a, b) => a.label.localeCompare(b.label, 'zh-Hans-CN', { numeric: true }))
              .map((h) => ({ value: h.id, label: h.label }))}
            value={value.households.map((h) => h.id)}
            onChange={(ids) => {
              const here = households.loaded.state === 'ready' ? households.loaded.data : [];
              const elsewhere = value.households.filter((h) => !here.some((x) => x.id === h.id));
              const picked = here.filter((h) => ids.includes(h.id)).map((h) => ({ id: h.id, label: `${buildingName} ${h.label}`.trim() }));
              onChange({ ...value, households: [...elsewhere, ...picked] });
            }}
          />
        </Step>
      ) : null}

      {mode === 'households' ? <PickedHouseholds communityId={communityId} value={value} onChange={onChange} /> : null}
    </View>
  );
}

/** The households picked so far (tap one to take it out), and 加上我家 for the user's own homes here. */
function PickedHouseholds({ communityId, value, onChange }: ScopePickerProps) {
  const { me } = useSession();
  const mine: PickedHousehold[] = (me?.households ?? [])
    .filter((h) => h.community.id === communityId && !value.households.some((p) => p.id === h.householdId))
    .map((h) => ({ id: h.householdId, label: `${h.building.name} ${h.label}` }));
  const remove = (id: string) => onChange({ ...value, households: value.households.filter((h) => h.id !== id) });

  return (
    <View className="dlp-picked">
      <Text className="dlp-picked__count">已选 {value.households.length} 户</Text>
      {value.households.map((h) => (
        <View key={h.id} role="button" tabIndex={0} className="dlp-picked__item" onClick={() => remove(h.id)}>
          <Text className="dlp-picked__label">{h.label}</Text>
          <Text className="dlp-picked__remove">移除</Text>
        </View>
      ))}
      {mine.map((h) => (
        <View key={h.id} role="button" tabIndex={0} className="dlp-picked__mine" onClick={() => onChange({ ...value, households: [...value.households, h] })}>
          + 加上我家（{h.label}）
        </View>
      ))}
    </View>
  );
}

interface StepProps {
  label: string;
  loaded: { state: 'loading' } | { state: 'ready'; data: unknown[] } | { state: 'failed'; error: unknown };
  retry: () => void;
  emptyText: string;
  children: React.ReactNode;
}

function Step({ label, loaded, retry, emptyText, children }: StepProps) {
  return (
    <View className="dlp-scope__step">
      <Text className="dlp-scope__step-label">{label}</Text>
      {loaded.state === 'loading' ? <Text className="dlp-scope__note">正在加载…</Text> : null}
      {loaded.state === 'failed' ? (
        <View className="dlp-scope__note dlp-scope__note--failed" onClick={retry}>
          <Text>{errorMessage(loaded.error)}（点此重试）</Text>
        </View>
      ) : null}
      {loaded.state === 'ready' && loaded.data.length === 0 ? <Text className="dlp-scope__note">{emptyText}</Text> : null}
      {loaded.state === 'ready' ? children : null}
    </View>
  );
}
