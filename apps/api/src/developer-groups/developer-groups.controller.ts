import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  DeveloperGroupMemberResponse,
  DeveloperGroupResponse,
  DeveloperGroupSummary,
  JoinRequestResponse,
  ListResponse,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { DeveloperGroupsService } from './developer-groups.service';
import {
  AddDeveloperGroupMemberDto,
  CreateDeveloperGroupDto,
  CreateJoinRequestDto,
  DecideJoinRequestDto,
  ListDeveloperGroupsQuery,
  ListJoinRequestsQuery,
} from './dto/developer-group.dto';

/** Developer groups and their members: everyone signed in sees which groups exist and who takes part. */
@ApiTags('developer-groups')
@ApiBearerAuth()
@Controller()
export class DeveloperGroupsController {
  constructor(private readonly groups: DeveloperGroupsService) {}

  @Roles('admin')
  @Post('developer-groups')
  @ApiOperation({ summary: 'Create a group (admins); facilitators are staff accounts, else 409 NOT_STAFF' })
  @ApiAnswer('DeveloperGroupResponse')
  @ApiErrors('NOT_FOUND', 'NOT_STAFF', 'VALIDATION_FAILED')
  create(
    @CurrentUser() caller: AuthUser,
    @Body() body: CreateDeveloperGroupDto,
  ): Promise<DeveloperGroupResponse> {
    return this.groups.create(caller, body);
  }

  @Roles()
  @Get('developer-groups')
  @ApiAnswer({ page: 'DeveloperGroupSummary' })
  list(
    @CurrentUser() caller: AuthUser,
    @Query() query: ListDeveloperGroupsQuery,
  ): Promise<ListResponse<DeveloperGroupSummary>> {
    return this.groups.list(caller, query);
  }

  @Roles()
  @Get('developer-groups/:id')
  @ApiAnswer('DeveloperGroupResponse')
  @ApiErrors('NOT_FOUND')
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<DeveloperGroupResponse> {
    return this.groups.get(caller, id);
  }

  @Roles()
  @Post('developer-groups/:id/members')
  @ApiOperation({ summary: 'Add an organisation (facilitators, admins); 409 ALREADY_GROUP_MEMBER' })
  @ApiAnswer('DeveloperGroupMemberResponse')
  @ApiErrors('ALREADY_GROUP_MEMBER', 'FORBIDDEN', 'NOT_FOUND', 'ORGANIZATION_NOT_FOUND')
  addMember(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddDeveloperGroupMemberDto,
  ): Promise<DeveloperGroupMemberResponse> {
    return this.groups.addMember(caller, id, body);
  }

  @Roles('coordinator')
  @Post('developer-groups/:id/join-requests')
  @ApiOperation({
    summary: 'A coordinator asks that their own organisation join',
    description:
      '409 JOIN_REQUEST_EXISTS when it is a member or a request waits; 409 NO_ORGANIZATION without one',
  })
  @ApiAnswer('JoinRequestResponse')
  @ApiErrors('JOIN_REQUEST_EXISTS', 'NO_ORGANIZATION', 'NOT_FOUND')
  requestToJoin(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateJoinRequestDto,
  ): Promise<JoinRequestResponse> {
    return this.groups.requestToJoin(caller, id, body);
  }

  @Roles()
  @Get('developer-groups/:id/join-requests')
  @ApiOperation({
    summary: 'The group’s requests, pending unless `status` says otherwise (facilitators, admins)',
  })
  @ApiAnswer({ page: 'JoinRequestResponse' })
  @ApiErrors('FORBIDDEN', 'NOT_FOUND')
  requests(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListJoinRequestsQuery,
  ): Promise<ListResponse<JoinRequestResponse>> {
    return this.groups.requests(caller, id, query.status);
  }

  @Roles()
  @Patch('join-requests/:id')
  @ApiOperation({
    summary: 'Approve or reject (facilitators of its group, admins); approval makes it a member',
  })
  @ApiAnswer('JoinRequestResponse')
  @ApiErrors('NOT_FOUND', 'REQUEST_DECIDED')
  decide(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DecideJoinRequestDto,
  ): Promise<JoinRequestResponse> {
    return this.groups.decide(caller, id, body);
  }
}
