import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  InvitationLookupResponse,
  InvitationResponse,
  ListResponse,
  UserResponse,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Public, Roles } from '../../common/auth/auth.decorators';
import { ApiAnswer } from '../../common/openapi/api-answer.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PageQueryDto } from '../../common/pagination/page.query';
import { EmailTokenDto } from '../email-links/dto/email-token.dto';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('memberships')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  /** Invites an address to the organisation (its coordinators, admins); a link valid for 14 days is mailed. */
  @Roles('coordinator', 'admin')
  @ApiBearerAuth()
  @Post('organizations/:id/invitations')
  @ApiAnswer('InvitationResponse')
  @ApiErrors('NOT_FOUND', 'ALREADY_MEMBER', 'INVITATION_EXISTS')
  create(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateInvitationDto,
  ): Promise<InvitationResponse> {
    return this.invitations.create(caller, id, body.email);
  }

  /** The open invitations (not accepted, revoked or expired). */
  @Roles('coordinator', 'admin')
  @ApiBearerAuth()
  @Get('organizations/:id/invitations')
  @ApiAnswer({ page: 'InvitationResponse' })
  @ApiErrors('NOT_FOUND')
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() page: PageQueryDto,
  ): Promise<ListResponse<InvitationResponse>> {
    return this.invitations.listOpen(caller, id, page);
  }

  @Roles('coordinator', 'admin')
  @ApiBearerAuth()
  @Delete('invitations/:id')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('NOT_FOUND')
  revoke(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.invitations.revoke(caller, id);
  }

  /** The organisation and address of an open invitation, for the page its link opens. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('invitations/lookup')
  @HttpCode(200)
  @ApiAnswer('InvitationLookupResponse')
  @ApiErrors('INVALID_LINK')
  lookup(@Body() body: EmailTokenDto): Promise<InvitationLookupResponse> {
    return this.invitations.lookup(body.token);
  }

  /** The signed-in person, holding the invited address, joins the organisation. */
  @Roles()
  @ApiBearerAuth()
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiAnswer('UserResponse')
  @ApiErrors('INVALID_LINK', 'INVITATION_FOR_ANOTHER_EMAIL', 'MEMBER_OF_ANOTHER_ORGANIZATION')
  accept(@CurrentUser() user: AuthUser, @Body() body: EmailTokenDto): Promise<UserResponse> {
    return this.invitations.accept(user.id, body.token);
  }
}
