import { applyDecorators, Controller, Get, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth/public.decorator';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { MediaChecks } from './media-checks.service';
import { isSignedByWechat } from './wechat-push-signature';

/** Documents the signature WeChat adds to the query string of every push. */
const SignedByWechat = () =>
  applyDecorators(ApiQuery({ name: 'signature', type: String }), ApiQuery({ name: 'timestamp', type: String }), ApiQuery({ name: 'nonce', type: String }));

/**
 * WeChat's message push (消息推送, plaintext mode, JSON), set up in the mini-program's admin
 * console with this URL and WECHAT_PUSH_TOKEN. Every request must carry WeChat's signature;
 * without a configured token nothing is accepted. Handled: the image check verdict
 * (wxa_media_check). Other events are acknowledged and ignored, so WeChat does not retry them.
 * A replayed push is harmless: each verdict moves an image once.
 */
@ApiTags('wechat')
@Public()
@Controller('wechat/events')
export class WechatEventsController {
  private readonly logger = new Logger(WechatEventsController.name);

  constructor(
    private readonly config: AppConfig,
    private readonly media: MediaChecks,
  ) {}

  @Get()
  @ApiOperation({ summary: "WeChat's check of the push URL: answers echostr when signed with the push token" })
  @SignedByWechat()
  @ApiQuery({ name: 'echostr', type: String })
  @ApiOkResponse({ type: String })
  verify(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): string {
    const query = this.signedQuery(request, reply);
    return typeof query.echostr === 'string' ? query.echostr : '';
  }

  @Post()
  @HttpCode(200)
  @SignedByWechat()
  @ApiOperation({ summary: 'A push from WeChat (wxa_media_check: the verdict on an uploaded image); answers "success"' })
  @ApiBody({ schema: { type: 'object', example: { Event: 'wxa_media_check', trace_id: '…', errcode: 0, result: { suggest: 'pass', label: 100 } } } })
  @ApiOkResponse({ type: String })
  async receive(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    this.signedQuery(request, reply);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (body.Event !== 'wxa_media_check') return 'success';
    if (typeof body.appid === 'string' && this.config.WECHAT_APP_ID && body.appid !== this.config.WECHAT_APP_ID) {
      this.logger.warn(`media check verdict for another appid (${body.appid}) ignored`);
      return 'success';
    }
    if (typeof body.trace_id !== 'string' || body.trace_id.length > 64) return 'success';
    const result = (typeof body.result === 'object' && body.result !== null ? body.result : {}) as Record<string, unknown>;
    const moved = await this.media.applyVerdict({
      traceId: body.trace_id,
      suggest: typeof result.suggest === 'string' ? result.suggest : undefined,
      label: typeof result.label === 'number' ? result.label : undefined,
      errcode: typeof body.errcode === 'number' ? body.errcode : 0,
    });
    if (!moved) this.logger.log(`media check verdict for trace ${body.trace_id} changed nothing (unknown trace or already decided)`);
    return 'success';
  }

  /** The query of a signed request, which is answered in plain text as WeChat expects; anything else is refused. */
  private signedQuery(request: FastifyRequest, reply: FastifyReply): Record<string, unknown> {
    const query = (request.query ?? {}) as Record<string, unknown>;
    if (!isSignedByWechat(this.config.WECHAT_PUSH_TOKEN, query)) throw new DomainError('CONTENT_PUSH_SIGNATURE_INVALID');
    void reply.header('content-type', 'text/plain; charset=utf-8');
    return query;
  }
}
