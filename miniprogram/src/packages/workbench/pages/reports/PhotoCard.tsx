import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { MediaKind } from '@linli/shared';
import { useState } from 'react';
import { ReasonForm } from '@/components/blocks/ReasonForm';
import { showError, showSuccess } from '@/components/feedback';
import { Button } from '@/components/nut';
import type { MediaCheck } from '@/services/api-types';
import { reviewPhoto } from '@/services/content-reports';
import { photoSrc } from '@/services/photos';
import { formatMinute } from '@/utils/dates';

/** A photo no machine could judge: the picture, who uploaded it, 通过 or 不通过 (with a reason). */
export function PhotoCard({ photo, onChanged }: { photo: MediaCheck; onChanged: () => void }) {
  const [refusing, setRefusing] = useState(false);
  const [busy, setBusy] = useState(false);
  const src = photoSrc(photo.url);

  async function decide(pass: boolean, reason?: string): Promise<boolean> {
    setBusy(true);
    try {
      await reviewPhoto(photo.id, pass, reason);
      showSuccess(pass ? '已通过' : '已拒绝');
      return true;
    } catch (error) {
      showError(error);
      return false;
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  return (
    <View className="wbk-report wbk-photo">
      <Image
        className="wbk-photo__image"
        src={src}
        mode="aspectFit"
        nativeProps={{ alt: '举报附带的照片' }}
        onClick={() => void Taro.previewImage({ urls: [src], current: src })}
      />
      <Text className="wbk-report__line">{`${photo.kind === MediaKind.WishPhoto ? '心愿照片' : '议事照片'} · ${photo.uploaderName} · ${formatMinute(photo.createdAt)}`}</Text>
      {refusing ? (
        <ReasonForm
          label="不通过的原因（上传人会看到）"
          placeholder="例如：照片里能看到门牌号和人脸"
          submitText="确认不通过"
          onSubmit={(reason) => decide(false, reason)}
          onCancel={() => setRefusing(false)}
        />
      ) : (
        <View className="wbk-buttons">
          <Button className="wbk-photo__refuse" disabled={busy} onClick={() => setRefusing(true)}>
            不通过
          </Button>
          <Button className="wbk-photo__pass" type="primary" disabled={busy} loading={busy} onClick={() => void decide(true)}>
            通过
          </Button>
        </View>
      )}
    </View>
  );
}
