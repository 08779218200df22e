import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

/**
 * Whether this instance takes new work. It stops at SIGTERM (main.ts), before the server stops listening, so a load
 * balancer or Kubernetes takes it out of rotation while the requests it already has are answered.
 */
@Injectable()
export class Readiness {
  private draining = false;

  constructor(private readonly indicators: HealthIndicatorService) {}

  drain(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** The terminus indicator: down once draining started. */
  check() {
    const session = this.indicators.check('instance');
    return this.draining ? session.down('shutting down') : session.up();
  }
}
