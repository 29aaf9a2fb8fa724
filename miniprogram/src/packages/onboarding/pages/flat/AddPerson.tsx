import { Input, Text, View } from '@tarojs/components';
import { CONSENT_METHOD_LABELS, ConsentMethod, HOUSEHOLD_RELATION_LABELS, HouseholdRelation } from '@linli/shared';
import { useState } from 'react';
import { ChoiceChips } from '@/components/blocks/ChoiceChips';
import { showError, showSuccess } from '@/components/feedback';
import { Button } from '@/components/nut';
import { addPerson, searchPeople, type PersonMatch } from '@/services/households';
import { useSession } from '@/state/session';
import { keeperPlaces } from '../../keeper-places';

type Mode = 'kept' | 'existing';

const relations = Object.values(HouseholdRelation).map((r) => ({ value: r, label: HOUSEHOLD_RELATION_LABELS[r] }));
const consents = Object.values(ConsentMethod).map((m) => ({ value: m, label: CONSENT_METHOD_LABELS[m] }));

/**
 * 登记住户: a new resident kept without an account (代管居民: name, phone if any, and how they
 * agreed to be registered), or someone already in the app moving in (found by name or phone).
 */
export function AddPerson({ householdId, onDone, onCancel }: { householdId: string; onDone: () => void; onCancel: () => void }) {
  const { me } = useSession();
  const [mode, setMode] = useState<Mode>('kept');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState<ConsentMethod | undefined>();
  const [note, setNote] = useState('');
  const [relation, setRelation] = useState<HouseholdRelation>(HouseholdRelation.Resident);
  const [adult, setAdult] = useState(true);
  const [q, setQ] = useState('');
  const [found, setFound] = useState<PersonMatch[]>([]);
  const [chosen, setChosen] = useState<PersonMatch | null>(null);
  const [busy, setBusy] = useState(false);

  async function find() {
    const place = keeperPlaces(me)[0];
    if (!place || !q.trim()) return;
    try {
      setFound(await searchPeople(place.id, q.trim()));
    } catch (error) {
      showError(error);
    }
  }

  async function save() {
    if (mode === 'kept' && name.trim().length < 2) return showError(null, '请填写住户姓名');
    if (mode === 'kept' && !consent) return showError(null, '请选择本人同意登记的方式');
    if (mode === 'existing' && !chosen) return showError(null, '请先找到并选择这位居民');
    setBusy(true);
    try {
      const body =
        mode === 'kept'
          ? { name: name.trim(), phone: phone.trim() || undefined, consentMethod: consent, consentNote: note.trim() || undefined, relation, isAdult: adult }
          : { userId: chosen!.userId, relation, isAdult: adult };
      await addPerson(householdId, body);
      showSuccess('已登记');
      onDone();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="lin-card onb-add-form">
      <ChoiceChips
        className="onb-add-mode"
        options={[
          { value: 'kept', label: '新住户（代管，无微信）' },
          { value: 'existing', label: '已有账号的居民搬入' },
        ]}
        value={[mode]}
        onChange={([m]) => setMode(m)}
      />
      {mode === 'kept' ? (
        <>
          <Input className="onb-input onb-add-name" placeholder="姓名" maxlength={32} value={name} onInput={(e) => setName(e.detail.value)} />
          <Input
            className="onb-input onb-add-phone"
            placeholder="手机号（没有可不填）"
            type="number"
            maxlength={24}
            value={phone}
            onInput={(e) => setPhone(e.detail.value)}
          />
          <Text className="onb-label">本人同意登记的方式</Text>
          <ChoiceChips className="onb-add-consent" options={consents} value={consent ? [consent] : []} onChange={([m]) => setConsent(m)} />
          <Input
            className="onb-input onb-add-note"
            placeholder="说明，如：本人口头同意，女儿在场"
            maxlength={200}
            value={note}
            onInput={(e) => setNote(e.detail.value)}
          />
        </>
      ) : (
        <>
          <View className="onb-search">
            <Input
              className="onb-search__input onb-add-find"
              placeholder="姓名或手机尾号"
              value={q}
              onInput={(e) => setQ(e.detail.value)}
              onConfirm={() => void find()}
            />
            <Button size="small" onClick={() => void find()}>
              查找
            </Button>
          </View>
          <ChoiceChips
            className="onb-add-found"
            options={found.map((p) => ({ value: p.userId, label: `${p.name} · ${p.buildingName} ${p.flat}` }))}
            value={chosen ? [chosen.userId] : []}
            onChange={([id]) => setChosen(found.find((p) => p.userId === id) ?? null)}
          />
        </>
      )}
      <Text className="onb-label">与这户的关系</Text>
      <ChoiceChips className="onb-add-relation" options={relations} value={[relation]} onChange={([r]) => setRelation(r)} />
      <ChoiceChips
        className="onb-add-adult"
        options={[
          { value: 'adult', label: '成年' },
          { value: 'minor', label: '未成年' },
        ]}
        value={[adult ? 'adult' : 'minor']}
        onChange={([a]) => setAdult(a === 'adult')}
      />
      <View className="lin-actions">
        <Button onClick={onCancel}>取消</Button>
        <Button className="onb-add-save" type="primary" loading={busy} disabled={busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}
