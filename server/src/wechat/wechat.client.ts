import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { WechatReply, wechatFetchJson } from './wechat-http';

export interface WechatSession {
  openid: string;
  unionid: string | null;
}

interface Code2SessionResponse extends WechatReply {
  openid?: string;
  unionid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

/** WeChat's documented code2Session error codes, and what each means for the user. */
const CODE2SESSION_ERRORS: Record<number, DomainError['code']> = {
  40029: 'AUTH_WECHAT_CODE_INVALID', // invalid js_code
  40163: 'AUTH_WECHAT_CODE_INVALID', // code already used
  45011: 'AUTH_WECHAT_RATE_LIMITED', // API minute-quota reached for this user
  40226: 'AUTH_WECHAT_USER_BLOCKED', // high-risk user, login intercepted
  [-1]: 'AUTH_WECHAT_BUSY', // system busy
};

/**
 * The HTTP client for WeChat's server API. The base URL is configurable so that tests run this
 * very client against a fake WeChat server on 127.0.0.1.
 */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger(WechatClient.name);

  constructor(private readonly config: AppConfig) {}

  /** Exchanges a wx.login code for the user's openid. The session key is not kept: nothing here needs it. */
  async code2Session(code: string): Promise<WechatSession> {
    const { WECHAT_APP_ID: appid, WECHAT_APP_SECRET: secret } = this.config;
    if (!appid || !secret) throw new DomainError('AUTH_WECHAT_NOT_CONFIGURED');
    const url = new URL('/sns/jscode2session', this.config.WECHAT_API_BASE);
    url.search = new URLSearchParams({ appid, secret, js_code: code, grant_type: 'authorization_code' }).toString();
    const body = await this.getJson<Code2SessionResponse>(url);
    if (body.errcode && body.errcode !== 0) {
      this.logger.warn(`code2Session failed: errcode=${body.errcode} errmsg=${body.errmsg ?? ''}`);
      throw new DomainError(CODE2SESSION_ERRORS[body.errcode] ?? 'AUTH_WECHAT_UNAVAILABLE');
    }
    if (!body.openid) throw new DomainError('AUTH_WECHAT_UNAVAILABLE');
    return { openid: body.openid, unionid: body.unionid ?? null };
  }

  private async getJson<T extends WechatReply>(url: URL): Promise<T> {
    try {
      return await wechatFetchJson<T>(url, this.config.WECHAT_TIMEOUT_MS);
    } catch (error) {
      this.logger.warn((error as Error).message);
      throw new DomainError('AUTH_WECHAT_UNAVAILABLE');
    }
  }
}
