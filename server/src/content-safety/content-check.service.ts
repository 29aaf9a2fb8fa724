import { Injectable, Logger } from '@nestjs/common';
import { compileWordList, findSensitiveWord, SEC_CHECK_UNAVAILABLE_ERRCODES, SecCheckReply, secCheckVerdict, SecCheckVerdict } from '@linli/shared';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { User } from '../identity/user.entity';
import { WechatApi } from '../wechat/wechat-api.service';
import { WechatApiError, WechatReply, WechatUnavailableError } from '../wechat/wechat-http';
import { SENSITIVE_WORDS } from './sensitive-words.list';

/** WeChat's content-security scenes (v2). */
export enum ContentScene {
  Profile = 1,
  Comment = 2,
  Forum = 3,
  SocialLog = 4,
}

/** One field of user text: `label` names it in the refusal (标题, 内容…). */
export interface TextPart {
  field: string;
  label: string;
  text: string | null | undefined;
}

export interface TextCheckContext {
  /** The author: WeChat's v2 check is made for their openid. */
  userId: string;
  scene: ContentScene;
  /** A person (the secretary's review) reads the text before anyone else sees it. */
  reviewedBeforePublic?: boolean;
  /** The caller keeps a text WeChat is unsure about from others until the secretary releases it. */
  holdOnReview?: boolean;
}

/** 'held': WeChat was unsure and the caller asked to hold (holdOnReview); the caller must keep the text from others. */
export type TextOutcome = 'pass' | 'held';

type Verdict = 'pass' | 'review' | 'risky';

const WORD_LIST = compileWordList(SENSITIVE_WORDS);

/**
 * Checks user text before it is written where others will see it. WeChat's msgSecCheck decides
 * when it can be asked: the author has an openid (users from code2Session; demo users have none)
 * and WeChat is configured and answers. Otherwise the local word list decides.
 *
 * Only WeChat being unavailable (unreachable, timeout, HTTP 5xx, busy, token errors) hands the
 * decision to the word list; "risky" (suggest risky, or errcode 87014) is refused. WeChat's
 * "review" (unsure) is accepted where a person reads the text before it goes public (a wish or a
 * resident's topic waits for the secretary anyway), held where the caller can keep it from others
 * until the secretary releases it (holdOnReview), and refused everywhere else, because nothing
 * would stand between an unsure text and the neighbours.
 */
@Injectable()
export class ContentCheck {
  private readonly logger = new Logger(ContentCheck.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly wechat: WechatApi,
  ) {}

  /** Throws CONTENT_REJECTED naming the first field refused; nothing has been written yet. */
  async text(parts: TextPart[], context: TextCheckContext): Promise<TextOutcome> {
    const present = parts.filter((p): p is TextPart & { text: string } => typeof p.text === 'string' && p.text.trim().length > 0);
    if (present.length === 0) return 'pass';
    const openid = await this.openidOf(context.userId);
    const verdicts = await Promise.all(present.map((part) => this.verdictOf(part.text, openid, context.scene)));
    const refused = present.findIndex((_, i) => verdicts[i] === 'risky');
    if (refused >= 0) {
      this.logger.log(`text refused (risky) in ${present[refused].field} by user ${context.userId}`);
      throw new DomainError('CONTENT_REJECTED', { field: present[refused].field }, `${present[refused].label}含有违规或不宜公开的信息，请修改后再提交`);
    }
    const unsure = present.findIndex((_, i) => verdicts[i] === 'review');
    if (unsure < 0 || context.reviewedBeforePublic) return 'pass';
    if (context.holdOnReview) {
      this.logger.log(`text held for the secretary (review) in ${present[unsure].field} by user ${context.userId}`);
      return 'held';
    }
    this.logger.log(`text refused (review) in ${present[unsure].field} by user ${context.userId}`);
    throw new DomainError('CONTENT_REJECTED', { field: present[unsure].field }, `${present[unsure].label}可能含有不宜公开的信息，请修改后再提交`);
  }

  private async verdictOf(text: string, openid: string | null, scene: ContentScene): Promise<Verdict> {
    if (openid && this.wechat.configured) {
      const verdict = await this.askWechat(text, openid, scene);
      if (verdict !== 'unavailable') return verdict;
    }
    const category = findSensitiveWord(text, WORD_LIST);
    if (category) this.logger.log(`the local word list found a ${category} word`);
    return category ? 'risky' : 'pass';
  }

  private async askWechat(text: string, openid: string, scene: ContentScene): Promise<SecCheckVerdict> {
    let reply: SecCheckReply | null;
    try {
      reply = await this.wechat.post<SecCheckReply & WechatReply>('/wxa/msg_sec_check', { content: text, version: 2, scene, openid });
    } catch (error) {
      if (error instanceof WechatApiError) reply = { errcode: error.errcode };
      else if (error instanceof WechatUnavailableError) reply = null;
      else throw error;
      const verdict = secCheckVerdict(reply);
      if (verdict === 'unavailable') {
        const ours = reply !== null && !SEC_CHECK_UNAVAILABLE_ERRCODES.has(reply.errcode!);
        // An errcode that is neither a verdict nor a known outage points at our request or configuration.
        if (ours) this.logger.error(`msgSecCheck refused our request (${error.message}); the local word list decides`);
        else this.logger.warn(`msgSecCheck unavailable (${error.message}); the local word list decides`);
      }
      return verdict;
    }
    const verdict = secCheckVerdict(reply);
    if (verdict === 'unavailable') this.logger.warn(`msgSecCheck answered no verdict (${JSON.stringify(reply.result ?? null)}); the local word list decides`);
    return verdict;
  }

  private async openidOf(userId: string): Promise<string | null> {
    const user = await this.dataSource.getRepository(User).findOne({ select: { id: true, openid: true }, where: { id: userId } });
    return user?.openid ?? null;
  }
}
