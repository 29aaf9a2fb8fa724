import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalSweep } from '../common/jobs/interval-sweep';
import { AppConfig } from '../config/app-config';
import { QueueNotices } from './queue-notices';

/** Tells approvers when new items reach their queue (see QueueNotices). */
@Injectable()
export class QueueNoticeJob extends IntervalSweep {
  constructor(
    config: AppConfig,
    scheduler: SchedulerRegistry,
    private readonly notices: QueueNotices,
  ) {
    super('queue-notices', config, scheduler);
  }

  protected sweep() {
    return this.notices.sweep();
  }
}
