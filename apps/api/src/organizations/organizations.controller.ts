import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ListResponse, OrganizationResponse, UserResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Public, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { CreateOrganizationDto } from './dto/create-organization.dto';
import { ListOrganizationsQuery, MembersQuery } from './dto/list-organizations.query';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Roles('admin')
  @Post()
  @ApiAnswer('OrganizationResponse')
  @ApiErrors('DUPLICATE_BUSINESS_ID', 'NOT_FOUND')
  create(@Body() body: CreateOrganizationDto): Promise<OrganizationResponse> {
    return this.organizations.create(body);
  }

  @Roles()
  @Get()
  @ApiAnswer({ page: 'OrganizationResponse' })
  list(@Query() query: ListOrganizationsQuery): Promise<ListResponse<OrganizationResponse>> {
    return this.organizations.list(query);
  }

  /** For sign-up, where people choose their organisation before they have an account: public register data. */
  @Public()
  @Get('directory')
  @ApiAnswer({ page: 'OrganizationResponse' })
  directory(@Query() query: ListOrganizationsQuery): Promise<ListResponse<OrganizationResponse>> {
    return this.organizations.list(query);
  }

  /** Colleagues to enrol: the organisation's coordinators and admins; `q` searches names. */
  @Roles('coordinator', 'admin')
  @Get(':id/members')
  @ApiAnswer({ page: 'UserResponse' })
  @ApiErrors('NOT_FOUND')
  members(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MembersQuery,
  ): Promise<ListResponse<UserResponse>> {
    return this.organizations.members(caller, id, query.q);
  }

  @Roles()
  @Get(':id')
  @ApiAnswer('OrganizationResponse')
  @ApiErrors('NOT_FOUND')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganizationResponse> {
    return this.organizations.get(id);
  }
}
