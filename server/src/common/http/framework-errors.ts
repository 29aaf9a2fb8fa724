import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { ERROR_CATALOG, ErrorBody, ErrorCode } from '@linli/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Fastify and Node answer a few malformed requests themselves, before Nest (and its exception
 * filter) sees them, each in their own body shape. These hooks make those answers the one
 * {code, message} body too.
 */

function bodyOf(code: ErrorCode): ErrorBody {
  return { code, message: ERROR_CATALOG[code].message };
}

/** A URL component that is not valid percent-encoding, or a path parameter over the router's length limit. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const code: ErrorCode = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'URI_TOO_LONG' : 'MALFORMED_REQUEST';
  void reply.code(ERROR_CATALOG[code].status).header('content-type', 'application/json; charset=utf-8').send(bodyOf(code));
}

/**
 * Node's HTTP parser refuses a request it cannot read (headers or URL over 16 KB, garbage on
 * the wire, a client too slow to send its headers) before any request object exists, so the
 * answer is written to the socket by hand.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW' ? 'HEADERS_TOO_LARGE' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'REQUEST_TIMEOUT' : 'MALFORMED_REQUEST';
  const status = ERROR_CATALOG[code].status;
  const body = JSON.stringify(bodyOf(code));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
