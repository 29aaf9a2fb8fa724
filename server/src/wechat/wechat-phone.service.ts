import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { WechatApi } from './wechat-api.service';
import { WechatApiError, WechatReply, WechatUnavailableError } from './wechat-http';

export const GET_USER_PHONE_NUMBER = '/wxa/business/getuserphonenumber';

interface PhoneNumberReply extends WechatReply {
  phone_info?: { phoneNumber?: string; purePhoneNumber?: string; countryCode?: string };
}

/** getuserphonenumber errcodes that mean "this code is no good": the person taps 验证手机号 again. */
const CODE_REFUSED = new Set([40029, 40163, 40013]);

/**
 * WeChat's phone-number quick verification: the mini-program's getPhoneNumber code, exchanged here
 * for the number WeChat verified. The only phone the server trusts for matching a person to the register.
 */
@Injectable()
export class WechatPhone {
  private readonly logger = new Logger(WechatPhone.name);

  constructor(private readonly api: WechatApi) {}

  async verifiedPhone(code: string): Promise<string> {
    let reply: PhoneNumberReply;
    try {
      reply = await this.api.post<PhoneNumberReply>(GET_USER_PHONE_NUMBER, { code });
    } catch (error) {
      if (error instanceof WechatApiError) {
        this.logger.warn(`getuserphonenumber failed: errcode=${error.errcode} errmsg=${error.errmsg}`);
        if (CODE_REFUSED.has(error.errcode)) throw new DomainError('JOIN_PHONE_CODE_INVALID');
        if (error.errcode === 45011) throw new DomainError('AUTH_WECHAT_RATE_LIMITED');
        if (error.errcode === -1) throw new DomainError('AUTH_WECHAT_BUSY');
        throw new DomainError('AUTH_WECHAT_UNAVAILABLE');
      }
      if (error instanceof WechatUnavailableError) throw new DomainError('AUTH_WECHAT_UNAVAILABLE');
      throw error;
    }
    // A number from abroad carries its country code in phoneNumber; the register holds mainland mobiles without it.
    const phone = reply.phone_info?.purePhoneNumber;
    if (!phone) throw new DomainError('AUTH_WECHAT_UNAVAILABLE');
    return phone;
  }
}
