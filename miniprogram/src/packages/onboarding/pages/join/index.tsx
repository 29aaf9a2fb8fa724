import { Button as NativeButton, Input, Picker, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Cell, CellGroup } from '@/components/nut';
import {
  joinBuildings,
  joinCommunities,
  joinHousehold,
  joinPlace,
  myJoinRequests,
  type JoinChoice,
  type JoinPlace,
  type JoinRequest,
} from '@/services/onboarding';
import { scannedPlace } from '../../scanned-place';

const STATUS_LABELS: Record<JoinRequest['status'], string> = { pending: '等待网格员审核', approved: '已通过', refused: '未通过' };

/**
 * 加入住户: from a QR code the secretary printed (?p=<building or flat id>) or by picking
 * community → building → flat; then the name and, in WeChat, the phone verified by WeChat.
 * The H5 build has no phone verification: its requests are always reviewed.
 */
export default function JoinPage() {
  const scanned = scannedPlace(useRouter().params);
  const [communities, setCommunities] = useState<JoinChoice[]>([]);
  const [communityId, setCommunityId] = useState<string | undefined>();
  const [buildings, setBuildings] = useState<JoinChoice[]>([]);
  const [place, setPlace] = useState<JoinPlace | null>(null);
  const [householdId, setHouseholdId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [requests, setRequests] = useState<JoinRequest[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void myJoinRequests().then(setRequests, () => undefined);
    if (scanned) {
      joinPlace(scanned).then((p) => {
        setPlace(p);
        setHouseholdId(p.householdId);
      }, showError);
    } else {
      joinCommunities().then(setCommunities, showError);
    }
  }, [scanned]);

  const pickCommunity = (index: number) => {
    const chosen = communities[index];
    setCommunityId(chosen.id);
    setPlace(null);
    setHouseholdId(null);
    joinBuildings(chosen.id).then(setBuildings, showError);
  };
  const pickBuilding = (index: number) => {
    setHouseholdId(null);
    joinPlace(buildings[index].id).then(setPlace, showError);
  };

  const submit = async (phoneCode?: string) => {
    if (!householdId || busy) return;
    setBusy(true);
    try {
      const result = await joinHousehold({ householdId, communityId, name: name.trim(), phoneCode });
      if (result.outcome === 'joined') {
        showSuccess('已加入住户');
        void Taro.navigateBack().catch(() => undefined);
      } else {
        showSuccess('已提交入户申请，等待审核');
        setRequests(await myJoinRequests());
      }
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  const flat = place?.flats.find((f) => f.id === householdId);
  const weapp = process.env.TARO_ENV === 'weapp';
  return (
    <PageShell>
      <CellGroup title="选择房屋">
        {scanned ? null : (
          <Picker mode="selector" range={communities.map((c) => c.name)} onChange={(e) => pickCommunity(Number(e.detail.value))}>
            <Cell title="社区" extra={communities.find((c) => c.id === communityId)?.name ?? '请选择'} />
          </Picker>
        )}
        {scanned ? (
          <Cell title="楼栋" extra={place ? `${place.communityName} ${place.buildingName}` : ''} />
        ) : (
          <Picker mode="selector" range={buildings.map((b) => b.name)} onChange={(e) => pickBuilding(Number(e.detail.value))}>
            <Cell title="楼栋" extra={place?.buildingName ?? '请选择'} />
          </Picker>
        )}
        <Picker
          mode="selector"
          range={(place?.flats ?? []).map((f) => f.label)}
          onChange={(e) => setHouseholdId(place?.flats[Number(e.detail.value)]?.id ?? null)}
        >
          <Cell title="房号" extra={flat?.label ?? '请选择'} />
        </Picker>
      </CellGroup>
      <CellGroup title="您的姓名">
        <View className="join-name">
          <Input placeholder="与社区登记的姓名一致" maxlength={32} value={name} onInput={(e) => setName(e.detail.value)} />
        </View>
      </CellGroup>
      <View className="join-actions">
        {weapp ? (
          <NativeButton
            openType="getPhoneNumber"
            disabled={!householdId || name.trim().length < 2 || busy}
            onGetPhoneNumber={(e) => (e.detail.code ? void submit(e.detail.code) : showError(null, '需要验证手机号才能与登记信息匹配'))}
          >
            验证手机号并加入
          </NativeButton>
        ) : (
          <Button type="primary" block disabled={!householdId || name.trim().length < 2 || busy} onClick={() => void submit()}>
            提交入户申请
          </Button>
        )}
        <Text className="join-hint">{weapp ? '姓名和手机号与社区登记一致时立即加入，否则由网格员审核。' : '网页版无法验证手机号，申请将由网格员审核。'}</Text>
      </View>
      {requests.length ? (
        <CellGroup title="我的入户申请">
          {requests.map((r) => (
            <Cell
              key={r.id}
              title={`${r.communityName} ${r.buildingName} ${r.householdLabel}`}
              description={r.reason ? `原因：${r.reason}` : undefined}
              extra={STATUS_LABELS[r.status]}
            />
          ))}
        </CellGroup>
      ) : null}
    </PageShell>
  );
}
