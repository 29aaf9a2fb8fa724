import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../config/app-config';
import { ShiftEndService } from './shift-end.service';

const JOB = 'shift-end';

/** Runs the end-of-shift sweep on the shared sweep interval (every instance may; the sweep is safe to overlap). */
@Injectable()
export class ShiftEndJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ShiftEndJob.name);
  private running = false;

  constructor(
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly shiftEnd: ShiftEndService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.SWEEP_INTERVAL_MS === 0) return;
    this.scheduler.addInterval(JOB, setInterval(() => void this.tick(), this.config.SWEEP_INTERVAL_MS));
  }

  onApplicationShutdown(): void {
    if (this.scheduler.doesExist('interval', JOB)) this.scheduler.deleteInterval(JOB);
  }

  private async tick(): Promise<void> {
    if (this.running) return; // a slow sweep is not stacked on itself in this instance
    this.running = true;
    try {
      await this.shiftEnd.sweep();
    } catch (error) {
      this.logger.error(`shift end sweep failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
