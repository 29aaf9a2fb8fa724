import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalSweep } from '../common/jobs/interval-sweep';
import { AppConfig } from '../config/app-config';
import { ShiftEndService } from './shift-end.service';

/** Marks no-shows and closes waiting lists of ended shifts on the sweep interval. */
@Injectable()
export class ShiftEndJob extends IntervalSweep {
  constructor(
    config: AppConfig,
    scheduler: SchedulerRegistry,
    private readonly shiftEnd: ShiftEndService,
  ) {
    super('shift-end', config, scheduler);
  }

  protected sweep() {
    return this.shiftEnd.sweep();
  }
}
