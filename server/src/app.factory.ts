import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import fastifyMultipart from '@fastify/multipart';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { PHOTO_RULES } from '@linli/shared';
import { API_PREFIX } from './app.constants';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { clientErrorHandler, frameworkErrors } from './common/http/framework-errors';
import { InFlight } from './common/http/in-flight';
import { registerBodyParsers } from './common/http/json-body';
import { OneLinePerRequest } from './common/http/request-log';
import { createRootLogger, PinoNestLogger, requestIdScope } from './common/logging/logger';
import { createValidationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config';
import { h5CacheControl } from './h5-cache-control';
import { serveOpenApi } from './openapi/openapi';

const BODY_LIMIT_BYTES = 1024 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Requests being served by each application, for main's graceful shutdown. */
export const inFlightOf = new WeakMap<NestFastifyApplication, InFlight>();

/** Builds the whole application (used by main, the tests, the seed and the OpenAPI export). */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const logger = config.LOG_LEVEL === 'silent' ? null : createRootLogger(config.LOG_LEVEL);
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Errors Fastify and Node answer themselves, in the one {code, message} shape.
    frameworkErrors,
    clientErrorHandler,
    // One pino logger for request lines and Nest's lines alike: JSON, each tagged with the request id.
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    logController: new OneLinePerRequest(),
    // Behind nginx every socket is the proxy's: X-Forwarded-For is believed from TRUST_PROXY only,
    // so request.ip (the login throttle's key, the log line's address) is the client's.
    trustProxy: config.trustedProxies,
    // A caller's (or proxy's) x-request-id is kept when sane, so one id follows a request across services.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: logger ? new PinoNestLogger(logger) : false,
    // A failed start (a migration, an unreachable database) is thrown to the caller, which
    // decides: main exits, a test fails its own file instead of ending the whole run.
    abortOnError: false,
  });
  // Photo uploads (wx.uploadFile always sends multipart/form-data): one file, bounded size.
  registerBodyParsers(app, BODY_LIMIT_BYTES);
  await app.register(fastifyMultipart, { limits: { fileSize: PHOTO_RULES.maxBytes, files: 1, fields: 4, parts: 5 } });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  const fastify = app.getHttpAdapter().getInstance();
  // wx.request and Taro's H5 request label a bodiless POST (approve, withdraw) as JSON; an empty
  // body is no body, not malformed JSON.
  inFlightOf.set(app, InFlight.track(fastify));
  // Lines written while serving a request, by code that was not handed it, carry its id (PinoNestLogger).
  fastify.addHook('onRequest', (request, _reply, done) => requestIdScope.run(request.id, done));
  fastify.addHook('onRequest', async (request) => {
    if (request.headers['content-length'] === '0' && /json/i.test(request.headers['content-type'] ?? '')) delete request.headers['content-type'];
  });
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  serveOpenApi(app);
  serveH5(app, config);
  await app.init();
  await fastify.ready();
  return app;
}

/** The H5 build of the mini-program at "/", so one URL serves app and API. */
function serveH5(app: NestFastifyApplication, config: AppConfig): void {
  if (!config.H5_DIST) return;
  const root = resolve(config.H5_DIST);
  if (!existsSync(resolve(root, 'index.html'))) {
    new ConsoleLogger('H5').warn(`H5_DIST=${root} has no index.html; serving the API only`);
    return;
  }
  app.useStaticAssets({
    root,
    prefix: '/',
    index: ['index.html'],
    wildcard: false,
    // The build writes .br and .gz beside each text file (miniprogram/scripts/precompress.mjs):
    // compressing once at build time at the highest level beats compressing every response.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res: { setHeader(name: string, value: string): unknown }, path: string) => {
      res.setHeader('cache-control', h5CacheControl(path));
      res.setHeader('vary', 'accept-encoding');
    },
  });
}
