import { FastifyReply, FastifyRequest, LogController } from 'fastify';

/**
 * One log line per request, written when it completes and naming the request (method, url) as
 * well as the outcome. Fastify's default writes a second line on arrival; under load each line
 * is a synchronous write, and the completed line alone answers what happened.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    // Fastify's req serializer logs `ip` as remoteAddress: the client's, behind a trusted proxy.
    const line = { req: { method: request.method, url: request.url, ip: request.ip }, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
