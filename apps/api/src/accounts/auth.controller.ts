import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Ip,
  Patch,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LoginResponse, PersonalDataExport, RefreshResponse, UserResponse } from '@keino/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { AuthUser, CurrentUser, Public, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { clearSessionCookie, sessionCookieOf, setSessionCookie } from '../common/auth/session-cookie';
import { accountErrors } from './accounts.errors';
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

  /**
   * `429 TOO_MANY_REQUESTS` after repeated failures on the account or from the address; successes never count.
   * Starts a session: the refresh token is also set as the `keino_refresh` cookie (HttpOnly, SameSite=Strict,
   * Path=/api/auth).
   */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiAnswer('LoginResponse')
  @ApiErrors('INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS')
  async login(
    @Body() body: LoginDto,
    @Ip() address: string,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const pair = await this.signIn.login(body.email, body.password, address, userAgent);
    setSessionCookie(reply, pair.refreshToken);
    return pair;
  }

  /**
   * A refresh token works once; it answers a new pair and sets the new refresh token as the cookie. The token comes
   * from the body or, when the body has none, from the cookie: then the answer leaves `refreshToken` out.
   */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiAnswer('RefreshResponse')
  @ApiErrors('INVALID_REFRESH_TOKEN')
  async refresh(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RefreshResponse> {
    // A bare POST (the cookie, no body at all) comes without a body object.
    const fromBody = (body as RefreshDto | undefined)?.refreshToken;
    const token = fromBody ?? sessionCookieOf(request);
    if (!token) throw accountErrors.invalidRefreshToken();
    try {
      const { refreshToken, ...pair } = await this.signIn.refresh(token);
      setSessionCookie(reply, refreshToken);
      return fromBody ? { ...pair, refreshToken } : pair;
    } catch (error) {
      // A cookie that no longer works goes, so the browser stops sending it.
      if (!fromBody) clearSessionCookie(reply);
      throw error;
    }
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

  /**
   * `400 WRONG_PASSWORD` when the current one does not match; every session ends and a new one starts on this device
   * (its refresh token in the answer and the cookie). Tries count by address.
   */
  @Roles()
  @ApiBearerAuth()
  @UseGuards(ThrottlerGuard)
  @Post('password')
  @HttpCode(200)
  @ApiAnswer('LoginResponse')
  @ApiErrors('WRONG_PASSWORD')
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const pair = await this.signIn.changePassword(user.id, body, userAgent);
    setSessionCookie(reply, pair.refreshToken);
    return pair;
  }
}
