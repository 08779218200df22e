import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Ip,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Redirect,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginResponse, SsoDiscoveryResponse } from '@keino/contracts';

import { Public } from '../common/auth/auth.decorators';
import { setSessionCookie } from '../common/auth/session-cookie';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SsoDiscoverQuery, SsoExchangeDto, SsoLinkDto, SsoStartQuery } from './dto/sso.dto';
import { IdentityProvidersService } from './identity-providers.service';
import { SsoFailure } from './oidc-clients';
import { browserCookieOf, setBrowserCookie } from './sso-cookie';
import { CallbackOutcome, SsoSignInService } from './sso-sign-in.service';

interface Redirection {
  url: string;
  statusCode: 302;
}

/**
 * Sign-in through the organisation's identity provider. The browser steps (start, callback) answer redirects; no
 * token ever travels in a URL: the callback's redirect carries a one-time code the web app exchanges. Starting (it
 * stores a pending sign-in), exchanging and linking count towards the per-address limit, as registration does.
 */
@ApiTags('sso')
@Public()
@Controller('auth/sso')
export class SsoController {
  constructor(
    private readonly providers: IdentityProvidersService,
    private readonly signIn: SsoSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('discover')
  @ApiAnswer('SsoDiscoveryResponse')
  @ApiErrors('NO_IDENTITY_PROVIDER')
  discover(@Query() query: SsoDiscoverQuery): Promise<SsoDiscoveryResponse> {
    return this.providers.discover(query.email);
  }

  /**
   * Sends the browser to the provider; back to `/sign-in?ssoError=SSO_PROVIDER_UNAVAILABLE` when the provider does
   * not answer. `404 NO_IDENTITY_PROVIDER` for an unknown or switched-off one (the web app starts only after discover).
   */
  @UseGuards(ThrottlerGuard)
  @Get(':providerId/start')
  @Redirect()
  @ApiAnswer({ redirect: "The provider's authorisation endpoint, or /sign-in?ssoError=…" })
  @ApiErrors('NO_IDENTITY_PROVIDER')
  async start(
    @Param('providerId', ParseUUIDPipe) providerId: string,
    @Query() query: SsoStartQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Redirection> {
    try {
      const started = await this.signIn.start(providerId, browserCookieOf(request), query.loginHint);
      setBrowserCookie(reply, started.browserToken);
      return { url: started.location, statusCode: 302 };
    } catch (err) {
      if (err instanceof SsoFailure) return this.back({ error: err });
      throw err;
    }
  }

  /** Where the provider sends the browser back (`code`, `state`, `iss`, or `error`); any other parameter is ignored. */
  @Get('callback')
  @Redirect()
  @ApiQuery({ name: 'code', required: false })
  @ApiQuery({ name: 'state', required: false })
  @ApiAnswer({ redirect: '/sign-in/sso?code=… or ?link=…, or /sign-in?ssoError=…' })
  async callback(
    // Not a DTO: providers add parameters of their own (session_state, scope…), which a DTO would refuse. The
    // global pipe still refuses NUL and malformed escapes in it.
    @Query() query: Record<string, string | string[] | undefined>,
    @Req() request: FastifyRequest,
  ): Promise<Redirection> {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      for (const one of [value ?? []].flat()) params.append(name, one);
    }
    return this.back(await this.signIn.callback(params, browserCookieOf(request)));
  }

  /**
   * `400 INVALID_LINK` for a used or expired code (they live 60 seconds), or one brought by another browser than
   * the one that finished the sign-in (its `keino_sso` cookie). Sets the session's cookie.
   */
  @UseGuards(ThrottlerGuard)
  @Post('exchange')
  @HttpCode(200)
  @ApiAnswer('LoginResponse')
  @ApiErrors('INVALID_LINK')
  async exchange(
    @Body() body: SsoExchangeDto,
    @Headers('user-agent') userAgent: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const session = await this.signIn.exchange(body.code, browserCookieOf(request), userAgent);
    setSessionCookie(reply, session.refreshToken);
    return session;
  }

  /**
   * Binds the provider's identity to the existing account of its address once the account's own password proves
   * it; `401 INVALID_CREDENTIALS` (the code stays usable), `429` after repeated failures, as sign-in.
   */
  @UseGuards(ThrottlerGuard)
  @Post('link')
  @HttpCode(200)
  @ApiAnswer('LoginResponse')
  @ApiErrors('INVALID_LINK', 'INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS')
  async link(
    @Body() body: SsoLinkDto,
    @Ip() address: string,
    @Headers('user-agent') userAgent: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const session = await this.signIn.link(
      body.code,
      browserCookieOf(request),
      body.password,
      address,
      userAgent,
    );
    setSessionCookie(reply, session.refreshToken);
    return session;
  }

  private back(outcome: CallbackOutcome): Redirection {
    const base = this.config.publicUrl;
    const url =
      'code' in outcome
        ? `${base}/sign-in/sso?code=${outcome.code}`
        : 'link' in outcome
          ? `${base}/sign-in/sso?link=${outcome.link}`
          : `${base}/sign-in?ssoError=${outcome.error.code}`;
    return { url, statusCode: 302 };
  }
}
