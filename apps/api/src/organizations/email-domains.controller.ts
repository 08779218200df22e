import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EmailDomainResponse, ListResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { SetEmailDomainsDto } from './dto/set-email-domains.dto';
import { EmailDomainsService } from './email-domains.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations/:id/email-domains')
export class EmailDomainsController {
  constructor(private readonly domains: EmailDomainsService) {}

  /** The organisation's verified email domains: its coordinators and admins; others get 404. */
  @Roles('coordinator', 'admin')
  @Get()
  @ApiAnswer({ page: 'EmailDomainResponse' })
  @ApiErrors('NOT_FOUND')
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ListResponse<EmailDomainResponse>> {
    return this.domains.list(caller, id);
  }

  /** Replaces the list; a person who proves an address at one of them joins the organisation. */
  @Roles('admin')
  @Put()
  @ApiAnswer({ page: 'EmailDomainResponse' })
  @ApiErrors('NOT_FOUND', 'DOMAIN_TAKEN')
  set(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SetEmailDomainsDto,
  ): Promise<ListResponse<EmailDomainResponse>> {
    return this.domains.set(id, body.domains);
  }
}
