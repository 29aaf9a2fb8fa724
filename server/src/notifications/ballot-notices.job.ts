import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalSweep } from '../common/jobs/interval-sweep';
import { AppConfig } from '../config/app-config';
import { BallotNotices } from './ballot-notices';

/** Expands due ballot notices (opened, closing soon) to the people on the roll. */
@Injectable()
export class BallotNoticesJob extends IntervalSweep {
  constructor(
    config: AppConfig,
    scheduler: SchedulerRegistry,
    private readonly notices: BallotNotices,
  ) {
    super('ballot-notices', config, scheduler);
  }

  protected sweep() {
    return this.notices.sweep();
  }
}
