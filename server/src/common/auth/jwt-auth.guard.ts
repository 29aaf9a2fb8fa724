import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { selectRows } from '../../database/plain-sql';
import { DomainError } from '../errors/domain-error';
import { AuthUser, JwtPayload } from './auth-user';
import { IS_PUBLIC } from './public.decorator';
import { VerifiedTokens } from './verified-tokens';

/** Every endpoint needs a valid bearer token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly verified: VerifiedTokens,
    private readonly dataSource: DataSource,
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
    let payload: JwtPayload & { exp?: number };
    try {
      payload = await this.jwt.verifyAsync<JwtPayload & { exp?: number }>(token);
    } catch (error) {
      if (error instanceof TokenExpiredError) throw new DomainError('AUTH_TOKEN_EXPIRED');
      throw new DomainError('AUTH_TOKEN_INVALID');
    }
    if (typeof payload.sub !== 'string') throw new DomainError('AUTH_TOKEN_INVALID');
    // A deleted (注销) account's tokens end with it; see VerifiedTokens for how often this is read.
    if (!(await this.isLive(payload.sub))) throw new DomainError('AUTH_ACCOUNT_DELETED');
    this.verified.remember(token, payload.sub, payload.exp);
    request.user = { id: payload.sub };
    return true;
  }

  private async isLive(userId: string): Promise<boolean> {
    const rows = await selectRows(this.dataSource.manager, 'SELECT id FROM app_user WHERE id = ? AND deleted_at IS NULL', [userId]);
    return rows.length === 1;
  }
}
