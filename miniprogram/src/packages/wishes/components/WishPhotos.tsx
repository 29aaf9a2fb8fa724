import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { WishPhoto } from '@/services/api-types';
import { photoSrc } from '@/services/photos';

/** Photos in a row of thumbnails (the small image); a tap opens the full photos. Unapproved ones say so. */
export function WishPhotos({ photos, title }: { photos: WishPhoto[]; title: string }) {
  if (photos.length === 0) return null;
  const urls = photos.map((p) => photoSrc(p.url));
  const thumbs = photos.map((p) => photoSrc(p.thumbUrl));
  return (
    <View className="wsd-photos">
      <Text className="wsd-photos__title">{title}</Text>
      <View className="wsd-photos__row">
        {photos.map((photo, index) => (
          <View key={photo.id} className="wsd-photo">
            <Image
              className="wsd-photo__image"
              src={thumbs[index]}
              mode="aspectFill"
              nativeProps={{ alt: `心愿照片 ${index + 1}` }}
              onClick={() => void Taro.previewImage({ urls, current: urls[index] })}
            />
            {photo.approved ? null : <Text className="wsd-photo__pending">待审核</Text>}
          </View>
        ))}
      </View>
    </View>
  );
}
