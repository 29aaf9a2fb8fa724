import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../../config/app-config';

/**
 * Runs a sweep every SWEEP_INTERVAL_MS (0: never; tests drive sweeps themselves). Every server
 * instance runs it: a sweep must be safe to overlap with another instance's, so no job lock. A
 * slow sweep is not stacked on itself within one instance.
 */
export abstract class IntervalSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private running = false;

  protected constructor(
    private readonly name: string,
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  protected abstract sweep(): Promise<unknown>;

  onApplicationBootstrap(): void {
    if (this.config.SWEEP_INTERVAL_MS === 0) return;
    this.scheduler.addInterval(
      this.name,
      setInterval(() => void this.tick(), this.config.SWEEP_INTERVAL_MS),
    );
  }

  onApplicationShutdown(): void {
    if (this.scheduler.doesExist('interval', this.name)) this.scheduler.deleteInterval(this.name);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.sweep();
    } catch (error) {
      this.logger.error(`${this.name} sweep failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
