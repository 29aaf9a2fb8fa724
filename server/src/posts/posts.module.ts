import { Module } from '@nestjs/common';
import { ContentSafetyModule } from '../content-safety/content-safety.module';
import { PointsModule } from '../points/points.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { PostBoardService } from './post-board.service';
import { PostManagers } from './post-managers';
import { PostPublishingService } from './post-publishing.service';
import { PostViews } from './post-views';
import { PostsController } from './posts.controller';
import { ShiftAttendanceService } from './shift-attendance.service';
import { ShiftClaimsController } from './shift-claims.controller';
import { ShiftClaimingService } from './shift-claiming.service';
import { ShiftClaimsService } from './shift-claims.service';
import { ShiftEndJob } from './shift-end.job';
import { ShiftEndService } from './shift-end.service';
import { ShiftHoursService } from './shift-hours.service';
import { ShiftQrTokens } from './shift-qr-tokens';
import { ShiftsController } from './shifts.controller';

/** 党员先锋岗: posts and their shifts, claims with waiting lists, check-in and out, hours to points, the end-of-shift sweep. */
@Module({
  imports: [PointsModule, ContentSafetyModule, PrivacyModule],
  controllers: [PostsController, ShiftsController, ShiftClaimsController],
  providers: [
    PostPublishingService,
    PostBoardService,
    PostManagers,
    PostViews,
    ShiftClaimsService,
    ShiftClaimingService,
    ShiftAttendanceService,
    ShiftHoursService,
    ShiftQrTokens,
    ShiftEndService,
    ShiftEndJob,
  ],
  exports: [ShiftHoursService],
})
export class PostsModule {}
