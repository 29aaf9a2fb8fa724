import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ERROR_CATALOG, ErrorBody, ErrorCode } from '@linli/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './domain-error';

/** Seconds a client is asked to wait before retrying a 503 (the database or a dependency is down). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Every failure leaves the API as {code, message, details?}: domain errors by their code,
 * framework and transport errors mapped to common codes, anything unexpected as a 500 with
 * no stack trace or SQL in the body (those go to the log, tagged with the request id).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const { status, body } = this.toResponse(exception);
    if (status === 503) {
      void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      // An outage is one event, not a fault per request: one line each, without the stack.
      this.logger.warn({ requestId: request?.id, method: request?.method, url: request?.url, code: body.code, error: describeError(exception) });
    } else if (status >= 500) {
      this.logger.error(
        { requestId: request?.id, method: request?.method, url: request?.url, code: body.code },
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    void reply.status(status).send(body);
  }

  toResponse(exception: unknown): { status: number; body: ErrorBody } {
    if (exception instanceof DomainError) {
      return { status: exception.status, body: withDetails(exception.code, exception.message, exception.details) };
    }
    if (exception instanceof ThrottlerException) return fromCode('TOO_MANY_REQUESTS');
    if (exception instanceof HttpException) return fromHttpStatus(exception.getStatus());
    if (isDatabaseUnavailable(exception)) return fromCode('SERVICE_UNAVAILABLE');
    const transport = transportError(exception);
    if (transport) return transport;
    return fromCode('INTERNAL_ERROR');
  }
}

function withDetails(code: ErrorCode, message: string, details: unknown): ErrorBody {
  return details === undefined ? { code, message } : { code, message, details };
}

function fromCode(code: ErrorCode): { status: number; body: ErrorBody } {
  return { status: ERROR_CATALOG[code].status, body: { code, message: ERROR_CATALOG[code].message } };
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  [HttpStatus.BAD_REQUEST]: 'MALFORMED_REQUEST',
  [HttpStatus.UNAUTHORIZED]: 'AUTH_REQUIRED',
  [HttpStatus.FORBIDDEN]: 'ACCESS_DENIED',
  [HttpStatus.NOT_FOUND]: 'ROUTE_NOT_FOUND',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'METHOD_NOT_ALLOWED',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'UNSUPPORTED_MEDIA_TYPE',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
};

function fromHttpStatus(status: number): { status: number; body: ErrorBody } {
  const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST');
  return { status: ERROR_CATALOG[code].status, body: { code, message: ERROR_CATALOG[code].message } };
}

/** Fastify rejects some requests before Nest routes them (bad JSON, body too large, wrong content type). */
function transportError(exception: unknown): { status: number; body: ErrorBody } | null {
  if (typeof exception !== 'object' || exception === null) return null;
  const { statusCode, code } = exception as { statusCode?: unknown; code?: unknown };
  if (typeof statusCode !== 'number' || typeof code !== 'string' || !code.startsWith('FST_')) return null;
  return fromHttpStatus(statusCode);
}

function describeError(exception: unknown): string {
  if (!(exception instanceof Error)) return String(exception);
  const code = (exception as { code?: unknown }).code;
  return typeof code === 'string' ? `${exception.name} ${code}: ${exception.message}` : `${exception.name}: ${exception.message}`;
}
