import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../../config/app-config';

/**
 * Runs a sweep every SWEEP_INTERVAL_MS (0: never; tests drive sweeps themselves). Every server
 * instance runs it: a sweep must be safe to overlap with another instance's, so no job lock. A
 * slow sweep is not stacked on itself within one instance.
 */
export abstract class IntervalSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private running: Promise<void> | null = null;

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

  /**
   * Stops the timer, then lets a sweep under way finish, so what it leased is settled, not left to
   * expire. Before shutdown, not on it: the database closes on shutdown.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.scheduler.doesExist('interval', this.name)) this.scheduler.deleteInterval(this.name);
    await this.running;
  }

  private tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.sweep()
      .then(
        () => undefined,
        (error: Error) => this.logger.error(`${this.name} sweep failed: ${error.message}`),
      )
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
