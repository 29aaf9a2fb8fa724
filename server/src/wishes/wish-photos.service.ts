import { Injectable } from '@nestjs/common';
import { isWishParty, MediaCheckStatus, MediaKind, PHOTO_RULES, Role, WishPhotoKind, WishPhotoView, WishStatus } from '@linli/shared';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { MediaChecks } from '../content-safety/media-checks.service';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { placeholders, selectEntities } from '../database/plain-sql';
import { TransactionRunner } from '../database/transaction-runner';
import { API_PREFIX } from '../app.constants';
import { checkImage } from '../storage/image-check';
import { SignedUrls } from '../storage/signed-urls';
import { PhotoRecord, PhotoSize, StoredPhotos } from '../storage/stored-photos';
import { Wish } from './wish.entity';
import { WishPhoto } from './wish-photo.entity';

const STORY_STATES = [WishStatus.PendingReview, WishStatus.Open];

/**
 * Wish photos: uploads re-encoded without metadata (with a thumbnail), the secretary's approval, and signed URLs for those allowed to see
 * them. A photo is public once the secretary approved it and the content check passed it.
 */
@Injectable()
export class WishPhotosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly files: StoredPhotos,
    private readonly urls: SignedUrls,
    private readonly checks: MediaChecks,
  ) {}

  async upload(actorId: string, wishId: string, kind: WishPhotoKind, content: Buffer): Promise<WishPhotoView> {
    const wish = wishId.length <= 64 ? await this.dataSource.getRepository(Wish).findOne({ where: { id: wishId } }) : null;
    if (!wish) throw new DomainError('WISH_NOT_FOUND');
    this.assertMayUpload(actorId, wish, kind);
    // The magic bytes first, cheaply; then the pixels, outside any transaction and before a slot is taken.
    if (!checkImage(content)) throw new DomainError('WISH_PHOTO_NOT_IMAGE');
    const id = newId();
    const stored = await this.files.store(`wishes/${wish.id}/${id}`, content);
    if (!stored) throw new DomainError('WISH_PHOTO_UNREADABLE');
    // The next free slot of three; the unique key decides between racing uploads.
    for (let slot = 1; slot <= PHOTO_RULES.maxPerKind; slot++) {
      try {
        await this.transactions.run(async (manager) => {
          await manager.insert(WishPhoto, {
            id,
            wishId: wish.id,
            kind,
            slot,
            storageKey: stored.storageKey,
            thumbKey: stored.thumbKey,
            mime: stored.mime,
            bytes: stored.bytes,
            width: stored.width,
            height: stored.height,
            uploadedBy: actorId,
            approved: false,
          });
          await this.audit.record(manager, {
            actorId,
            action: 'wish.photo.upload',
            targetType: 'wish_photo',
            targetId: id,
            placeId: wish.communityId,
            after: { wishId, kind },
          });
          await this.checks.register(manager, {
            id,
            kind: MediaKind.WishPhoto,
            communityId: wish.communityId,
            uploadedBy: actorId,
            contentPath: contentPath(id),
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        await this.files.remove(stored); // a retry stores afresh under a new id
        throw error;
      }
      const check = await this.checks.submit(id);
      return this.viewOf(await this.dataSource.getRepository(WishPhoto).findOneByOrFail({ id }), check);
    }
    await this.files.remove(stored);
    throw new DomainError('WISH_PHOTO_LIMIT');
  }

  /**
   * The secretary makes a photo public (after checking it shows no face or private detail). Having
   * looked at it, they also pass a photo waiting for a person's content check; one WeChat is still
   * checking stays hidden until WeChat's verdict.
   */
  async approve(actorId: string, photoId: string): Promise<WishPhotoView> {
    const photo = await this.requirePhoto(photoId);
    const wish = await this.dataSource.getRepository(Wish).findOneByOrFail({ id: photo.wishId });
    const community = await this.access.requirePlace(wish.communityId);
    if (!(await this.access.holdsAnyRoleOver(actorId, [Role.Secretary], community))) throw new DomainError('WISH_PHOTO_NOT_FOUND');
    await this.transactions.run(async (manager) => {
      const result = await manager.update(WishPhoto, { id: photoId, approved: false }, { approved: true });
      if (result.affected === 1) {
        await this.audit.record(manager, { actorId, action: 'wish.photo.approve', targetType: 'wish_photo', targetId: photoId, placeId: wish.communityId });
      }
      await this.checks.passByHand(manager, photoId, actorId);
    });
    return this.viewOf({ ...photo, approved: true }, (await this.checks.statuses([photoId])).get(photoId)!);
  }

  /** One size of the image behind a signed URL; an expired or forged signature reads as missing. */
  async content(photoId: string, size: PhotoSize, expires?: string, sig?: string): Promise<{ mime: string; content: Buffer }> {
    if (!this.urls.verify(pathOf(photoId, size), expires, sig)) throw new DomainError('WISH_PHOTO_NOT_FOUND');
    const photo = await this.requirePhoto(photoId);
    if (await this.checks.isRefused(photoId)) throw new DomainError('WISH_PHOTO_NOT_FOUND');
    const image = await this.files.read(photo, size, this.recordOf(photoId));
    if (!image) throw new DomainError('WISH_PHOTO_NOT_FOUND');
    return image;
  }

  /** Photos per wish, with signed URLs: public ones (approved and passed) only, unless `all`. */
  /**
   * The claimer's own proof photos, also those still waiting for the secretary or the content check:
   * after 我已完成 he should see what he handed in, though the wall shows it only once it passed.
   */
  async myProofs(actorId: string, wishId: string): Promise<WishPhotoView[]> {
    const wish = wishId.length <= 64 ? await this.dataSource.getRepository(Wish).findOne({ where: { id: wishId } }) : null;
    if (!wish) throw new DomainError('WISH_NOT_FOUND');
    if (wish.claimerId !== actorId) throw new DomainError('WISH_NOT_CLAIMER');
    return ((await this.viewsOf([wishId], true)).get(wishId) ?? []).filter((p) => p.kind === WishPhotoKind.Proof);
  }

  async viewsOf(wishIds: string[], all: boolean): Promise<Map<string, WishPhotoView[]>> {
    const result = new Map<string, WishPhotoView[]>();
    if (wishIds.length === 0) return result;
    // Read with every wall page: plain SQL (database/plain-sql.ts).
    const ids = [...new Set(wishIds)];
    const photos = await selectEntities(
      this.dataSource.manager,
      WishPhoto,
      `SELECT * FROM wish_photo WHERE wish_id IN (${placeholders(ids.length)})${all ? '' : ' AND approved = ?'} ORDER BY kind, slot`,
      all ? ids : [...ids, true],
    );
    const checks = await this.checks.statuses(photos.map((p) => p.id));
    for (const photo of photos) {
      const check = checks.get(photo.id)!;
      if (!all && check !== MediaCheckStatus.Passed) continue;
      result.set(photo.wishId, [...(result.get(photo.wishId) ?? []), this.viewOf(photo, check)]);
    }
    return result;
  }

  private assertMayUpload(actorId: string, wish: Wish, kind: WishPhotoKind): void {
    if (kind === WishPhotoKind.Story) {
      if (!isWishParty(wish, actorId)) throw new DomainError('WISH_NOT_FOUND');
      if (!STORY_STATES.includes(wish.status)) throw new DomainError('WISH_WRONG_STATE');
      return;
    }
    if (wish.claimerId !== actorId) throw new DomainError('WISH_NOT_CLAIMER');
    if (wish.status !== WishStatus.Claimed) throw new DomainError('WISH_WRONG_STATE');
  }

  private async requirePhoto(photoId: string): Promise<WishPhoto> {
    const photo = photoId.length <= 64 ? await this.dataSource.getRepository(WishPhoto).findOne({ where: { id: photoId } }) : null;
    if (!photo) throw new DomainError('WISH_PHOTO_NOT_FOUND');
    return photo;
  }

  /** How a photo stored before re-encoding moves to its re-encoded files: one conditional UPDATE, so racing requests agree. */
  private recordOf(photoId: string): PhotoRecord {
    const photos = this.dataSource.getRepository(WishPhoto);
    return {
      reload: () => photos.findOneBy({ id: photoId }),
      upgrade: async ({ storageKey, thumbKey, mime, bytes, width, height }) =>
        (await photos.update({ id: photoId, thumbKey: IsNull() }, { storageKey, thumbKey, mime, bytes, width, height })).affected === 1,
    };
  }

  private viewOf(photo: WishPhoto, check: MediaCheckStatus): WishPhotoView {
    return {
      id: photo.id,
      kind: photo.kind,
      approved: photo.approved,
      check,
      url: this.urls.sign(contentPath(photo.id)),
      thumbUrl: this.urls.sign(thumbnailPath(photo.id)),
    };
  }
}

export function contentPath(photoId: string): string {
  return `/${API_PREFIX}/wish-photos/${photoId}/content`;
}

export function thumbnailPath(photoId: string): string {
  return `/${API_PREFIX}/wish-photos/${photoId}/thumbnail`;
}

function pathOf(photoId: string, size: PhotoSize): string {
  return size === 'thumb' ? thumbnailPath(photoId) : contentPath(photoId);
}
