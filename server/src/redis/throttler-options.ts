import { ThrottlerModuleOptions } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { AppConfig } from '../config/app-config';
import { SharedRedis } from './shared-redis';

/**
 * The login throttle (ThrottlerGuard on AuthController). With Redis its counters are shared, so
 * N instances behind a balancer allow the limit once per client, not N times; without, in memory.
 */
export function throttlerOptions(config: AppConfig, redis: SharedRedis): ThrottlerModuleOptions {
  return {
    throttlers: [{ name: 'auth', ttl: 60_000, limit: config.AUTH_RATE_LIMIT_PER_MINUTE }],
    ...(redis.client ? { storage: new ThrottlerStorageRedisService(redis.client) } : {}),
  };
}
