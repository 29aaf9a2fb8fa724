import { Text, View } from '@tarojs/components';
import { PHOTO_RULES } from '@linli/shared';
import { useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { Button, TextArea } from '@/components/nut';
import type { WishPhoto } from '@/services/api-types';
import { pickPhotos } from '@/services/photos';
import { uploadWishPhoto } from '@/services/wish-photos';
import { fulfilWish } from '@/services/wishes';
import { WishPhotos } from './WishPhotos';

const NOTE_MIN = 2;
const NOTE_MAX = 500;

interface Props {
  wishId: string;
  /** Proof photos already uploaded (from an earlier visit). */
  proofs: WishPhoto[];
  onDone: () => void;
}

/**
 * The claimer's 完成心愿: proof photos from the camera or the album (checked by the server, shown
 * to the public only after the secretary approves them), a line on what was done, then 我已完成.
 */
export function FulfilForm({ wishId, proofs, onDone }: Props) {
  const [uploaded, setUploaded] = useState<WishPhoto[]>(proofs);
  const [uploading, setUploading] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const room = PHOTO_RULES.maxPerKind - uploaded.length;

  async function addPhotos() {
    const paths = await pickPhotos(room);
    if (paths.length === 0) return;
    setUploading(true);
    for (const path of paths) {
      try {
        const photo = await uploadWishPhoto(wishId, 'proof', path);
        setUploaded((list) => [...list, photo]);
      } catch (failure) {
        showError(failure);
        break;
      }
    }
    setUploading(false);
  }

  async function submit() {
    const trimmed = note.trim();
    if (trimmed.length < NOTE_MIN) return setError('请简单说说您是怎么完成的（至少 2 个字）');
    setError(null);
    setSending(true);
    try {
      await fulfilWish(wishId, trimmed);
      showSuccess('已提交，等待居民确认');
      onDone();
    } catch (failure) {
      showError(failure);
      setSending(false);
    }
  }

  return (
    <View className="lin-card wsd-fulfil">
      <Text className="lin-card__title">完成心愿</Text>
      <WishPhotos photos={uploaded} title="完成凭证" />
      {room > 0 ? (
        <Button className="wsd-add-proof" block loading={uploading} disabled={uploading} onClick={() => void addPhotos()}>
          拍照或从相册上传凭证（还可 {room} 张）
        </Button>
      ) : null}
      <Text className="lin-note wsd-fulfil__hint">照片请避免拍到居民正脸和门牌，社区审核后才会公开。</Text>
      <TextArea
        className="wsd-fulfil__note"
        value={note}
        onChange={setNote}
        placeholder="如：已把棉被送到家中，老人很满意"
        maxLength={NOTE_MAX}
        showCount
        autoSize
      />
      {error ? <Text className="wsd-error">{error}</Text> : null}
      <Button className="wsd-fulfil__submit" type="primary" block size="large" loading={sending} disabled={sending} onClick={() => void submit()}>
        我已完成
      </Button>
    </View>
  );
}
