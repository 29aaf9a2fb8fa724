import { Text, View } from '@tarojs/components';
import { AUDIT_AREA_LABELS } from '@linli/shared';
import { useState } from 'react';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { Toggle } from '@/components/blocks/Toggle';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { usePaged } from '@/hooks/usePaged';
import { PagedCards } from '@/pages/deliberation/PagedCards';
import type { AuditEntry } from '@/services/api-types';
import { auditPage } from '@/services/audit';
import { DateRange, withFrom, withTo } from '../../components/DateRange';
import { PlacePicker } from '../../components/PlacePicker';
import { useWatchedPlaces } from '../../components/watched-places';
import { AuditEntryCard } from './AuditEntryCard';
import '../../workbench.scss';

interface Filters {
  /** An area prefix ("wish"), or '' for all. */
  area: string;
  /** YYYY-MM-DD, or '' for open-ended. */
  from: string;
  to: string;
  actor: { id: string; name: string } | null;
}

const NO_FILTERS: Filters = { area: '', from: '', to: '', actor: null };

/**
 * 操作记录: who did what and when in the community (the secretary) or the street (the street
 * officer), newest first, by area of work, by days and by person; an entry opens to show what
 * was recorded before and after.
 */
export default function AuditPage() {
  const { places, options, chosen, choose } = useWatchedPlaces();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const placeId = chosen?.id ?? null;
  const list = usePaged<AuditEntry>(
    (cursor?: string) =>
      placeId
        ? auditPage(placeId, {
            cursor,
            action: filters.area || undefined,
            from: filters.from || undefined,
            to: filters.to || undefined,
            actorId: filters.actor?.id,
          })
        : Promise.resolve({ items: [], nextCursor: null }),
    [placeId, filters.area, filters.from, filters.to, filters.actor?.id],
  );

  if (places.loaded.state === 'loading')
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (places.loaded.state === 'failed')
    return (
      <PageShell>
        <LoadFailed error={places.loaded.error} onRetry={() => void places.reload(true)} />
      </PageShell>
    );
  if (!chosen) {
    return (
      <PageShell>
        <EmptyState title="没有可查看的操作记录" description="操作记录给社区书记和街道干部使用。如果您是书记，请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  }

  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const filtered = filters.area || filters.from || filters.to || filters.actor;

  return (
    <PageShell>
      <View className="wbk-page wbk-audit-page">
        <PlacePicker options={options} value={chosen} onChange={choose} />
        <View className="wbk-filters wbk-areas">
          <Toggle compact label="全部" on={!filters.area} onClick={() => set({ area: '' })} className="wbk-area" />
          {Object.entries(AUDIT_AREA_LABELS).map(([area, label]) => (
            <Toggle key={area} compact label={label} on={filters.area === area} onClick={() => set({ area })} className="wbk-area" />
          ))}
        </View>
        <DateRange from={filters.from} to={filters.to} onFrom={(from) => set(withFrom(filters, from))} onTo={(to) => set(withTo(filters, to))} />
        <View className="wbk-active-filters">
          {filters.actor ? (
            <Text className="wbk-active-filter wbk-actor-filter lin-tap-inline" onClick={() => set({ actor: null })}>
              {`只看 ${filters.actor.name} ✕`}
            </Text>
          ) : (
            <Text className="lin-note wbk-audit-hint">点人名只看此人的操作。</Text>
          )}
          {filtered ? (
            <Text className="wbk-clear lin-tap-inline" onClick={() => setFilters(NO_FILTERS)}>
              清除筛选
            </Text>
          ) : null}
        </View>
        <PagedCards
          list={list}
          empty={{
            title: filtered ? '没有符合条件的记录' : '还没有操作记录',
            description: filtered ? '换个条件试试，或清除筛选。' : '审核、授权、积分等操作都会记在这里。',
          }}
          render={(entry) => <AuditEntryCard key={entry.id} entry={entry} showPlace={chosen.level !== 'community'} onActor={(actor) => set({ actor })} />}
        />
      </View>
    </PageShell>
  );
}
