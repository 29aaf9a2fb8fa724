import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalSweep } from '../common/jobs/interval-sweep';
import { AppConfig } from '../config/app-config';
import { NotificationDispatcher } from './notification-dispatcher';

/** Sends due WeChat pushes (first tries, retries, digests) on the sweep interval. */
@Injectable()
export class NotificationDispatchJob extends IntervalSweep {
  constructor(
    config: AppConfig,
    scheduler: SchedulerRegistry,
    private readonly dispatcher: NotificationDispatcher,
  ) {
    super('notification-dispatch', config, scheduler);
  }

  protected sweep() {
    return this.dispatcher.sweep();
  }
}
