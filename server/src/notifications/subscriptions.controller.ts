import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator';
import { SubscriptionOffersDto } from './dto/notification.dto';
import { NotificationTemplates } from './notification-templates';

/**
 * The template ids the mini-program passes to wx.requestSubscribeMessage. Public: the ids are no
 * secret (every copy of the mini-program holds them) and the app loads them before a person signs
 * in, because WeChat only shows the prompt inside a tap, with no time for a request first.
 */
@ApiTags('notifications')
@Controller('notifications/subscriptions')
export class SubscriptionsController {
  constructor(private readonly templates: NotificationTemplates) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Which WeChat templates to ask a person to allow, per moment (posting a wish, claiming a shift…)' })
  @ApiOkResponse({ type: SubscriptionOffersDto })
  offers(): SubscriptionOffersDto {
    return { offers: this.templates.offers() };
  }
}
