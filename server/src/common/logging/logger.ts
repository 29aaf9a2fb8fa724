import { AsyncLocalStorage } from 'node:async_hooks';
import { LoggerService } from '@nestjs/common';
import pino, { Level, Logger as Pino } from 'pino';

/** The id of the request being served, for log lines written by code that was not handed the request. */
export const requestIdScope = new AsyncLocalStorage<string>();

/** The one logger: Fastify's request lines and Nest's own lines both go through it, as JSON lines on stdout. */
export function createRootLogger(level: string): Pino {
  return pino({ level, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } });
}

/**
 * Nest's Logger API on the root pino logger, each line carrying the request id when written
 * while serving a request (the Errors filter, a service's warning), as Fastify's own lines do.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Pino) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest, true);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest, true);
  }

  private write(level: Level, message: unknown, rest: unknown[], mayHaveStack = false): void {
    if (!this.root.isLevelEnabled(level)) return;
    const params = [...rest];
    // Nest's Logger appends its context (the class name) as the last argument; error() may put a stack before it.
    const context = params.length > 0 && typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    const stack = mayHaveStack && typeof params[0] === 'string' ? params[0] : undefined;
    const reqId = requestIdScope.getStore();
    const fields: Record<string, unknown> = { ...(reqId ? { reqId } : {}), ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.root[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.root[level]({ ...fields, ...message });
    else this.root[level](fields, String(message));
  }
}
