import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/public.decorator';
import { DomainError } from '../common/errors/domain-error';
import { ErrorBodyDto } from '../common/errors/error-body';
import { SharedRedis } from '../redis/shared-redis';
import { PhotoStorage } from '../storage/photo-storage';

/** A database that does not answer SELECT 1 this fast is down as far as a load balancer is concerned. */
const READY_TIMEOUT_MS = 2000;

class HealthDto {
  @ApiProperty({ example: 'ok' }) status: 'ok';
  @ApiProperty({ example: 'up' }) database: 'up';
  @ApiProperty({ enum: ['mysql', 'sqlite'] }) databaseKind: 'mysql' | 'sqlite';
}

class LivenessDto {
  @ApiProperty({ example: 'ok' }) status: 'ok';
}

/**
 * Liveness says the process serves requests (restart it if not); readiness says it can do
 * useful work, the database answering (send it traffic only then). An outage of the database
 * fails readiness, not liveness: restarting the server would not bring the database back.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: SharedRedis,
    private readonly storage: PhotoStorage,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Readiness (the same as /health/ready)' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto })
  check(): Promise<HealthDto> {
    return this.ready();
  }

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers; the database is not consulted' })
  @ApiOkResponse({ type: LivenessDto })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    summary: 'Readiness: the database, and Redis and the object store when configured, answer; 503 HEALTH_*_DOWN with Retry-After while one does not',
  })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto })
  async ready(): Promise<HealthDto> {
    const [database, redis, storage] = await Promise.all([
      this.databaseAnswers(),
      this.redis.answers(READY_TIMEOUT_MS),
      this.storage.answers(READY_TIMEOUT_MS),
    ]);
    if (!database) throw new DomainError('HEALTH_DATABASE_DOWN');
    // Without Redis the login throttle cannot count; without the store no photo can be shown.
    if (!redis) throw new DomainError('HEALTH_REDIS_DOWN');
    if (!storage) throw new DomainError('HEALTH_STORAGE_DOWN');
    return { status: 'ok', database: 'up', databaseKind: this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql' };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.dataSource.query('SELECT 1').then(() => true), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
