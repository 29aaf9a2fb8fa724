import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalSweep } from '../common/jobs/interval-sweep';
import { AppConfig } from '../config/app-config';
import { ShiftReminders } from './shift-reminders';

/** Writes the two-hours-before reminders for shifts about to start. */
@Injectable()
export class ShiftReminderJob extends IntervalSweep {
  constructor(
    config: AppConfig,
    scheduler: SchedulerRegistry,
    private readonly reminders: ShiftReminders,
  ) {
    super('shift-reminders', config, scheduler);
  }

  protected sweep() {
    return this.reminders.sweep();
  }
}
