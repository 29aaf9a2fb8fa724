import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { JwtPayload } from '../common/auth/auth-user';
import { AppConfig } from '../config/app-config';

/** A session for the account a joiner became (the register's person), signed like a login's. */
@Injectable()
export class JoinSessions {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async issue(userId: string): Promise<{ token: string; expiresAt: string }> {
    const payload: JwtPayload = { sub: userId };
    const token = await this.jwt.signAsync(payload);
    return { token, expiresAt: new Date(Date.now() + this.config.JWT_TTL_SECONDS * 1000).toISOString() };
  }
}
