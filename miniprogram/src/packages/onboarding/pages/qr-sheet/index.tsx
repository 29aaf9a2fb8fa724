import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ChoiceChips } from '@/components/blocks/ChoiceChips';
import { Button } from '@/components/nut';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import { errorMessage } from '@/services/api-error';
import { joinBuildings, joinCodeFile, joinPlace } from '@/services/onboarding';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { qrImageUrl } from '../../../posts/pages/code/qr-image';
import '../../onboarding.scss';

const h5 = process.env.TARO_ENV === 'h5';

/** The H5 join page for a building or a flat: what a resident's phone camera opens. */
function joinUrl(placeId: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${withQuery(ROUTES.join, { p: placeId })}`;
}

/**
 * 扫码入户: the secretary prints one sheet per building — the building's code for the entrance
 * and a code for each flat — to post or hand out; a scan opens 加入住户 with the place filled in.
 * On H5 the codes are QR codes of the H5 join page, printed from the browser; in WeChat they are
 * mini-program codes (saved to the album by a long press).
 */
export default function QrSheetPage() {
  const { community } = useSession();
  const { isSecretary } = useCommunityRoles();
  const communityId = community?.id ?? '';
  const buildings = useLoad(() => (communityId ? joinBuildings(communityId) : Promise.resolve([])), [communityId]);
  const [buildingId, setBuildingId] = useState<string | undefined>();
  const place = useLoad(() => (buildingId ? joinPlace(buildingId) : Promise.resolve(null)), [buildingId]);

  if (!community || !isSecretary)
    return (
      <PageShell>
        <EmptyState title="入户二维码由社区书记打印" description="如果您是书记，请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  const choices = buildings.loaded.state === 'ready' ? buildings.loaded.data : [];
  const sheet = place.loaded.state === 'ready' ? place.loaded.data : null;
  return (
    <PageShell>
      <View className="onb-page onb-qr">
        <View className="onb-qr__controls">
          <Text className="onb-section">{`${community.name} · 扫码入户`}</Text>
          <ChoiceChips
            className="onb-qr-buildings"
            options={choices.map((b) => ({ value: b.id, label: b.name }))}
            value={buildingId ? [buildingId] : []}
            onChange={([id]) => setBuildingId(id)}
          />
          {sheet && !h5 ? <Text className="lin-note">长按小程序码可保存到相册，再用电脑或打印店打印。</Text> : null}
          {sheet && h5 ? (
            <View className="lin-actions">
              <Button className="onb-qr-print" type="primary" block onClick={() => window.print()}>
                打印
              </Button>
            </View>
          ) : null}
        </View>
        {sheet ? (
          <View className="onb-qr__sheet">
            <QrTile
              className="onb-qr__tile--building"
              placeId={sheet.buildingId}
              kind="building"
              title={`${sheet.communityName} ${sheet.buildingName}`}
              note="扫码选择房号，加入住户"
            />
            {sheet.flats.map((f) => (
              <QrTile key={f.id} placeId={f.id} kind="flat" title={`${sheet.buildingName} ${f.label}`} note="扫码加入本户" />
            ))}
          </View>
        ) : null}
      </View>
    </PageShell>
  );
}

interface QrTileProps {
  placeId: string;
  kind: 'building' | 'flat';
  title: string;
  note: string;
  className?: string;
}

/** One code with its caption: on H5 a QR of the H5 join page, in WeChat the mini-program code. */
function QrTile({ placeId, kind, title, note, className }: QrTileProps) {
  const url = h5 ? joinUrl(placeId) : undefined;
  const code = useLoad(() => (url ? Promise.resolve(qrImageUrl(url)) : joinCodeFile(placeId, kind)), [placeId]);
  return (
    <View className={`onb-qr__tile ${className ?? ''}`} data-url={url}>
      {code.loaded.state === 'ready' ? (
        <Image
          className="onb-qr__image"
          src={code.loaded.data}
          mode="aspectFit"
          showMenuByLongpress
          ariaLabel={`${title}的入户二维码`}
          nativeProps={{ alt: `${title}的入户二维码` }}
        />
      ) : null}
      {code.loaded.state === 'failed' ? <Text className="lin-note">{errorMessage(code.loaded.error)}</Text> : null}
      <Text className="onb-qr__title">{title}</Text>
      <Text className="onb-qr__note">{note}</Text>
    </View>
  );
}
