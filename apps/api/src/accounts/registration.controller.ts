import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { ApiTags } from '@nestjs/swagger';
import type { UserResponse } from '@keino/contracts';

import { Public } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { RegisterDto } from './dto/register.dto';
import { RegistrationService } from './registration.service';

@ApiTags('accounts')
@Controller('auth')
export class RegistrationController {
  constructor(private readonly registration: RegistrationService) {}

  /** Self-service sign-up as a participant; `409 EMAIL_TAKEN` whatever the email's case. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ address: { limit: 100, ttl: 60_000 } })
  @Post('register')
  @ApiAnswer('UserResponse')
  @ApiErrors('EMAIL_TAKEN', 'NOT_FOUND', 'ORGANIZATION_NOT_FOUND')
  register(@Body() body: RegisterDto): Promise<UserResponse> {
    return this.registration.register(body);
  }
}
