import { Controller, Get, Header, Headers, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';

import { Public } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MetricsService } from './metrics.service';

const digest = (s: string) => createHash('sha256').update(s).digest();

@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Prometheus text format, for `Authorization: Bearer METRICS_TOKEN`. Without METRICS_TOKEN the route answers 404,
   * as if it did not exist: nothing about the instance shows. Not a signed-in person's token: a scraper has none.
   */
  @Public()
  @Get()
  @Header('cache-control', 'no-store')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The metrics in Prometheus text format (version 0.0.4)' })
  @ApiAnswer({ file: ['text/plain'] })
  @ApiErrors('NOT_FOUND', 'UNAUTHENTICATED')
  async scrape(
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('authorization') authorization?: string,
  ): Promise<string> {
    const token = this.config.metricsToken;
    if (!token) throw new AppError('NOT_FOUND', 'Cannot GET /api/metrics');
    const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
    // Equal-length digests, compared in constant time: the answer's timing tells nothing of the token.
    if (!timingSafeEqual(digest(given), digest(token))) {
      throw new AppError('UNAUTHENTICATED', 'The metrics need the METRICS_TOKEN bearer token');
    }
    // Set here, not by @Header: that type would also go on an error's answer, which is JSON.
    void reply.type(this.metrics.registry.contentType);
    return this.metrics.text();
  }
}
