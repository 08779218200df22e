import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ListResponse, UserResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { AccountsService } from './accounts.service';
import { ListUsersQuery } from './dto/list-users.query';
import { UpdateUserDto } from './dto/update-user.dto';
import { PersonalDataService } from './personal-data.service';
import { SessionsService } from './sessions.service';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly personalData: PersonalDataService,
    private readonly sessions: SessionsService,
  ) {}

  @Roles('admin')
  @Get()
  @ApiAnswer({ page: 'UserResponse' })
  list(@Query() query: ListUsersQuery): Promise<ListResponse<UserResponse>> {
    return this.accounts.list(query);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiAnswer('UserResponse')
  @ApiErrors('NOT_FOUND', 'ORGANIZATION_NOT_FOUND')
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponse> {
    return this.accounts.update(actor.id, id, body);
  }

  /** Ends every session of the person and every access token they hold (a lost phone, a leaver); audited. */
  @Roles('admin')
  @Delete(':id/sessions')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('NOT_FOUND')
  endSessions(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.sessions.endAllOf(actor.id, id);
  }

  /** Erases the person (name, email, sign-in) and keeps their anonymised enrolments for statistics. */
  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('CANNOT_ERASE_SELF', 'NOT_FOUND')
  erase(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.personalData.erase(actor.id, id);
  }
}
