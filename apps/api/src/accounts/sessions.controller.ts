import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ListResponse, SessionResponse } from '@keino/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

import {
  CurrentSession,
  PublicReadingToken,
  Roles,
  type SignedInCaller,
} from '../common/auth/auth.decorators';
import { clearSessionCookie, sessionCookieOf } from '../common/auth/session-cookie';
import { AppError } from '../common/errors/app-error';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { PageQueryDto } from '../common/pagination/page.query';
import { SessionsService } from './sessions.service';

/** Sign-out and the signed-in person's own sessions (devices). */
@ApiTags('accounts')
@Controller('auth')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  /**
   * Ends the current session (the one the access token names or, without a valid one, the cookie's) and clears the
   * cookie. `401` when the call brings neither.
   */
  @PublicReadingToken()
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('UNAUTHENTICATED')
  async logout(
    @CurrentSession() caller: SignedInCaller | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const ended = await this.sessions.signOut(caller, sessionCookieOf(request));
    if (!ended) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    clearSessionCookie(reply);
  }

  /** The caller's sessions that can still refresh, the one used last first; `current` marks this device's. */
  @Roles()
  @ApiBearerAuth()
  @Get('sessions')
  @ApiAnswer({ page: 'SessionResponse' })
  list(
    @CurrentSession() caller: SignedInCaller,
    @Query() page: PageQueryDto,
  ): Promise<ListResponse<SessionResponse>> {
    return this.sessions.list(caller, page);
  }

  /** Ends every session but the current one. */
  @Roles()
  @ApiBearerAuth()
  @Delete('sessions')
  @HttpCode(204)
  @ApiAnswer('no content')
  endOthers(@CurrentSession() caller: SignedInCaller): Promise<void> {
    return this.sessions.endOthers(caller);
  }

  /** Ends one of the caller's sessions (the current one too: that is a sign-out); `404` for anyone else's. */
  @Roles()
  @ApiBearerAuth()
  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('NOT_FOUND')
  async end(
    @CurrentSession() caller: SignedInCaller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.end(caller.id, id);
    if (id === caller.sessionId) clearSessionCookie(reply);
  }
}
