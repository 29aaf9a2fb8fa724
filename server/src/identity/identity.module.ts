import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { MeController } from './me.controller';
import { ProfileService } from './profile.service';

@Module({
  controllers: [AuthController, MeController],
  providers: [AuthService, ProfileService],
  exports: [ProfileService],
})
export class IdentityModule {}
