import { Injectable } from '@nestjs/common';
import { DELIBERATION_DEFAULTS, DeliberationPhotoOwner, DeliberationPhotoView, MediaCheckStatus, MediaKind } from '@linli/shared';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { API_PREFIX } from '../app.constants';
import { DomainError } from '../common/errors/domain-error';
import { MediaChecks } from '../content-safety/media-checks.service';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { checkImage } from '../storage/image-check';
import { PhotoStorage } from '../storage/photo-storage';
import { SignedUrls } from '../storage/signed-urls';
import { DeliberationPhoto } from './deliberation-photo.entity';

export function photoContentPath(photoId: string): string {
  return `/${API_PREFIX}/deliberation-photos/${photoId}/content`;
}

/** Who is looking: the uploader and the secretary see photos the content check has not passed (yet). */
export interface PhotoViewer {
  userId: string;
  moderator: boolean;
}

/** Photos on topics and progress updates: checked uploads into free slots, signed URLs to show them. */
@Injectable()
export class DeliberationPhotosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly storage: PhotoStorage,
    private readonly urls: SignedUrls,
    private readonly checks: MediaChecks,
  ) {}

  /** Stores the file, then takes the next free slot; the unique key decides between racing uploads. The caller has checked who may add it. */
  async add(actorId: string, owner: { type: DeliberationPhotoOwner; id: string; communityId: string }, content: Buffer): Promise<DeliberationPhotoView> {
    const image = checkImage(content);
    if (!image) throw new DomainError('DELIBERATION_PHOTO_NOT_IMAGE');
    const id = newId();
    const storageKey = `deliberation/${owner.type}/${owner.id}/${id}.${image.extension}`;
    await this.storage.put(storageKey, content);
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
            storageKey,
            mime: image.mime,
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
        return { id, url: this.urls.sign(photoContentPath(id)), check: await this.checks.submit(id) };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    await this.storage.remove(storageKey);
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
      result.set(photo.ownerId, [...(result.get(photo.ownerId) ?? []), { id: photo.id, url: this.urls.sign(photoContentPath(photo.id)), check }]);
    }
    return result;
  }

  /** The bytes behind a signed URL; an expired or forged signature reads as missing. */
  async content(photoId: string, expires?: string, sig?: string): Promise<{ mime: string; content: Buffer }> {
    if (!this.urls.verify(photoContentPath(photoId), expires, sig)) throw new DomainError('DELIBERATION_PHOTO_NOT_FOUND');
    const photo = photoId.length <= 64 ? await this.dataSource.getRepository(DeliberationPhoto).findOne({ where: { id: photoId } }) : null;
    if (photo && (await this.checks.isRefused(photoId))) throw new DomainError('DELIBERATION_PHOTO_NOT_FOUND');
    const content = photo ? await this.storage.get(photo.storageKey) : null;
    if (!photo || !content) throw new DomainError('DELIBERATION_PHOTO_NOT_FOUND');
    return { mime: photo.mime, content };
  }
}
