import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CURRENT_POLICY } from '@linli/shared';
import { AuthUser } from '../common/auth/auth-user';
import { IS_PUBLIC } from '../common/auth/public.decorator';
import { DomainError } from '../common/errors/domain-error';
import { IS_CONSENT_EXEMPT } from './consent-exempt.decorator';
import { ConsentService } from './consent.service';

/**
 * After the JWT guard: a logged-in person who has not agreed to the current documents may use
 * only the public endpoints and the consent-exempt ones (read the documents, agree, see who they
 * are). Enforced here, not only by the app, so refusing really means nothing is processed.
 */
@Injectable()
export class ConsentGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly consents: ConsentService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_CONSENT_EXEMPT, targets)) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    // No user here means an endpoint the JWT guard let through without one: not ours to refuse.
    if (!user) return true;
    if (await this.consents.hasAgreedToCurrent(user.id)) return true;
    throw new DomainError('PRIVACY_CONSENT_REQUIRED', { currentVersion: CURRENT_POLICY.version });
  }
}
