import { Global, Module } from '@nestjs/common';
import { AccessLogService } from './access-log.service';

/** Global so the services that hand out private data log the read with one call, without a module cycle. */
@Global()
@Module({ providers: [AccessLogService], exports: [AccessLogService] })
export class AccessLogModule {}
