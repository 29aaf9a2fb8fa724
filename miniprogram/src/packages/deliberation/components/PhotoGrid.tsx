import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

export interface GridPhoto {
  key: string;
  /** An <Image> source: a signed URL from the API (made absolute) or a local path just picked. */
  src: string;
  /** The small image shown in the grid (an API photo's thumbnail); the full `src` opens on a tap. */
  thumb?: string;
}

interface PhotoGridProps {
  photos: GridPhoto[];
  /** A tile to add more (hidden when absent); its text while uploading. */
  onAdd?: () => void;
  adding?: boolean;
  /** Photos not yet sent can be taken out again. */
  onRemove?: (key: string) => void;
  /** The add tile as a small chip (under each of many items, e.g. progress reports). */
  compactAdd?: boolean;
  className?: string;
}

/** Photos as square thumbnails (a tap opens them full screen), with 删除 under unsent ones and a + tile to add. */
export function PhotoGrid({ photos, onAdd, adding = false, onRemove, compactAdd = false, className }: PhotoGridProps) {
  if (photos.length === 0 && !onAdd) return null;
  const urls = photos.map((p) => p.src);
  const preview = (src: string) => void Taro.previewImage({ urls, current: src }).catch(() => undefined);
  return (
    <View className={`dlp-photos ${className ?? ''}`}>
      {photos.map((photo) => (
        <View key={photo.key} className="dlp-photo">
          <Image
            className="dlp-photo__image"
            src={photo.thumb ?? photo.src}
            mode="aspectFill"
            nativeProps={{ alt: '照片' }}
            onClick={() => preview(photo.src)}
          />
          {onRemove ? (
            <Text className="dlp-photo__remove" onClick={() => onRemove(photo.key)}>
              删除
            </Text>
          ) : null}
        </View>
      ))}
      {onAdd && compactAdd ? (
        <View role="button" tabIndex={0} className="dlp-photo-chip" onClick={() => !adding && onAdd()}>
          {adding ? '正在上传…' : '+ 添加照片'}
        </View>
      ) : null}
      {onAdd && !compactAdd ? (
        <View role="button" tabIndex={0} className="dlp-photo dlp-photo--add" onClick={() => !adding && onAdd()}>
          <Text className="dlp-photo__plus">{adding ? '…' : '+'}</Text>
          <Text className="dlp-photo__add-text">{adding ? '正在上传' : '添加照片'}</Text>
        </View>
      ) : null}
    </View>
  );
}
