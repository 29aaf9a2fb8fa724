import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { InfoCard } from '@/components/blocks/InfoCard';
import { Button, Dialog } from '@/components/nut';
import type { WishPhoto } from '@/services/api-types';
import { photoSrc } from '@/services/photos';

interface ReviewPhotosProps {
  photos: WishPhoto[];
  /** Resolves once the photo is public (or the failure was shown). */
  approve: (photo: WishPhoto) => Promise<void>;
}

const KIND_LABELS: Record<WishPhoto['kind'], string> = { story: '心愿照片', proof: '完成凭证' };

/**
 * Every photo of the wish, public or not. A photo becomes public only when the secretary passes
 * it, after a confirmation that it shows no face or private detail; the others are never shown.
 */
export function ReviewPhotos({ photos, approve }: ReviewPhotosProps) {
  const [confirming, setConfirming] = useState<WishPhoto | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (photos.length === 0) return null;

  const urls = photos.map((p) => photoSrc(p.url));
  const waiting = photos.filter((p) => !p.approved).length;

  async function confirm() {
    const photo = confirming;
    setConfirming(null);
    if (!photo) return;
    setBusy(photo.id);
    await approve(photo);
    setBusy(null);
  }

  return (
    <InfoCard className="wsa-review-photos" title={`照片（${photos.length} 张）`}>
      <Text className="wsa-help">
        {waiting > 0 ? '请逐张查看：没有人脸、门牌号、证件等隐私信息的，再点“通过这张照片”。不通过的照片不会公开。' : '照片都已通过，会显示在心愿墙上。'}
      </Text>
      {photos.map((photo, index) => (
        <View key={photo.id} className="wsa-review-photo">
          <View className="wsa-review-photo__frame" onClick={() => void Taro.previewImage({ current: urls[index], urls }).catch(() => undefined)}>
            <Image className="wsa-photo__img" src={photoSrc(photo.thumbUrl)} mode="aspectFill" nativeProps={{ alt: '心愿照片' }} />
          </View>
          <View className="wsa-review-photo__side">
            <Text className={`wsa-review-photo__state ${photo.approved ? 'wsa-review-photo__state--approved' : ''}`}>
              {KIND_LABELS[photo.kind]} · {photo.approved ? '已通过，公开显示' : '待审核，不公开'}
            </Text>
            {photo.approved ? null : (
              <Button
                className="wsa-approve-photo"
                size="small"
                type="primary"
                fill="outline"
                loading={busy === photo.id}
                disabled={!!busy}
                onClick={() => setConfirming(photo)}
              >
                通过这张照片
              </Button>
            )}
          </View>
        </View>
      ))}
      <Dialog
        className="wsa-approve-photo-dialog"
        visible={!!confirming}
        title="通过这张照片"
        confirmText="通过"
        cancelText="再看看"
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
        onClose={() => setConfirming(null)}
      >
        通过后，照片会公开显示在心愿墙上。请确认照片里没有人脸、门牌号和证件。
      </Dialog>
    </InfoCard>
  );
}
