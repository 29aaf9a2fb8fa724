import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalSweep } from '../common/jobs/interval-sweep';
import { AppConfig } from '../config/app-config';
import { RetentionService } from './retention.service';

/** Applies the retention limits on the sweep interval. */
@Injectable()
export class RetentionJob extends IntervalSweep {
  constructor(
    config: AppConfig,
    scheduler: SchedulerRegistry,
    private readonly retention: RetentionService,
  ) {
    super('privacy-retention', config, scheduler);
  }

  protected sweep() {
    return this.retention.sweep();
  }
}
