import { Global, Module } from '@nestjs/common';
import { VerifiedTokens } from '../auth/verified-tokens';
import { AccessService } from './access.service';
import { RoleInScopeGuard } from './role-in-scope.guard';

@Global()
@Module({
  // One VerifiedTokens per process: the guard reads it, account deletion empties a user's entries.
  providers: [AccessService, RoleInScopeGuard, { provide: VerifiedTokens, useFactory: () => new VerifiedTokens() }],
  exports: [AccessService, RoleInScopeGuard, VerifiedTokens],
})
export class AccessModule {}
