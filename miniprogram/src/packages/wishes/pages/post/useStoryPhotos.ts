import { PHOTO_RULES } from '@linli/shared';
import { useRef, useState } from 'react';
import { errorMessage } from '@/services/api-error';
import { pickPhotos } from '@/services/photos';
import { uploadWishPhoto } from '@/services/wish-photos';

export type PhotoStatus = 'picked' | 'uploading' | 'uploaded' | 'failed';

export interface StoryPhoto {
  key: string;
  /** The local file (a temp path in the mini-program, a blob URL on H5). */
  path: string;
  status: PhotoStatus;
  /** Why the upload failed, in the server's words. */
  error?: string;
}

let nextKey = 0;

/**
 * Up to three story photos: picked while the form is filled in, uploaded one by one once the
 * wish exists (the upload needs its id). A failed upload keeps its reason and can be retried.
 */
export function useStoryPhotos() {
  const [photos, setPhotos] = useState<StoryPhoto[]>([]);
  const current = useRef(photos);
  current.current = photos;

  const room = PHOTO_RULES.maxPerKind - photos.length;

  async function add(): Promise<void> {
    const paths = await pickPhotos(PHOTO_RULES.maxPerKind - current.current.length);
    if (paths.length === 0) return;
    setPhotos((list) => [...list, ...paths.map((path) => ({ key: `p${++nextKey}`, path, status: 'picked' as const }))].slice(0, PHOTO_RULES.maxPerKind));
  }

  function remove(key: string): void {
    setPhotos((list) => list.filter((p) => p.key !== key));
  }

  function patch(key: string, change: Partial<StoryPhoto>): void {
    setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));
  }

  async function upload(wishId: string, photo: StoryPhoto): Promise<boolean> {
    patch(photo.key, { status: 'uploading', error: undefined });
    try {
      await uploadWishPhoto(wishId, 'story', photo.path);
      patch(photo.key, { status: 'uploaded' });
      return true;
    } catch (error) {
      patch(photo.key, { status: 'failed', error: errorMessage(error) });
      return false;
    }
  }

  /** Uploads every photo not uploaded yet, one after another (the server numbers them in order). */
  async function uploadAll(wishId: string): Promise<void> {
    for (const photo of current.current) {
      if (photo.status !== 'uploaded') await upload(wishId, photo);
    }
  }

  async function retry(wishId: string, key: string): Promise<void> {
    const photo = current.current.find((p) => p.key === key);
    if (photo && photo.status === 'failed') await upload(wishId, photo);
  }

  return { photos, room, add, remove, uploadAll, retry };
}
