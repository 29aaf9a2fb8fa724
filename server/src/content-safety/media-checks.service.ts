import { Injectable, Logger } from '@nestjs/common';
import { MediaCheckStatus, MediaKind, Role } from '@linli/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../common/access/access.service';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../identity/user.entity';
import { SignedUrls } from '../storage/signed-urls';
import { WechatApi } from '../wechat/wechat-api.service';
import { WechatApiError, WechatReply, WechatUnavailableError } from '../wechat/wechat-http';
import { ContentScene } from './content-check.service';
import { MediaCheck } from './media-check.entity';

/** An image just stored, as the photo modules describe it. */
export interface UploadedMedia {
  /** The photo's id (the check row takes the same id). */
  id: string;
  kind: MediaKind;
  communityId: string;
  uploadedBy: string;
  /** The URL path that serves the image (signed for WeChat to fetch it). */
  contentPath: string;
}

/** WeChat's verdict on one image, from its push. */
export interface MediaVerdict {
  traceId: string;
  suggest: string | undefined;
  label: number | undefined;
  /** Non-zero when WeChat could not check the image (e.g. could not fetch it). */
  errcode: number;
}

/** Who reviews images by hand. */
export const MEDIA_REVIEWERS = [Role.Secretary];

interface MediaCheckAsyncReply extends WechatReply {
  trace_id?: string;
}

/**
 * The content check of uploaded images. The photo modules register the check in the upload's
 * transaction and submit it after commit: WeChat's mediaCheckAsync fetches the image from
 * PUBLIC_BASE_URL and pushes its verdict later (WechatEventsController). When WeChat cannot be
 * asked, the image waits for the secretary: a word list cannot judge a picture, so no machine
 * fallback exists for images and a person decides.
 */
@Injectable()
export class MediaChecks {
  private readonly logger = new Logger(MediaChecks.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly wechat: WechatApi,
    private readonly urls: SignedUrls,
    private readonly config: AppConfig,
  ) {}

  /** Inside the upload's transaction: every image starts out waiting for a person, the state that shows it to nobody else. */
  async register(manager: EntityManager, media: UploadedMedia): Promise<void> {
    await manager.insert(MediaCheck, {
      id: media.id,
      kind: media.kind,
      communityId: media.communityId,
      uploadedBy: media.uploadedBy,
      contentPath: media.contentPath,
      status: MediaCheckStatus.AwaitingReview,
      traceId: null,
      label: null,
      decidedBy: null,
      decidedAt: null,
      reason: null,
    });
  }

  /**
   * After the upload commits: sends the image to WeChat, or, when WeChat cannot be asked and the
   * uploader is the secretary (the very person who would review it), passes it by their hand.
   * WeChat's failures never fail the upload. Returns the check's state now.
   */
  async submit(id: string): Promise<MediaCheckStatus> {
    const check = await this.dataSource.getRepository(MediaCheck).findOneByOrFail({ id });
    const traceId = await this.sendToWechat(check);
    if (traceId) {
      await this.dataSource
        .createQueryBuilder()
        .update(MediaCheck)
        .set({ status: MediaCheckStatus.Checking, traceId })
        .where('id = :id AND status = :waiting', { id, waiting: MediaCheckStatus.AwaitingReview })
        .execute();
    } else if (await this.access.holdsAnyRoleOver(check.uploadedBy, MEDIA_REVIEWERS, await this.access.requirePlace(check.communityId))) {
      // The pass and its audit line commit together.
      await this.transactions.run(async (manager) => {
        if (await this.passByHand(manager, id, check.uploadedBy)) {
          await this.audit.record(manager, {
            actorId: check.uploadedBy,
            action: 'content.media.pass',
            targetType: check.kind,
            targetId: id,
            placeId: check.communityId,
            after: { by: 'uploader' },
          });
        }
      });
    }
    return (await this.dataSource.getRepository(MediaCheck).findOneByOrFail({ id })).status;
  }

  /** A person passes an image still waiting for one (e.g. the secretary approving a wish photo); true when it moved. */
  async passByHand(manager: EntityManager, id: string, actorId: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MediaCheck)
      .set({ status: MediaCheckStatus.Passed, decidedBy: actorId, decidedAt: new Date() })
      .where('id = :id AND status = :waiting', { id, waiting: MediaCheckStatus.AwaitingReview })
      .execute();
    return result.affected === 1;
  }

  /**
   * The check state of each image. An image with no check row predates content checking and was
   * shown before it, so it counts as passed.
   */
  async statuses(ids: string[]): Promise<Map<string, MediaCheckStatus>> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await this.dataSource.getRepository(MediaCheck).find({ select: { id: true, status: true }, where: { id: In(unique) } }) : [];
    const found = new Map(rows.map((r) => [r.id, r.status]));
    return new Map(unique.map((id) => [id, found.get(id) ?? MediaCheckStatus.Passed]));
  }

  /** A refused image is no longer served, not even behind a signed URL handed out before. */
  async isRefused(id: string): Promise<boolean> {
    return (await this.statuses([id])).get(id) === MediaCheckStatus.Refused;
  }

  /**
   * Applies WeChat's pushed verdict. "risky" refuses the image whatever a person decided before
   * (WeChat's refusal is what the platform holds the mini-program to); "pass" settles only an
   * image still being checked; "review", or a check WeChat could not make, hands it to a person.
   * Each move is one conditional UPDATE with its audit line, so a repeated push changes nothing.
   */
  async applyVerdict(verdict: MediaVerdict): Promise<boolean> {
    const refused = verdict.errcode === 0 && verdict.suggest === 'risky';
    const passed = verdict.errcode === 0 && verdict.suggest === 'pass';
    return this.transactions.run(async (manager) => {
      const query = manager.createQueryBuilder().update(MediaCheck).where('trace_id = :traceId', { traceId: verdict.traceId });
      if (refused) {
        query
          .set({ status: MediaCheckStatus.Refused, label: verdict.label ?? null, decidedAt: new Date() })
          .andWhere('status <> :refused', { refused: MediaCheckStatus.Refused });
      } else {
        query
          .set({ status: passed ? MediaCheckStatus.Passed : MediaCheckStatus.AwaitingReview, ...(passed ? { decidedAt: new Date() } : {}) })
          .andWhere('status = :checking', { checking: MediaCheckStatus.Checking });
      }
      const result = await query.execute();
      if (result.affected !== 1) return false;
      const check = await manager.getRepository(MediaCheck).findOneByOrFail({ traceId: verdict.traceId });
      await this.audit.record(manager, {
        actorId: null,
        action: 'content.media.verdict',
        targetType: check.kind,
        targetId: check.id,
        placeId: check.communityId,
        after: { suggest: verdict.suggest ?? null, label: verdict.label ?? null, errcode: verdict.errcode, status: check.status },
      });
      return true;
    });
  }

  /** The trace id, or null when WeChat cannot be asked (not configured, no public address, no openid, down or refusing). */
  private async sendToWechat(check: MediaCheck): Promise<string | null> {
    if (!this.wechat.configured || !this.config.PUBLIC_BASE_URL) return null;
    const uploader = await this.dataSource.getRepository(User).findOne({ select: { id: true, openid: true }, where: { id: check.uploadedBy } });
    if (!uploader?.openid) return null;
    try {
      const reply = await this.wechat.post<MediaCheckAsyncReply>('/wxa/media_check_async', {
        media_url: `${this.config.PUBLIC_BASE_URL}${this.urls.sign(check.contentPath)}`,
        media_type: 2,
        version: 2,
        scene: ContentScene.Forum,
        openid: uploader.openid,
      });
      if (reply.trace_id) return reply.trace_id;
      this.logger.warn(`mediaCheckAsync answered no trace_id for ${check.id}; the image waits for the secretary`);
    } catch (error) {
      if (!(error instanceof WechatUnavailableError || error instanceof WechatApiError)) throw error;
      this.logger.warn(`mediaCheckAsync failed for ${check.id} (${error.message}); the image waits for the secretary`);
    }
    return null;
  }
}
