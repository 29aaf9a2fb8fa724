import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

/**
 * The one Redis connection of this instance (REDIS_URL), for counters every instance must share;
 * null when unset, and each user of it falls back to this process's memory (one instance only).
 */
@Injectable()
export class SharedRedis implements OnApplicationShutdown {
  readonly client: Redis | null;
  private readonly logger = new Logger('Redis');

  constructor(config: AppConfig) {
    this.client = config.REDIS_URL
      ? new Redis(config.REDIS_URL, {
          // A request waiting on a Redis that is down fails within a second (the client sees a clear
          // error, readiness turns red) rather than queueing until Redis returns.
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          lazyConnect: false,
        })
      : null;
    this.client?.on('error', (error: Error) => this.logger.warn(`redis: ${error.message}`));
  }

  /** Readiness: PONG within the timeout. */
  async answers(timeoutMs: number): Promise<boolean> {
    if (!this.client) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([this.client.ping().then((reply) => reply === 'PONG'), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client && this.client.status !== 'end') await this.client.quit().catch(() => this.client?.disconnect());
  }
}
