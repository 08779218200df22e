import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@keino/contracts';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

import { Public } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { Readiness } from './readiness';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly readiness: Readiness,
  ) {}

  /** 200 `{ status: "ok" }` once the database answers. */
  @Public()
  @Get()
  @HealthCheck()
  @ApiAnswer('HealthResponse')
  check() {
    return this.health.check([() => this.db.pingCheck('database')]);
  }

  /** Liveness: 200 while the process serves HTTP at all; it asks nothing else, so a slow database never restarts it. */
  @Public()
  @Get('live')
  @ApiAnswer('HealthResponse')
  live(): HealthResponse {
    return { status: 'ok' };
  }

  /** Readiness: 200 while the instance takes work (the database answers, no shutdown begun), otherwise 503. */
  @Public()
  @Get('ready')
  @HealthCheck()
  @ApiAnswer('HealthResponse')
  ready() {
    return this.health.check([() => this.readiness.check(), () => this.db.pingCheck('database')]);
  }
}
