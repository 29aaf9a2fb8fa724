import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../config/app-config';
import { WishDeadlinesService } from './wish-deadlines.service';

const JOB = 'wish-deadlines';

/** Runs the wish deadline sweep on an interval (every instance may run it; the sweep is safe to overlap). */
@Injectable()
export class WishDeadlinesJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WishDeadlinesJob.name);
  private running = false;

  constructor(
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly deadlines: WishDeadlinesService,
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
      await this.deadlines.sweep();
    } catch (error) {
      this.logger.error(`wish deadline sweep failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
