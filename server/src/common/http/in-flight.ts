import type { FastifyInstance } from 'fastify';

/**
 * Counts requests being served, so a shutdown can wait for them. Fastify's close alone is not
 * enough: a request whose handler is awaiting the database when the server stops listening was
 * cut off when the process went on to close the database and exit.
 */
export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  static track(fastify: FastifyInstance): InFlight {
    const inFlight = new InFlight();
    fastify.addHook('onRequest', (_request, _reply, next) => {
      inFlight.count++;
      next();
    });
    fastify.addHook('onResponse', (_request, _reply, next) => {
      inFlight.finish();
      next();
    });
    fastify.addHook('onRequestAbort', (_request, next) => {
      inFlight.finish();
      next();
    });
    return inFlight;
  }

  get size(): number {
    return this.count;
  }

  /** Resolves true once no request is in flight, or false when `timeoutMs` passes first. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private finish(): void {
    this.count = Math.max(0, this.count - 1);
    if (this.count > 0) return;
    for (const wake of this.waiters.splice(0)) wake();
  }
}
