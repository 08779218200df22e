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
import type { ListResponse, MembershipRequestResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { ApiAnswer } from '../../common/openapi/api-answer.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CreateMembershipRequestDto } from './dto/create-membership-request.dto';
import { DecideMembershipRequestDto } from './dto/decide-membership-request.dto';
import { ListMembershipRequestsQuery } from './dto/list-membership-requests.query';
import { MembershipRequestsService } from './membership-requests.service';

@ApiTags('memberships')
@ApiBearerAuth()
@Controller()
export class MembershipRequestsController {
  constructor(private readonly requests: MembershipRequestsService) {}

  /** The caller, of no organisation yet, asks to join one; its coordinators are notified. */
  @Roles()
  @Post('membership-requests')
  @ApiAnswer('MembershipRequestResponse')
  @ApiErrors('NOT_FOUND', 'ALREADY_MEMBER', 'MEMBERSHIP_REQUEST_EXISTS', 'ORGANIZATION_NOT_FOUND')
  create(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateMembershipRequestDto,
  ): Promise<MembershipRequestResponse> {
    return this.requests.create(user.id, body.organizationId);
  }

  /** The caller's own request waiting for a decision; `404` when none waits. */
  @Roles()
  @Get('membership-requests/mine')
  @ApiAnswer('MembershipRequestResponse')
  @ApiErrors('NOT_FOUND')
  mine(@CurrentUser() user: AuthUser): Promise<MembershipRequestResponse> {
    return this.requests.mine(user.id);
  }

  /** The organisation's requests (`pending` unless `status` says otherwise): its coordinators and admins. */
  @Roles('coordinator', 'admin')
  @Get('organizations/:id/membership-requests')
  @ApiAnswer({ page: 'MembershipRequestResponse' })
  @ApiErrors('NOT_FOUND')
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListMembershipRequestsQuery,
  ): Promise<ListResponse<MembershipRequestResponse>> {
    return this.requests.list(caller, id, query);
  }

  /** Approving makes the person a member (audited). */
  @Roles('coordinator', 'admin')
  @Patch('membership-requests/:id')
  @ApiAnswer('MembershipRequestResponse')
  @ApiErrors('NOT_FOUND', 'REQUEST_DECIDED', 'MEMBER_OF_ANOTHER_ORGANIZATION')
  decide(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DecideMembershipRequestDto,
  ): Promise<MembershipRequestResponse> {
    return this.requests.decide(caller, id, body.status);
  }

  /** The requester withdraws a request still waiting. */
  @Roles()
  @Delete('membership-requests/:id')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('NOT_FOUND', 'REQUEST_DECIDED')
  withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.requests.withdraw(user.id, id);
  }
}
