import { Injectable } from '@nestjs/common';
import { DELIBERATION_DEFAULTS, DeliberationPhotoOwner, DeliberationPhotoView, MediaCheckStatus, MediaKind } from '@linli/shared';
import { DataSource, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { API_PREFIX } from '../app.constants';
import { DomainError } from '../common/errors/domain-error';
import { MediaChecks } from '../content-safety/media-checks.service';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { checkImage } from '../storage/image-check';
import { SignedUrls } from '../storage/signed-urls';
import { PhotoSize, StoredPhotos } from '../storage/stored-photos';
import { DeliberationPhoto } from './deliberation-photo.entity';

export function photoContentPath(photoId: string): string {
  return `/${API_PREFIX}/deliberation-photos/${photoId}/content`;
}

export function photoThumbnailPath(photoId: string): string {
  return `/${API_PREFIX}/deliberation-photos/${photoId}/thumbnail`;
}

/** Who is looking: the uploader and the secretary see photos the content check has not passed (yet). */
export interface PhotoViewer {
  userId: string;
  moderator: boolean;
}

/** Photos on topics and progress updates: re-encoded uploads into free slots, signed URLs to show them and their thumbnails. */
@Injectable()
export class DeliberationPhotosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly files: StoredPhotos,
    private readonly urls: SignedUrls,
    private readonly checks: MediaChecks,
  ) {}

  /**
   * Re-encodes and stores the file (no metadata, with a thumbnail), then takes the next free slot;
   * the unique key decides between racing uploads. The caller has checked who may add it.
   */
  async add(actorId: string, owner: { type: DeliberationPhotoOwner; id: string; communityId: string }, content: Buffer): Promise<DeliberationPhotoView> {
    if (!checkImage(content)) throw new DomainError('DELIBERATION_PHOTO_NOT_IMAGE');
    const id = newId();
    const stored = await this.files.store(`deliberation/${owner.type}/${owner.id}/${id}`, content);
    if (!stored) throw new DomainError('DELIBERATION_PHOTO_UNREADABLE');
    for (let slot = 1; slot <= DELIBERATION_DEFAULTS.maxPhotos; slot++) {
      try {
        // The photo row and its audit line commit together.
        await this.transactions.run(async (manager) => {
          await manager.insert(DeliberationPhoto, {
            id,
            ownerType: owner.type,
            ownerId: owner.id,
            communityId: owner.communityId,
            slot,
            storageKey: stored.storageKey,
            thumbKey: stored.thumbKey,
            mime: stored.mime,
            uploadedBy: actorId,
          });
          await this.audit.record(manager, {
            actorId,
            action: 'deliberation.photo.add',
            targetType: 'deliberation_photo',
            targetId: id,
            placeId: owner.communityId,
            after: { owner: owner.type, ownerId: owner.id },
          });
          await this.checks.register(manager, {
            id,
            kind: MediaKind.DeliberationPhoto,
            communityId: owner.communityId,
            uploadedBy: actorId,
            contentPath: photoContentPath(id),
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        await this.files.remove(stored); // a retry stores afresh under a new id
        throw error;
      }
      return { ...this.urlsOf(id), check: await this.checks.submit(id) };
    }
    await this.files.remove(stored);
    throw new DomainError('DELIBERATION_PHOTO_LIMIT');
  }

  /** Photos per owner: those the content check passed, and for the uploader and the secretary every one with its check. */
  async viewsOf(type: DeliberationPhotoOwner, ownerIds: string[], viewer: PhotoViewer): Promise<Map<string, DeliberationPhotoView[]>> {
    const result = new Map<string, DeliberationPhotoView[]>();
    if (ownerIds.length === 0) return result;
    const photos = await this.dataSource.getRepository(DeliberationPhoto).find({ where: { ownerType: type, ownerId: In(ownerIds) }, order: { slot: 'ASC' } });
    const checks = await this.checks.statuses(photos.map((p) => p.id));
    for (const photo of photos) {
      const check = checks.get(photo.id)!;
      if (check !== MediaCheckStatus.Passed && !viewer.moderator && photo.uploadedBy !== viewer.userId) continue;
      result.set(photo.ownerId, [...(result.get(photo.ownerId) ?? []), { ...this.urlsOf(photo.id), check }]);
    }
    return result;
  }

  /** One size of the image behind a signed URL; an expired or forged signature reads as missing. */
  async content(photoId: string, size: PhotoSize, expires?: string, sig?: string): Promise<{ mime: string; content: Buffer }> {
    const path = size === 'thumb' ? photoThumbnailPath(photoId) : photoContentPath(photoId);
    if (!this.urls.verify(path, expires, sig)) throw new DomainError('DELIBERATION_PHOTO_NOT_FOUND');
    const photos = this.dataSource.getRepository(DeliberationPhoto);
    const photo = photoId.length <= 64 ? await photos.findOne({ where: { id: photoId } }) : null;
    if (!photo || (await this.checks.isRefused(photoId))) throw new DomainError('DELIBERATION_PHOTO_NOT_FOUND');
    const image = await this.files.read(photo, size, {
      reload: () => photos.findOneBy({ id: photoId }),
      // A photo stored before re-encoding moves to its new files once, whichever request gets there first.
      upgrade: async ({ storageKey, thumbKey, mime }) =>
        (await photos.update({ id: photoId, thumbKey: IsNull() }, { storageKey, thumbKey, mime })).affected === 1,
    });
    if (!image) throw new DomainError('DELIBERATION_PHOTO_NOT_FOUND');
    return image;
  }

  private urlsOf(photoId: string): { id: string; url: string; thumbUrl: string } {
    return { id: photoId, url: this.urls.sign(photoContentPath(photoId)), thumbUrl: this.urls.sign(photoThumbnailPath(photoId)) };
  }
}
