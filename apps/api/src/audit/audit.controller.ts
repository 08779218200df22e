import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditEventResponse, ListResponse } from '@keino/contracts';

import { Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { AuditService } from './audit.service';
import { ListAuditEventsQuery } from './list-audit-events.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Newest first. */
  @Roles('admin')
  @Get()
  @ApiAnswer({ page: 'AuditEventResponse' })
  list(@Query() query: ListAuditEventsQuery): Promise<ListResponse<AuditEventResponse>> {
    return this.audit.list(query);
  }
}
