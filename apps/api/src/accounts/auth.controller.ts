import { Body, Controller, Get, HttpCode, Ip, Patch, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LoginResponse, PersonalDataExport, UserResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Public, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { AccountsService } from './accounts.service';
import { SignInService } from './sign-in.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { PersonalDataService } from './personal-data.service';
import { LoginDto } from './dto/login.dto';
import { RefreshDto } from './dto/refresh.dto';

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly signIn: SignInService,
    private readonly personalData: PersonalDataService,
  ) {}

  /** `429 TOO_MANY_REQUESTS` after repeated failures on the account or from the address; successes never count. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiAnswer('LoginResponse')
  @ApiErrors('INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS')
  login(@Body() body: LoginDto, @Ip() address: string): Promise<LoginResponse> {
    return this.signIn.login(body.email, body.password, address);
  }

  /** A refresh token works once; it answers a new pair. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiAnswer('LoginResponse')
  @ApiErrors('INVALID_REFRESH_TOKEN')
  refresh(@Body() body: RefreshDto): Promise<LoginResponse> {
    return this.signIn.refresh(body.refreshToken);
  }

  @Roles()
  @ApiBearerAuth()
  @Get('me')
  @ApiAnswer('UserResponse')
  @ApiErrors('NOT_FOUND')
  me(@CurrentUser() user: AuthUser): Promise<UserResponse> {
    return this.accounts.me(user.id);
  }

  /** The caller's own name and language. */
  @Roles()
  @ApiBearerAuth()
  @Patch('me')
  @ApiAnswer('UserResponse')
  @ApiErrors('NOT_FOUND')
  updateProfile(@CurrentUser() user: AuthUser, @Body() body: UpdateProfileDto): Promise<UserResponse> {
    return this.accounts.updateProfile(user.id, body);
  }

  /** Everything held about the caller, as JSON (the right of access). */
  @Roles()
  @ApiBearerAuth()
  @Get('me/data')
  @ApiAnswer('PersonalDataExport')
  @ApiErrors('NOT_FOUND')
  personalDataExport(@CurrentUser() user: AuthUser): Promise<PersonalDataExport> {
    return this.personalData.export(user.id);
  }

  /** `400 WRONG_PASSWORD` when the current one does not match; other sessions end. Tries count by address. */
  @Roles()
  @ApiBearerAuth()
  @UseGuards(ThrottlerGuard)
  @Post('password')
  @HttpCode(200)
  @ApiAnswer('LoginResponse')
  @ApiErrors('WRONG_PASSWORD')
  changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto): Promise<LoginResponse> {
    return this.signIn.changePassword(user.id, body);
  }
}
