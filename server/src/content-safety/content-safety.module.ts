import { Module } from '@nestjs/common';
import { ContentCheck } from './content-check.service';
import { ContentReportsController } from './content-reports.controller';
import { ContentReportsService } from './content-reports.service';
import { MediaChecks } from './media-checks.service';
import { MediaChecksController } from './media-checks.controller';
import { MediaReviewService } from './media-review.service';
import { ReportTargets } from './report-targets';
import { WechatEventsController } from './wechat-events.controller';

/**
 * Content safety: user text through WeChat's msgSecCheck (the local word list when WeChat cannot
 * be asked), uploaded images through mediaCheckAsync (the secretary when it cannot), residents'
 * reports of wishes and topics, and the secretary hiding them.
 */
@Module({
  controllers: [ContentReportsController, MediaChecksController, WechatEventsController],
  providers: [ContentCheck, MediaChecks, MediaReviewService, ContentReportsService, ReportTargets],
  exports: [ContentCheck, MediaChecks],
})
export class ContentSafetyModule {}
