import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { UserResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Public, Roles } from '../../common/auth/auth.decorators';
import { ApiAnswer } from '../../common/openapi/api-answer.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { EmailTokenDto } from './dto/email-token.dto';
import { PasswordResetConfirmDto, PasswordResetDto } from './dto/password-reset.dto';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';

/** Emailed single-use links: proving an address, and resetting a forgotten password. */
@ApiTags('accounts')
@Controller('auth')
export class EmailLinksController {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly reset: PasswordResetService,
  ) {}

  /** A new verification link to the caller's address (earlier ones stop working); nothing when it is proved already. */
  @Roles()
  @ApiBearerAuth()
  @UseGuards(ThrottlerGuard)
  @Post('email-verification')
  @HttpCode(202)
  @ApiAnswer('no content')
  @ApiErrors('NOT_FOUND')
  resendVerification(@CurrentUser() user: AuthUser): Promise<void> {
    return this.verification.resend(user.id);
  }

  /** Proves the address; a person of no organisation joins the one whose verified domain it is. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('verify-email')
  @HttpCode(200)
  @ApiAnswer('UserResponse')
  @ApiErrors('INVALID_LINK')
  verifyEmail(@Body() body: EmailTokenDto): Promise<UserResponse> {
    return this.verification.verify(body.token);
  }

  /** `202` whether or not the address has an account; a link (1 hour) goes to it when it has. Tries count by address. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('password-reset')
  @HttpCode(202)
  @ApiAnswer('no content')
  requestPasswordReset(@Body() body: PasswordResetDto): Promise<void> {
    return this.reset.request(body.email);
  }

  /** Sets the new password and ends every session of the person. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('INVALID_LINK')
  confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    return this.reset.confirm(body.token, body.password);
  }
}
