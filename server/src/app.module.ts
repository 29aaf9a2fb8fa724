import { createSecretKey } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from './audit/audit.module';
import { AccessModule } from './common/access/access.module';
import { RoleInScopeGuard } from './common/access/role-in-scope.guard';
import { JwtAuthGuard } from './common/auth/jwt-auth.guard';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DeliberationModule } from './deliberation/deliberation.module';
import { HealthController } from './health/health.controller';
import { IdentityModule } from './identity/identity.module';
import { PlacesModule } from './places/places.module';
import { HouseholdsModule } from './households/households.module';
import { ConsentGuard } from './privacy/consent.guard';
import { PrivacyModule } from './privacy/privacy.module';
import { RegisterModule } from './register/register.module';
import { OnboardingModule } from './onboarding/onboarding.module';
import { PointsModule } from './points/points.module';
import { PostsModule } from './posts/posts.module';
import { ReportingModule } from './reporting/reporting.module';
import { RolesModule } from './roles/roles.module';
import { SeedModule } from './seed/seed.module';
import { StorageModule } from './storage/storage.module';
import { WechatModule } from './wechat/wechat.module';
import { WishesModule } from './wishes/wishes.module';
import { WorkbenchModule } from './workbench/workbench.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ContentSafetyModule } from './content-safety/content-safety.module';
import { ExportsModule } from './exports/exports.module';
import { AccessLogModule } from './privacy-rights/access-log.module';
import { PrivacyRightsModule } from './privacy-rights/privacy-rights.module';
import { RedisModule } from './redis/redis.module';
import { SharedRedis } from './redis/shared-redis';
import { throttlerOptions } from './redis/throttler-options';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        JwtModule.register({
          global: true,
          // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a
          // PEM public key on every verify (a throw and a catch per request, ~15% of a wall
          // request's CPU in the benchmark) before falling back to an HMAC key.
          secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')),
          signOptions: { algorithm: 'HS256', expiresIn: config.JWT_TTL_SECONDS },
          verifyOptions: { algorithms: ['HS256'] },
        }),
        RedisModule,
        // Applied to the login endpoints only (ThrottlerGuard on AuthController).
        ThrottlerModule.forRootAsync({ inject: [SharedRedis], useFactory: (redis: SharedRedis) => throttlerOptions(config, redis) }),
        ScheduleModule.forRoot(),
        AuditModule,
        StorageModule,
        AccessModule,
        WechatModule,
        IdentityModule,
        PrivacyModule,
        PlacesModule,
        HouseholdsModule,
        RegisterModule,
        OnboardingModule,
        RolesModule,
        PointsModule,
        ReportingModule,
        WishesModule,
        PostsModule,
        DeliberationModule,
        NotificationsModule,
        ContentSafetyModule,
        WorkbenchModule,
        ExportsModule,
        AccessLogModule,
        PrivacyRightsModule,
        SeedModule,
      ],
      controllers: [HealthController],
      providers: [
        // Order matters: who you are, whether you agreed to the current privacy policy, then what you may do where.
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: ConsentGuard },
        { provide: APP_GUARD, useClass: RoleInScopeGuard },
      ],
    };
  }
}
