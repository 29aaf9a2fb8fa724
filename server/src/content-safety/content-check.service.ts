import { Injectable, Logger } from '@nestjs/common';
import { compileWordList, findSensitiveWord } from '@linli/shared';
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
}

type Verdict = 'pass' | 'review' | 'risky';

interface SecCheckReply extends WechatReply {
  result?: { suggest?: string; label?: number };
}

const WORD_LIST = compileWordList(SENSITIVE_WORDS);
const VERDICTS = new Set<string>(['pass', 'review', 'risky']);

/**
 * Checks user text before it is written where others will see it. WeChat's msgSecCheck decides
 * when it can be asked: the author has an openid (users from code2Session; demo users have none)
 * and WeChat is configured and answers. Otherwise the local word list decides.
 *
 * WeChat's "review" (unsure) is accepted only where a person reads the text before it goes public
 * (a wish or a resident's topic waits for the secretary's review anyway); everywhere else it is
 * refused like "risky", because nothing would stand between an unsure text and the neighbours.
 */
@Injectable()
export class ContentCheck {
  private readonly logger = new Logger(ContentCheck.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly wechat: WechatApi,
  ) {}

  /** Throws CONTENT_REJECTED naming the first field refused; nothing has been written yet. */
  async text(parts: TextPart[], context: TextCheckContext): Promise<void> {
    const present = parts.filter((p): p is TextPart & { text: string } => typeof p.text === 'string' && p.text.trim().length > 0);
    if (present.length === 0) return;
    const openid = await this.openidOf(context.userId);
    const verdicts = await Promise.all(present.map((part) => this.verdictOf(part.text, openid, context.scene)));
    present.forEach((part, i) => {
      const verdict = verdicts[i];
      if (verdict === 'risky' || (verdict === 'review' && !context.reviewedBeforePublic)) {
        this.logger.log(`text refused (${verdict}) in ${part.field} by user ${context.userId}`);
        throw new DomainError('CONTENT_REJECTED', { field: part.field }, `${part.label}含有违规或不宜公开的信息，请修改后再提交`);
      }
    });
  }

  private async verdictOf(text: string, openid: string | null, scene: ContentScene): Promise<Verdict> {
    if (openid && this.wechat.configured) {
      try {
        const reply = await this.wechat.post<SecCheckReply>('/wxa/msg_sec_check', { content: text, version: 2, scene, openid });
        const suggest = reply.result?.suggest;
        if (suggest && VERDICTS.has(suggest)) return suggest as Verdict;
        this.logger.warn(`msgSecCheck answered no verdict (${JSON.stringify(reply.result ?? null)}); the local word list decides`);
      } catch (error) {
        if (!(error instanceof WechatUnavailableError || error instanceof WechatApiError)) throw error;
        this.logger.warn(`msgSecCheck failed (${error.message}); the local word list decides`);
      }
    }
    const category = findSensitiveWord(text, WORD_LIST);
    if (category) this.logger.log(`the local word list found a ${category} word`);
    return category ? 'risky' : 'pass';
  }

  private async openidOf(userId: string): Promise<string | null> {
    const user = await this.dataSource.getRepository(User).findOne({ select: { id: true, openid: true }, where: { id: userId } });
    return user?.openid ?? null;
  }
}
