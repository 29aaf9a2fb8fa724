import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { HOUSEHOLD_RELATION_LABELS } from '@linli/shared';
import { useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { Button } from '@/components/nut';
import { useLoad } from '@/hooks/useLoad';
import { flatPeople } from '@/services/households';
import { AddPerson } from './AddPerson';
import { PersonCard } from './PersonCard';
import '../../onboarding.scss';

/**
 * 一户的住户: who lives in the flat now (with how their consent was recorded, for those kept
 * without an account) and who moved out; add a person, correct details, move someone out.
 */
export default function FlatPage() {
  const id = useRouter().params.id ?? '';
  const { loaded, reload } = useLoad(() => flatPeople(id), [id]);
  const [adding, setAdding] = useState(false);

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

  const flat = loaded.data;
  const changed = () => void reload();
  return (
    <PageShell>
      <View className="onb-page">
        <Text className="onb-section">{`${flat.buildingName} ${flat.flat}`}</Text>
        {flat.residents.length === 0 ? <Text className="lin-note onb-empty">这户还没有登记住户。</Text> : null}
        {flat.residents.map((p) => (
          <PersonCard key={p.userId} householdId={flat.householdId} person={p} onChanged={changed} />
        ))}
        {adding ? (
          <AddPerson
            householdId={flat.householdId}
            onDone={() => {
              setAdding(false);
              changed();
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <View className="lin-actions">
            <Button className="onb-add" type="primary" size="large" block onClick={() => setAdding(true)}>
              登记住户
            </Button>
          </View>
        )}
        {flat.past.length ? (
          <InfoCard className="onb-past" title="已搬离">
            {flat.past.map((p) => (
              <InfoRow
                key={`${p.userId}-${p.movedOut}`}
                label={p.name}
                value={`${HOUSEHOLD_RELATION_LABELS[p.relation]} · ${p.movedIn ?? '?'} 至 ${p.movedOut}`}
              />
            ))}
          </InfoCard>
        ) : null}
      </View>
    </PageShell>
  );
}
