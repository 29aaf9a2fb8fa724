import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import { errorMessage } from '@/services/api-error';
import type { PlaceRef } from '@/services/api-types';
import { householdRelationLabel } from '@/utils/labels';
import { allHouseholds, childPlaces, householdResidents } from '@/services/places';
import { Chips } from './Chips';

/** Whom a grid worker posts for: a resident of a household in one of their grids. */
export interface AgentTargetValue {
  gridId?: string;
  buildingId?: string;
  householdId?: string;
  /** The household's community: its wish rules (the value cap) apply. */
  communityId?: string;
  beneficiaryUserId?: string;
  /** The resident's name, for the masked name shown on the wall (王女士). */
  beneficiaryName?: string;
}

interface AgentTargetProps {
  /** The grids the worker is granted. */
  grids: PlaceRef[];
  value?: AgentTargetValue;
  onChange?: (value: AgentTargetValue) => void;
}

/**
 * 网格 → 楼栋 → 住户 → 居民, as rows of chips; choosing a step clears the ones after it. Inside the
 * form's Form.Item, whose rule asks for the resident.
 */
export function AgentTarget({ grids, value = {}, onChange }: AgentTargetProps) {
  const { gridId, buildingId, householdId, beneficiaryUserId } = value;
  const grid = useLoad(() => (gridId ? Promise.all([childPlaces(gridId), allHouseholds(gridId)]) : Promise.resolve(null)), [gridId]);
  const residents = useLoad(() => (householdId ? householdResidents(householdId) : Promise.resolve(null)), [householdId]);
  // Again on every return (this step mounts after the page first showed, so useLoad's reloadOnReturn
  // would skip the first return): the worker may have just registered the flat's resident (登记住户).
  useDidShow(() => void residents.reload());

  const gridData = grid.loaded.state === 'ready' ? grid.loaded.data : null;
  const buildings = gridData?.[0] ?? [];
  const households = (gridData?.[1] ?? [])
    .filter((h) => h.buildingId === buildingId)
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-Hans-CN', { numeric: true }));
  const people = residents.loaded.state === 'ready' ? (residents.loaded.data ?? []) : [];

  return (
    <View className="wsa-agent">
      <View className="wsa-step">
        <Text className="wsa-step__label">1. 网格</Text>
        <Chips
          className="wsa-agent-grid"
          options={grids.map((g) => ({ value: g.id, label: g.name }))}
          value={gridId}
          onChange={(id) => id && id !== gridId && onChange?.({ gridId: id })}
        />
      </View>

      {gridId ? (
        <View className="wsa-step">
          <Text className="wsa-step__label">2. 楼栋</Text>
          {grid.loaded.state === 'loading' ? <Text className="lin-note">正在加载楼栋和住户…</Text> : null}
          {grid.loaded.state === 'failed' ? (
            <Text className="lin-note" onClick={() => void grid.reload(true)}>
              {errorMessage(grid.loaded.error)}（点此重试）
            </Text>
          ) : null}
          {gridData && buildings.length === 0 ? <Text className="lin-note">这个网格还没有登记楼栋。</Text> : null}
          <Chips
            className="wsa-agent-building"
            options={buildings.map((b) => ({ value: b.id, label: b.name }))}
            value={buildingId}
            onChange={(id) => id && id !== buildingId && onChange?.({ gridId, buildingId: id })}
          />
        </View>
      ) : null}

      {buildingId && gridData ? (
        <View className="wsa-step">
          <Text className="wsa-step__label">3. 住户</Text>
          {households.length === 0 ? <Text className="lin-note">这栋楼还没有登记住户。</Text> : null}
          <Chips
            className="wsa-agent-household"
            options={households.map((h) => ({ value: h.id, label: h.label }))}
            value={householdId}
            onChange={(id) => {
              const household = households.find((h) => h.id === id);
              if (household && id !== householdId) onChange?.({ gridId, buildingId, householdId: household.id, communityId: household.communityId });
            }}
          />
        </View>
      ) : null}

      {householdId ? (
        <View className="wsa-step">
          <Text className="wsa-step__label">4. 居民</Text>
          {residents.loaded.state === 'loading' ? <Text className="lin-note">正在加载这户的居民…</Text> : null}
          {residents.loaded.state === 'failed' ? (
            <Text className="lin-note" onClick={() => void residents.reload(true)}>
              {errorMessage(residents.loaded.error)}（点此重试）
            </Text>
          ) : null}
          {residents.loaded.state === 'ready' && people.length === 0 ? (
            <Text className="lin-note wsa-agent-register" onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.householdFlat, { id: householdId }) })}>
              这户还没有登记居民。点此为这户登记住户（如无微信的老人），登记后回到这里选择。
            </Text>
          ) : null}
          <Chips
            className="wsa-agent-resident"
            options={people.map((p) => ({
              value: p.userId,
              label: p.displayName,
              hint: `${householdRelationLabel(p.relation)}${p.isAdult ? '' : ' · 未成年'}`,
            }))}
            value={beneficiaryUserId}
            onChange={(id) => {
              const person = people.find((p) => p.userId === id);
              if (person) onChange?.({ ...value, beneficiaryUserId: person.userId, beneficiaryName: person.displayName });
            }}
          />
        </View>
      ) : null}
    </View>
  );
}
