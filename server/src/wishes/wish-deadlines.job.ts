import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalSweep } from '../common/jobs/interval-sweep';
import { AppConfig } from '../config/app-config';
import { WishDeadlinesService } from './wish-deadlines.service';

/** Reminds, releases and escalates overdue wishes on the sweep interval. */
@Injectable()
export class WishDeadlinesJob extends IntervalSweep {
  constructor(
    config: AppConfig,
    scheduler: SchedulerRegistry,
    private readonly deadlines: WishDeadlinesService,
  ) {
    super('wish-deadlines', config, scheduler);
  }

  protected sweep() {
    return this.deadlines.sweep();
  }
}
