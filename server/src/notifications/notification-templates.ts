import { Injectable } from '@nestjs/common';
import { NotificationKind, parseTemplateMap, subscriptionOffers, SubscriptionOfferView, TemplateMap, TemplateSpec } from '@linli/shared';
import { AppConfig } from '../config/app-config';

/** The WeChat subscription-message template of each kind, from WECHAT_TEMPLATE_IDS (validated at boot). */
@Injectable()
export class NotificationTemplates {
  private readonly templates: TemplateMap;

  constructor(config: AppConfig) {
    this.templates = config.WECHAT_TEMPLATE_IDS ? parseTemplateMap(config.WECHAT_TEMPLATE_IDS).templates : {};
  }

  /** Null: the kind is not pushed, only kept in the inbox. */
  of(kind: NotificationKind): TemplateSpec | null {
    return this.templates[kind] ?? null;
  }

  /** What the mini-program asks each person to allow, moment by moment. */
  offers(): SubscriptionOfferView[] {
    return subscriptionOffers(this.templates);
  }
}
