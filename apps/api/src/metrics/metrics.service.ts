import { Injectable, Optional } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

import { ReminderJobsService } from '../notifications/reminder-jobs.service';

/** The part of pg's Pool the gauges read. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

// Seconds: from a health check's millisecond to a large report or upload.
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * This instance's Prometheus metrics, in a registry of its own (several apps in one test process never mix):
 * request durations by route template and status, the database pool, the reminder queue, and Node's own
 * (CPU, memory, event loop lag, garbage collection).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request to its answer, by method, route template and status',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });

  constructor(
    dataSource: DataSource,
    @Optional() private readonly reminders?: ReminderJobsService,
  ) {
    collectDefaultMetrics({ register: this.registry });
    const pool = () => (dataSource.driver as unknown as { master?: PoolCounts }).master;
    new Gauge({
      name: 'db_pool_connections',
      help: 'Connections of the database pool: all of them, the idle ones, and the callers waiting for one',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'total' }, p.totalCount);
        this.set({ state: 'idle' }, p.idleCount);
        this.set({ state: 'waiting' }, p.waitingCount);
      },
    });
    new Gauge({
      name: 'db_pool_max_connections',
      help: 'The most connections the database pool opens',
      registers: [this.registry],
      collect() {
        const max = pool()?.options?.max;
        if (max !== undefined) this.set(max);
      },
    });
    const jobs = this.reminders;
    new Gauge({
      name: 'bullmq_jobs',
      help: 'Jobs of the BullMQ queues by state (only with REDIS_URL)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        const counts = await jobs?.jobCounts();
        for (const [state, n] of Object.entries(counts?.counts ?? {})) {
          this.set({ queue: counts?.queue ?? '', state }, n);
        }
      },
    });
  }

  /** Times every answer by its route template (`/api/courses/:id`), never its raw URL: the labels stay few. */
  instrument(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (req, reply, done) => {
      this.requests.observe(
        {
          method: req.method,
          route: req.routeOptions.url ?? 'unmatched',
          status_code: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
      done();
    });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
