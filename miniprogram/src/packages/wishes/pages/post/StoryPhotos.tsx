import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PHOTO_RULES } from '@linli/shared';
import { PHOTO_SIZE_LIMIT } from '@/services/photos';
import type { StoryPhoto } from './useStoryPhotos';

const STATE_TEXT: Record<StoryPhoto['status'], string> = {
  picked: '',
  uploading: '正在上传…',
  uploaded: '✓ 已上传',
  failed: '上传失败',
};

interface StoryPhotosProps {
  photos: StoryPhoto[];
  /** How many more may be added; 0 hides the add tile. */
  room: number;
  /** Before the wish is sent photos can be added and removed; after, only retried. */
  editable: boolean;
  onAdd: () => void;
  onRemove: (key: string) => void;
  onRetry: (key: string) => void;
}

/** The story photos as thumbnails, each with its upload state, and a tile to add more. */
export function StoryPhotos({ photos, room, editable, onAdd, onRemove, onRetry }: StoryPhotosProps) {
  const preview = (path: string) => void Taro.previewImage({ current: path, urls: photos.map((p) => p.path) }).catch(() => undefined);
  const stateClass = (status: StoryPhoto['status']) =>
    status === 'uploaded' ? 'wsa-photo__state wsa-photo__state--done' : status === 'failed' ? 'wsa-photo__state wsa-photo__state--failed' : 'wsa-photo__state';

  return (
    <View className="wsa-photo-field">
      <View className="wsa-photos">
        {photos.map((photo) => (
          <View key={photo.key} className={`wsa-photo wsa-photo--${photo.status}`}>
            <View className="wsa-photo__frame" onClick={() => preview(photo.path)}>
              <Image className="wsa-photo__img" src={photo.path} mode="aspectFill" nativeProps={{ alt: '已选照片' }} />
              {photo.status === 'uploading' ? (
                <View className="wsa-photo__bar">
                  <View className="wsa-photo__bar-fill" />
                </View>
              ) : null}
            </View>
            {photo.status !== 'picked' ? (
              <Text className={stateClass(photo.status)}>
                {photo.status === 'failed' && photo.error ? `${STATE_TEXT.failed}：${photo.error}` : STATE_TEXT[photo.status]}
              </Text>
            ) : null}
            {editable && photo.status === 'picked' ? (
              <View className="wsa-photo__action wsa-photo-remove" onClick={() => onRemove(photo.key)}>
                删除
              </View>
            ) : null}
            {photo.status === 'failed' ? (
              <View className="wsa-photo__action wsa-photo-retry" onClick={() => onRetry(photo.key)}>
                重新上传
              </View>
            ) : null}
          </View>
        ))}
        {editable && room > 0 ? (
          <View className="wsa-photo-add" onClick={onAdd}>
            <Text className="wsa-photo-add__plus">＋</Text>
            <Text className="wsa-photo-add__label">拍照或选图</Text>
          </View>
        ) : null}
      </View>
      {editable ? (
        <Text className="wsa-help">
          最多 {PHOTO_RULES.maxPerKind} 张，每张不超过 {PHOTO_SIZE_LIMIT}。照片要等社区书记看过才会公开，请不要拍到人脸和门牌号。
        </Text>
      ) : null}
    </View>
  );
}
