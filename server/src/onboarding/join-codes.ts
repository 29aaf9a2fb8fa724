import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { WechatApi } from '../wechat/wechat-api.service';
import { WechatApiError, WechatUnavailableError } from '../wechat/wechat-http';

export const GET_WXACODE_UNLIMITED = '/wxa/getwxacodeunlimit';
/** The mini-program page a printed code opens: it reads the place from `scene`. */
export const JOIN_PAGE = 'packages/onboarding/pages/join/index';

/**
 * WeChat allows 32 characters in a code's scene: a place id (a UUID) without its dashes fits,
 * and the join page puts them back (miniprogram onboarding scannedPlace).
 */
export function sceneOf(placeId: string): string {
  return placeId.replace(/-/g, '');
}

/**
 * 扫码入户 on WeChat: a real mini-program code (wxacode.getUnlimited) for a building or a flat,
 * for the secretary to print. Codes from getUnlimited never run out, so nothing is stored.
 */
@Injectable()
export class JoinCodes {
  private readonly logger = new Logger(JoinCodes.name);

  constructor(private readonly wechat: WechatApi) {}

  async png(placeId: string): Promise<Buffer> {
    try {
      // check_path false: the code works before the page's version is published (trial builds too).
      return await this.wechat.postForImage(GET_WXACODE_UNLIMITED, { scene: sceneOf(placeId), page: JOIN_PAGE, check_path: false, width: 430 });
    } catch (error) {
      if (error instanceof WechatApiError) {
        this.logger.warn(`getwxacodeunlimit failed: errcode=${error.errcode} errmsg=${error.errmsg}`);
        throw new DomainError(error.errcode === -1 ? 'AUTH_WECHAT_BUSY' : 'JOIN_CODE_UNAVAILABLE');
      }
      if (error instanceof WechatUnavailableError) throw new DomainError('AUTH_WECHAT_UNAVAILABLE');
      throw error;
    }
  }
}
