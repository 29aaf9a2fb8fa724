import { Input, Text, View } from '@tarojs/components';
import { Role } from '@linli/shared';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ChoiceChips } from '@/components/blocks/ChoiceChips';
import { InfoCard } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { showError, showSuccess } from '@/components/feedback';
import { Button } from '@/components/nut';
import { useLoad } from '@/hooks/useLoad';
import type { Place } from '@/services/api-types';
import { searchPeople, type PersonMatch } from '@/services/households';
import { childPlaces } from '@/services/places';
import { grantRole, revokeRole, roleGrants, type Grant } from '@/services/roles';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import '../../workbench.scss';

/** The roles a secretary names in her community, and where each is held. */
const NAMED = [Role.GridWorker, Role.BuildingLeader, Role.Deputy] as const;
type Named = (typeof NAMED)[number];
const LABELS: Record<Named, string> = { [Role.GridWorker]: '网格员', [Role.BuildingLeader]: '楼栋长', [Role.Deputy]: '副书记' };

type Listed = Grant & { userName: string };

/**
 * 角色: who is 网格员 (of which grid), 楼栋长 (of which building) and 副书记 in the community;
 * the secretary names someone (found by name or phone) or ends a role. The server's refusals
 * (not hers to grant, already held) are shown as it words them.
 */
export default function RolesPage() {
  const { community } = useSession();
  const { isSecretary } = useCommunityRoles();
  const communityId = community?.id ?? '';
  const { loaded, reload } = useLoad(() => (communityId ? allGrants(communityId) : Promise.resolve([])), [communityId]);

  if (!community || !isSecretary)
    return (
      <PageShell>
        <EmptyState title="角色由社区书记管理" description="如果您是书记，请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  if (loaded.state === 'loading')
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (loaded.state === 'failed')
    return (
      <PageShell>
        <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />
      </PageShell>
    );

  const grants = loaded.data.filter((g) => (NAMED as readonly string[]).includes(g.role));
  async function revoke(grant: Listed) {
    try {
      await revokeRole(grant.id);
      showSuccess('已撤销');
    } catch (error) {
      showError(error);
    }
    void reload();
  }

  return (
    <PageShell>
      <View className="wbk-page wbk-roles">
        <Text className="wbk-section">{`${community.name} · 角色`}</Text>
        {NAMED.map((role) => (
          <InfoCard key={role} className={`wbk-roles-group wbk-roles-group--${role}`} title={LABELS[role]}>
            {grants.filter((g) => g.role === role).length === 0 ? <Text className="lin-note">暂无</Text> : null}
            {grants
              .filter((g) => g.role === role)
              .map((g) => (
                <View key={g.id} className="wbk-roles-grant">
                  <Text className="wbk-roles-grant__who">{`${g.userName} · ${g.place.name}`}</Text>
                  <Button className="wbk-roles-revoke" size="small" onClick={() => void revoke(g)}>
                    撤销
                  </Button>
                </View>
              ))}
          </InfoCard>
        ))}
        <GrantForm communityId={community.id} onGranted={() => void reload()} />
      </View>
    </PageShell>
  );
}

async function allGrants(communityId: string): Promise<Listed[]> {
  const all: Listed[] = [];
  let cursor: string | undefined;
  do {
    const page = await roleGrants(communityId, cursor);
    all.push(...(page.items as Listed[]));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** 任命: the person (a resident of the community), the role, and its grid or building. */
function GrantForm({ communityId, onGranted }: { communityId: string; onGranted: () => void }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<PersonMatch[]>([]);
  const [userId, setUserId] = useState<string | undefined>();
  const [role, setRole] = useState<Named>(Role.GridWorker);
  const [placeId, setPlaceId] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const places = useLoad(() => placesFor(communityId, role), [communityId, role]);

  async function find() {
    if (!q.trim()) return;
    try {
      setFound(await searchPeople(communityId, q.trim()));
    } catch (error) {
      showError(error);
    }
  }
  async function grant() {
    const where = role === Role.Deputy ? communityId : placeId;
    if (!userId) return showError(null, '请先找到并选择一位居民');
    if (!where) return showError(null, role === Role.GridWorker ? '请选择网格' : '请选择楼栋');
    setBusy(true);
    try {
      await grantRole({ userId, role, placeId: where });
      showSuccess('已任命');
      onGranted();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  const people = found.filter((p, i) => found.findIndex((o) => o.userId === p.userId) === i);
  const choices = places.loaded.state === 'ready' ? places.loaded.data : [];
  return (
    <InfoCard className="wbk-roles-form" title="任命">
      <View className="wbk-field__row">
        <Input
          className="wbk-box wbk-roles-find"
          placeholder="居民姓名或手机尾号"
          value={q}
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => void find()}
        />
        <Button className="wbk-roles-find-go" size="small" onClick={() => void find()}>
          查找
        </Button>
      </View>
      <ChoiceChips
        className="wbk-roles-person"
        options={people.map((p) => ({ value: p.userId, label: `${p.name} · ${p.buildingName} ${p.flat}` }))}
        value={userId ? [userId] : []}
        onChange={([id]) => setUserId(id)}
      />
      <ChoiceChips
        className="wbk-roles-role"
        options={NAMED.map((r) => ({ value: r, label: LABELS[r] }))}
        value={[role]}
        onChange={([r]) => {
          setRole(r);
          setPlaceId(undefined);
        }}
      />
      {role === Role.Deputy ? null : (
        <ChoiceChips
          className="wbk-roles-place"
          options={choices.map((p) => ({ value: p.id, label: p.name }))}
          value={placeId ? [placeId] : []}
          onChange={([id]) => setPlaceId(id)}
        />
      )}
      <View className="lin-actions">
        <Button className="wbk-roles-grant-go" type="primary" block loading={busy} disabled={busy} onClick={() => void grant()}>
          任命
        </Button>
      </View>
    </InfoCard>
  );
}

/** A grid worker is named over a grid, a 楼栋长 over a building (the buildings of every grid). */
async function placesFor(communityId: string, role: Named): Promise<Place[]> {
  if (role === Role.Deputy) return [];
  const grids = await childPlaces(communityId);
  if (role === Role.GridWorker) return grids;
  return (await Promise.all(grids.map((g) => childPlaces(g.id)))).flat();
}
