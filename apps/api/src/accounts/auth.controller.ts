import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LoginResponse, UserResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Public, Roles } from '../common/auth/auth.decorators';
import { AccountsService } from './accounts.service';
import { LoginDto } from './dto/login.dto';
import { RefreshDto } from './dto/refresh.dto';
import { RegisterDto } from './dto/register.dto';

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(private readonly accounts: AccountsService) {}

  /** Self-service sign-up as a participant; `409 EMAIL_TAKEN` whatever the email's case. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ address: { limit: 100, ttl: 60_000 } })
  @SkipThrottle({ account: true })
  @Post('register')
  register(@Body() body: RegisterDto): Promise<UserResponse> {
    return this.accounts.register(body);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto): Promise<LoginResponse> {
    return this.accounts.login(body.email, body.password);
  }

  /** A refresh token works once; it answers a new pair. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshDto): Promise<LoginResponse> {
    return this.accounts.refresh(body.refreshToken);
  }

  @Roles()
  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthUser): Promise<UserResponse> {
    return this.accounts.me(user.id);
  }
}
