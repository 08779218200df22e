import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { IdentityProviderResponse, ListResponse } from '@keino/contracts';

import { Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { PageQueryDto } from '../common/pagination/page.query';
import { CreateIdentityProviderDto, UpdateIdentityProviderDto } from './dto/identity-provider.dto';
import { IdentityProvidersService } from './identity-providers.service';

/** Admins register an organisation's OpenID Connect providers; the client secret goes in and never comes out. */
@ApiTags('sso')
@ApiBearerAuth()
@Roles('admin')
@Controller()
export class IdentityProvidersController {
  constructor(private readonly providers: IdentityProvidersService) {}

  @Get('organizations/:id/identity-providers')
  @ApiAnswer({ page: 'IdentityProviderResponse' })
  @ApiErrors('NOT_FOUND')
  list(
    @Param('id', ParseUUIDPipe) organizationId: string,
    @Query() page: PageQueryDto,
  ): Promise<ListResponse<IdentityProviderResponse>> {
    return this.providers.list(organizationId, page);
  }

  /** `400 ISSUER_UNREACHABLE` when the issuer's discovery document cannot be read. */
  @Post('organizations/:id/identity-providers')
  @ApiAnswer('IdentityProviderResponse')
  @ApiErrors('NOT_FOUND', 'ISSUER_UNREACHABLE', 'IDENTITY_PROVIDER_EXISTS', 'DOMAIN_TAKEN')
  create(
    @Param('id', ParseUUIDPipe) organizationId: string,
    @Body() body: CreateIdentityProviderDto,
  ): Promise<IdentityProviderResponse> {
    return this.providers.create(organizationId, body);
  }

  /** A changed issuer or client is checked against its discovery document again. */
  @Patch('identity-providers/:id')
  @ApiAnswer('IdentityProviderResponse')
  @ApiErrors('NOT_FOUND', 'ISSUER_UNREACHABLE', 'IDENTITY_PROVIDER_EXISTS', 'DOMAIN_TAKEN')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateIdentityProviderDto,
  ): Promise<IdentityProviderResponse> {
    return this.providers.update(id, body);
  }

  /** Its people keep their accounts (and their bound identities, should the provider come back). */
  @Delete('identity-providers/:id')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('NOT_FOUND')
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.providers.remove(id);
  }
}
