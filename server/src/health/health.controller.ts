import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/public.decorator';
import { DomainError } from '../common/errors/domain-error';
import { ErrorBodyDto } from '../common/errors/error-body';

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
  constructor(private readonly dataSource: DataSource) {}

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
  @ApiOperation({ summary: 'Readiness: the database answers; 503 HEALTH_DATABASE_DOWN with Retry-After while it does not' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto })
  async ready(): Promise<HealthDto> {
    if (!(await this.databaseAnswers())) throw new DomainError('HEALTH_DATABASE_DOWN');
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
