import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { ReportingModule } from '../reporting/reporting.module';
import { WishesModule } from '../wishes/wishes.module';
import { ApprovalQueueController } from './approval-queue.controller';
import { ApprovalQueueService } from './approval-queue.service';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { QueueSources } from './queue-sources';

/** The secretary's workbench: one approval queue across every job, and the dashboard. */
@Module({
  imports: [WishesModule, ReportingModule, PostsModule],
  controllers: [ApprovalQueueController, DashboardController],
  providers: [ApprovalQueueService, QueueSources, DashboardService],
})
export class WorkbenchModule {}
