import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { DomainError } from '../errors/domain-error';
import { AuthUser, JwtPayload } from './auth-user';
import { IS_PUBLIC } from './public.decorator';
import { VerifiedTokens } from './verified-tokens';

/** Every endpoint needs a valid bearer token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<{ headers?: { authorization?: string }; user?: AuthUser }>();
    const header = request.headers?.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) throw new DomainError('AUTH_REQUIRED');
    const known = this.verified.get(token);
    if (known) {
      request.user = { id: known };
      return true;
    }
    try {
      const payload = await this.jwt.verifyAsync<JwtPayload & { exp?: number }>(token);
      if (typeof payload.sub !== 'string') throw new DomainError('AUTH_TOKEN_INVALID');
      this.verified.remember(token, payload.sub, payload.exp);
      request.user = { id: payload.sub };
      return true;
    } catch (error) {
      if (error instanceof TokenExpiredError) throw new DomainError('AUTH_TOKEN_EXPIRED');
      throw new DomainError('AUTH_TOKEN_INVALID');
    }
  }
}
