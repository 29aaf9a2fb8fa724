import { Module } from '@nestjs/common';
import { ContentSafetyModule } from '../content-safety/content-safety.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { MeController } from './me.controller';
import { ProfileService } from './profile.service';

@Module({
  imports: [ContentSafetyModule],
  controllers: [AuthController, MeController],
  providers: [AuthService, ProfileService],
  exports: [ProfileService],
})
export class IdentityModule {}
