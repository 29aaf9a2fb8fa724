import { Module } from '@nestjs/common';
import { BallotNotices } from './ballot-notices';
import { BallotNoticesJob } from './ballot-notices.job';
import { InboxService } from './inbox.service';
import { NotificationDispatchJob } from './notification-dispatch.job';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationService } from './notification.service';
import { NotificationTemplates } from './notification-templates';
import { NotificationsController } from './notifications.controller';
import { ShiftReminderJob } from './shift-reminder.job';
import { ShiftReminders } from './shift-reminders';
import { SubscriptionsController } from './subscriptions.controller';

/**
 * Notices: written in each event's transaction (NotificationService), kept in an inbox, and pushed
 * as WeChat subscription messages by a dispatcher with retries and a daily digest; sweeps fan out
 * ballot notices and remind members of their shifts.
 */
@Module({
  controllers: [NotificationsController, SubscriptionsController],
  providers: [
    NotificationService,
    InboxService,
    NotificationTemplates,
    NotificationDispatcher,
    NotificationDispatchJob,
    BallotNotices,
    BallotNoticesJob,
    ShiftReminders,
    ShiftReminderJob,
  ],
  exports: [NotificationService],
})
export class NotificationsModule {}
