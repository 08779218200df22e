import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { EventsService } from './events.service';

const EVERY_SIX_HOURS = 6 * 60 * 60 * 1000;
// The first sweep waits for the start (migrations, demo data) to settle.
const FIRST_SWEEP_MS = 5_000;

/**
 * Suppliers' registrations are deleted a year after their event (the privacy notice says so): a sweep soon after
 * start and every six hours. The DELETE is one idempotent statement, so instances sweeping at once do no harm.
 */
@Injectable()
export class RegistrationRetentionService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RegistrationRetentionService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private closing = false;

  constructor(private readonly events: EventsService) {}

  onApplicationBootstrap(): void {
    const schedule = (ms: number) => {
      if (this.closing) return;
      this.timer = setTimeout(() => {
        this.running = this.sweep().finally(() => schedule(EVERY_SIX_HOURS));
      }, ms);
      this.timer.unref();
    };
    schedule(FIRST_SWEEP_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  async sweep(): Promise<number> {
    try {
      const deleted = await this.events.sweepRegistrations();
      if (deleted > 0)
        this.logger.log(`Deleted ${deleted} market dialogue registrations past their retention`);
      return deleted;
    } catch (error) {
      this.logger.error(`Retention sweep failed: ${error instanceof Error ? error.message : error}`);
      return 0;
    }
  }
}
