import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ListResponse, UserResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { AccountsService } from './accounts.service';
import { ListUsersQuery } from './dto/list-users.query';
import { UpdateUserDto } from './dto/update-user.dto';
import { PersonalDataService } from './personal-data.service';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Roles('admin')
  @Get()
  list(@Query() query: ListUsersQuery): Promise<ListResponse<UserResponse>> {
    return this.accounts.list(query);
  }

  @Roles('admin')
  @Patch(':id')
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponse> {
    return this.accounts.update(actor.id, id, body);
  }

  /** Erases the person (name, email, sign-in) and keeps their anonymised enrolments for statistics. */
  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  erase(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.personalData.erase(actor.id, id);
  }
}
