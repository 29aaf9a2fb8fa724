import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { ReportingModule } from '../reporting/reporting.module';
import { WishesModule } from '../wishes/wishes.module';
import { ApprovalQueueController } from './approval-queue.controller';
import { ApprovalQueueService } from './approval-queue.service';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { QueueNoticeJob } from './queue-notice.job';
import { QueueNotices } from './queue-notices';
import { QueueSources } from './queue-sources';

/** The secretary's workbench: one approval queue across every job (with a daily notice when new items arrive), and the dashboard. */
@Module({
  imports: [WishesModule, ReportingModule, PostsModule],
  controllers: [ApprovalQueueController, DashboardController],
  providers: [ApprovalQueueService, QueueSources, DashboardService, QueueNotices, QueueNoticeJob],
})
export class WorkbenchModule {}
