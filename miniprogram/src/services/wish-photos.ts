/** Wish photos: the story (the poster's) and the proof of fulfilment (the claimer's); each waits for the secretary's approval. */
import { apiUrl } from './api-client';
import type { WishPhoto, WishPhotoKind } from './api-types';
import { uploadPhotoFile } from './photos';

/** Uploads one photo; resolves to the photo, which waits for the secretary's approval. */
export function uploadWishPhoto(wishId: string, kind: WishPhotoKind, filePath: string): Promise<WishPhoto> {
  return uploadPhotoFile(apiUrl('/api/v1/wishes/{id}/photos', { path: { id: wishId }, query: { kind } }), filePath);
}
