import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DomainError } from '../errors/domain-error';

/**
 * How deep arrays and objects may nest in a JSON body. The deepest DTO nests three levels;
 * class-transformer and class-validator recurse once per level, so a 10 KB body of 5,000
 * nested brackets overflowed the stack (a 500) before any rule ran.
 */
export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of arrays and objects in a JSON text, counted without parsing (brackets inside strings ignored). */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}

/**
 * Replaces the JSON body parser: the depth is checked on the text before anything recurses
 * over it, then Fastify's own parser (prototype-poisoning checks, its errors for bad and empty
 * JSON) does the parsing. application/x-www-form-urlencoded stays accepted as flat fields,
 * as it was.
 */
export function registerBodyParsers(app: NestFastifyApplication, bodyLimit: number): void {
  const parseJson = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(new DomainError('MALFORMED_REQUEST', undefined, `提交的内容嵌套层级太深（最多 ${MAX_JSON_DEPTH} 层）`));
      return;
    }
    // Fastify's parser answers through `done`; what it returns is not a result to wait for.
    void parseJson(request as never, text, done);
  });
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  });
}
