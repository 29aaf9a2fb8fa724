import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalSweep } from '../common/jobs/interval-sweep';
import { AppConfig } from '../config/app-config';
import { BallotClosingService } from './ballot-closing.service';

/** Closes ballots whose time is up and publishes their outcome, on the sweep interval. */
@Injectable()
export class BallotCloseJob extends IntervalSweep {
  constructor(
    config: AppConfig,
    scheduler: SchedulerRegistry,
    private readonly closing: BallotClosingService,
  ) {
    super('ballot-close', config, scheduler);
  }

  protected sweep() {
    return this.closing.sweep();
  }
}
