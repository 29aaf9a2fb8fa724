import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { WechatApiError, WechatReply, WechatUnavailableError, wechatFetchImage, wechatFetchJson } from './wechat-http';

interface StableTokenReply extends WechatReply {
  access_token?: string;
  expires_in?: number;
}

/** errcodes meaning "this access token is no longer good": fetch a fresh one and try once more. */
const STALE_TOKEN = new Set([40001, 40014, 42001]);
/** Renew this long before WeChat's stated expiry, so a token never dies in flight. */
const RENEW_MARGIN_MS = 5 * 60_000;

/**
 * Calls WeChat's server APIs that need an access token (subscription messages, content security).
 * The token comes from /cgi-bin/stable_token, which hands every server instance the same token
 * until it expires, so two instances never invalidate each other's token the way /cgi-bin/token does.
 */
@Injectable()
export class WechatApi {
  private readonly logger = new Logger(WechatApi.name);
  private token: { value: string; renewAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(private readonly config: AppConfig) {}

  /** Without an AppID and secret (a newcomer's machine) nothing is sent to WeChat. */
  get configured(): boolean {
    return Boolean(this.config.WECHAT_APP_ID && this.config.WECHAT_APP_SECRET);
  }

  /**
   * POSTs `body` to `path?access_token=…` and returns the reply when errcode is 0 or absent.
   * Throws WechatApiError for any other errcode and WechatUnavailableError when WeChat cannot be reached.
   */
  async post<T extends WechatReply>(path: string, body: unknown): Promise<T> {
    if (!this.configured) throw new WechatUnavailableError('WeChat is not configured');
    let reply = await this.postWithToken<T>(path, body, await this.accessToken(false));
    if (reply.errcode && STALE_TOKEN.has(reply.errcode)) {
      this.logger.warn(`access token refused (errcode ${reply.errcode}); renewing`);
      reply = await this.postWithToken<T>(path, body, await this.accessToken(true));
    }
    if (reply.errcode) throw new WechatApiError(reply.errcode, reply.errmsg ?? '');
    return reply;
  }

  /** POSTs `body` to an API that answers a picture (wxacode); the same token renewal and errors as post(). */
  async postForImage(path: string, body: unknown): Promise<Buffer> {
    if (!this.configured) throw new WechatUnavailableError('WeChat is not configured');
    const send = async (token: string) => {
      const url = new URL(path, this.config.WECHAT_API_BASE);
      url.searchParams.set('access_token', token);
      return wechatFetchImage(url, this.config.WECHAT_TIMEOUT_MS, body);
    };
    let reply = await send(await this.accessToken(false));
    if (!Buffer.isBuffer(reply) && reply.errcode && STALE_TOKEN.has(reply.errcode)) {
      this.logger.warn(`access token refused (errcode ${reply.errcode}); renewing`);
      reply = await send(await this.accessToken(true));
    }
    if (Buffer.isBuffer(reply)) return reply;
    throw new WechatApiError(reply.errcode ?? -1, reply.errmsg ?? 'no image');
  }

  private postWithToken<T extends WechatReply>(path: string, body: unknown, token: string): Promise<T> {
    const url = new URL(path, this.config.WECHAT_API_BASE);
    url.searchParams.set('access_token', token);
    return wechatFetchJson<T>(url, this.config.WECHAT_TIMEOUT_MS, body);
  }

  private async accessToken(forceRefresh: boolean): Promise<string> {
    if (!forceRefresh && this.token && Date.now() < this.token.renewAt) return this.token.value;
    // Concurrent callers share one token request.
    this.pending ??= this.fetchToken(forceRefresh).finally(() => (this.pending = null));
    return this.pending;
  }

  private async fetchToken(forceRefresh: boolean): Promise<string> {
    const url = new URL('/cgi-bin/stable_token', this.config.WECHAT_API_BASE);
    const reply = await wechatFetchJson<StableTokenReply>(url, this.config.WECHAT_TIMEOUT_MS, {
      grant_type: 'client_credential',
      appid: this.config.WECHAT_APP_ID,
      secret: this.config.WECHAT_APP_SECRET,
      force_refresh: forceRefresh,
    });
    if (reply.errcode || !reply.access_token) throw new WechatApiError(reply.errcode ?? -1, reply.errmsg ?? 'no access_token');
    const lifetimeMs = (reply.expires_in ?? 7200) * 1000;
    this.token = { value: reply.access_token, renewAt: Date.now() + Math.max(lifetimeMs - RENEW_MARGIN_MS, lifetimeMs / 2) };
    return reply.access_token;
  }
}
