import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { HOUSEHOLD_RELATION_LABELS } from '@linli/shared';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ChoiceChips } from '@/components/blocks/ChoiceChips';
import { showError } from '@/components/feedback';
import { Button, Cell, CellGroup } from '@/components/nut';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import { searchPeople, type PersonMatch } from '@/services/households';
import { allHouseholds, childPlaces } from '@/services/places';
import { useSession } from '@/state/session';
import { keeperPlaces } from '../../keeper-places';
import '../../onboarding.scss';

/**
 * 住户: the grid worker finds a person in her grid by name, phone tail or flat, or walks
 * 楼栋 → 房号 to a flat (an empty flat has nobody to search for); a flat opens its people.
 */
export default function ResidentsPage() {
  const { me } = useSession();
  const places = keeperPlaces(me);
  const [placeId, setPlaceId] = useState<string | undefined>(places[0]?.id);
  const [q, setQ] = useState('');
  const [found, setFound] = useState<PersonMatch[] | null>(null);
  const [busy, setBusy] = useState(false);

  if (places.length === 0) {
    return (
      <PageShell>
        <EmptyState title="住户由网格员、楼栋长和书记管理" description="您还没有负责的网格或楼栋。" />
      </PageShell>
    );
  }
  const place = places.find((p) => p.id === placeId) ?? places[0];
  const openFlat = (householdId: string) => void Taro.navigateTo({ url: withQuery(ROUTES.householdFlat, { id: householdId }) });

  async function search() {
    if (q.trim().length === 0 || busy) return;
    setBusy(true);
    try {
      setFound(await searchPeople(place.id, q.trim()));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageShell>
      <View className="onb-page">
        {places.length > 1 ? (
          <ChoiceChips
            className="onb-places"
            options={places.map((p) => ({ value: p.id, label: p.name }))}
            value={[place.id]}
            onChange={([id]) => {
              setPlaceId(id);
              setFound(null);
            }}
          />
        ) : (
          <Text className="onb-section">{place.name}</Text>
        )}
        <View className="onb-search">
          <Input
            className="onb-search__input"
            placeholder="姓名、手机尾号或房号"
            value={q}
            maxlength={32}
            confirmType="search"
            onInput={(e) => setQ(e.detail.value)}
            onConfirm={() => void search()}
          />
          <Button className="onb-search__go" type="primary" size="small" loading={busy} onClick={() => void search()}>
            搜索
          </Button>
        </View>
        {found ? (
          <CellGroup title={found.length ? `找到 ${found.length} 位` : '没有找到'}>
            {found.map((p) => (
              <Cell
                key={`${p.householdId}-${p.userId}`}
                className="onb-match"
                title={`${p.name}${p.hasAccount ? '' : '（代管）'}`}
                description={`${p.buildingName} ${p.flat} · ${HOUSEHOLD_RELATION_LABELS[p.relation]}${p.phone ? ` · ${p.phone}` : ''}`}
                clickable
                onClick={() => openFlat(p.householdId)}
              />
            ))}
          </CellGroup>
        ) : null}
        {place.level === 'community' ? null : <FlatBrowser placeId={place.id} level={place.level} onOpen={openFlat} />}
      </View>
    </PageShell>
  );
}

/** 楼栋 → 房号 within a grid (or the flats of one building). */
function FlatBrowser({ placeId, level, onOpen }: { placeId: string; level: string; onOpen: (householdId: string) => void }) {
  const [buildingId, setBuildingId] = useState<string | undefined>(level === 'building' ? placeId : undefined);
  const { loaded } = useLoad(() => Promise.all([level === 'grid' ? childPlaces(placeId) : Promise.resolve([]), allHouseholds(placeId)]), [placeId]);
  if (loaded.state !== 'ready') return null;
  const [buildings, flats] = loaded.data;
  const shown = flats.filter((f) => f.buildingId === buildingId);
  return (
    <View className="onb-browse">
      <Text className="onb-section">按楼栋找户</Text>
      {buildings.length ? (
        <ChoiceChips
          className="onb-buildings"
          options={buildings.map((b) => ({ value: b.id, label: b.name }))}
          value={buildingId ? [buildingId] : []}
          onChange={([id]) => setBuildingId(id)}
        />
      ) : null}
      {buildingId ? (
        <View className="onb-flats">
          {shown.map((f) => (
            <View key={f.id} className="onb-flat" role="button" onClick={() => onOpen(f.id)}>
              <Text>{f.label}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
