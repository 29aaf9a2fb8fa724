import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';
import { RoleInScopeGuard } from './role-in-scope.guard';

@Global()
@Module({ providers: [AccessService, RoleInScopeGuard], exports: [AccessService, RoleInScopeGuard] })
export class AccessModule {}
