import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ContentSafetyModule } from '../content-safety/content-safety.module';
import { PointsModule } from '../points/points.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { WishClaimsService } from './wish-claims.service';
import { WishDeadlinesJob } from './wish-deadlines.job';
import { WishDeadlinesService } from './wish-deadlines.service';
import { WishHistoryService } from './wish-history.service';
import { WishPhotosController } from './wish-photos.controller';
import { WishPhotosService } from './wish-photos.service';
import { WishPostingService } from './wish-posting.service';
import { WishSettingsController } from './wish-settings.controller';
import { WishSettingsService } from './wish-settings.service';
import { WishGroupService } from './wish-group.service';
import { WishViews } from './wish-views';
import { WishWallService } from './wish-wall.service';
import { WishesController } from './wishes.controller';

/** 微心愿: the wish wall, claims, fulfilment and confirmation, the deadline sweep and each community's rules. */
@Module({
  imports: [PointsModule, ContentSafetyModule, NotificationsModule, PrivacyModule],
  controllers: [WishesController, WishPhotosController, WishSettingsController],
  providers: [
    WishPostingService,
    WishClaimsService,
    WishWallService,
    WishDeadlinesService,
    WishDeadlinesJob,
    WishHistoryService,
    WishViews,
    WishPhotosService,
    WishSettingsService,
    WishGroupService,
  ],
  exports: [WishPostingService],
})
export class WishesModule {}
