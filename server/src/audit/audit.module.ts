import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditViewsService } from './audit-views.service';
import { AuditService } from './audit.service';

@Global()
@Module({ controllers: [AuditController], providers: [AuditService, AuditViewsService], exports: [AuditService] })
export class AuditModule {}
