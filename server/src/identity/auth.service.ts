import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DevUserView, LoginResult } from '@linli/shared';
import { DataSource, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { JwtPayload } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { WechatClient } from '../wechat/wechat.client';
import { ProfileService } from './profile.service';
import { User } from './user.entity';

const NEW_USER_NAME = '微信用户';

@Injectable()
export class AuthService {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly jwt: JwtService,
    private readonly wechat: WechatClient,
    private readonly profiles: ProfileService,
    private readonly audit: AuditService,
  ) {}

  /** wx.login code → WeChat's code2Session → our user (created on first login) → a JWT. */
  async loginWithWechat(code: string): Promise<LoginResult> {
    const session = await this.wechat.code2Session(code);
    const user = (await this.findByOpenid(session.openid)) ?? (await this.createWechatUser(session.openid, session.unionid));
    return this.issue(user.id);
  }

  async devUsers(): Promise<DevUserView[]> {
    this.assertDevLogin();
    const users = await this.dataSource.getRepository(User).find({
      where: { demoLabel: Not(IsNull()) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return users.map((u) => ({ id: u.id, displayName: u.displayName, description: u.demoLabel ?? '' }));
  }

  async devLogin(userId: string): Promise<LoginResult> {
    this.assertDevLogin();
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: userId, demoLabel: Not(IsNull()) } });
    if (!user) throw new DomainError('NOT_FOUND', undefined, '没有这个体验账号');
    return this.issue(user.id);
  }

  private assertDevLogin(): void {
    if (!this.config.devLoginEnabled) throw new DomainError('AUTH_DEV_LOGIN_DISABLED');
  }

  private findByOpenid(openid: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOne({ where: { openid } });
  }

  /** Two first logins at once both try to insert; the unique openid lets one win and the other read it. */
  private async createWechatUser(openid: string, unionid: string | null): Promise<User> {
    try {
      // The new account and its audit record are written together.
      return await this.transactions.run(async (manager) => {
        const user = manager.create(User, { id: newId(), openid, unionid, displayName: NEW_USER_NAME, careMode: false });
        await manager.insert(User, user);
        await this.audit.record(manager, { actorId: user.id, action: 'user.register', targetType: 'user', targetId: user.id });
        return user;
      });
    } catch (error) {
      const existing = isUniqueViolation(error) ? await this.findByOpenid(openid) : null;
      if (!existing) throw error;
      return existing;
    }
  }

  private async issue(userId: string): Promise<LoginResult> {
    const payload: JwtPayload = { sub: userId };
    const token = await this.jwt.signAsync(payload);
    const expiresAt = new Date(Date.now() + this.config.JWT_TTL_SECONDS * 1000).toISOString();
    return { token, expiresAt, user: await this.profiles.me(userId) };
  }
}
