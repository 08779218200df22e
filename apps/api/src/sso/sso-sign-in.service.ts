import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { LoginResponse } from '@keino/contracts';

import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { IdentityProvidersService, SignInProvider } from './identity-providers.service';
import { OidcClients, ProvedIdentity, SsoFailure } from './oidc-clients';
import { localeOf, SsoAccounts } from './sso-accounts';
import { SsoLoginsRepository } from './sso-logins.repository';
import { ssoErrors } from './sso.errors';

/** The path the providers send the browser back to; registered at each provider as PUBLIC_URL + this. */
export const CALLBACK_PATH = '/api/auth/sso/callback';

const PENDING_SECONDS = 10 * 60;
// The web app exchanges a session code at once; a link code waits while the person types their password.
const SESSION_CODE_SECONDS = 60;
const LINK_CODE_SECONDS = 10 * 60;

const hash = (value: string) => createHash('sha256').update(value).digest('base64url');
const randomToken = () => randomBytes(32).toString('base64url');

/** Where the browser goes after the callback, with the one-time code (never a token) or why it stopped. */
export type CallbackOutcome = { code: string } | { link: string } | { error: SsoFailure };

/**
 * Sign-in through an organisation's identity provider, as the authorisation code flow with PKCE (S256), state and
 * nonce, all kept server-side for ten minutes and used once, and tied to the browser that started (a cookie). An
 * identity is bound to an account by (issuer, subject), never matched by email alone: a known binding signs its
 * person in; an address that has an account links only after that account's own password proves it; a new person
 * becomes a verified member of the provider's organisation, when the provider vouches for an address of its domains.
 */
@Injectable()
export class SsoSignInService {
  private readonly logger = new Logger(SsoSignInService.name);
  private readonly redirectUri: string;

  constructor(
    private readonly providers: IdentityProvidersService,
    private readonly clients: OidcClients,
    private readonly logins: SsoLoginsRepository,
    private readonly accounts: SsoAccounts,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redirectUri = `${config.publicUrl}${CALLBACK_PATH}`;
  }

  /**
   * The provider's authorisation URL for a new sign-in, and the browser's binding token (kept when the browser
   * already has one, so sign-ins in two tabs both finish). `404 NO_IDENTITY_PROVIDER` when unknown or switched off;
   * SSO_PROVIDER_UNAVAILABLE when its discovery document cannot be read.
   */
  async start(
    providerId: string,
    browserToken: string | undefined,
    loginHint?: string,
  ): Promise<{ location: string; browserToken: string }> {
    const provider = await this.providers.forSignIn(providerId);
    // Unknown and switched off look the same: nobody signs in through it.
    if (!provider?.enabled) throw ssoErrors.noIdentityProvider();
    const config = await this.configurationOf(provider);
    const checks = await this.clients.randomChecks();
    const browser = browserToken ?? randomToken();
    await this.logins.sweepExpired();
    await this.logins.insertPendingLogin({
      stateHash: hash(checks.state),
      providerId,
      browserHash: hash(browser),
      nonce: checks.nonce,
      codeVerifier: checks.codeVerifier,
      lifetimeSeconds: PENDING_SECONDS,
    });
    const location = await this.clients.authorizationUrl(config, {
      redirectUri: this.redirectUri,
      ...checks,
      loginHint,
    });
    return { location, browserToken: browser };
  }

  /** The provider's answer (the callback's query), checked and turned into a one-time code. */
  async callback(params: URLSearchParams, browserToken: string | undefined): Promise<CallbackOutcome> {
    try {
      const state = params.get('state');
      const pending =
        state && browserToken
          ? await this.logins.consumePendingLogin(hash(state), hash(browserToken))
          : undefined;
      if (!state || !browserToken || !pending) {
        throw new SsoFailure('SSO_EXPIRED', 'Unknown, used or expired state, or another browser');
      }
      const provider = await this.providers.forSignIn(pending.provider_id);
      if (!provider?.enabled)
        throw new SsoFailure('SSO_PROVIDER_UNAVAILABLE', 'The provider was switched off');
      const config = await this.configurationOf(provider);
      const callbackUrl = new URL(this.redirectUri);
      callbackUrl.search = params.toString();
      const identity = await this.clients.finish(config, callbackUrl, {
        state,
        nonce: pending.nonce,
        codeVerifier: pending.code_verifier,
      });
      return await this.settle(provider, identity, hash(browserToken));
    } catch (err) {
      if (!(err instanceof SsoFailure)) throw err;
      this.logger.warn(`Single sign-on stopped (${err.code}): ${err.message}`);
      return { error: err };
    }
  }

  /**
   * A session for the one-time code of a finished sign-in, in the browser that finished it (its cookie);
   * `400 INVALID_LINK` when the code is used, expired or another browser's.
   */
  async exchange(
    code: string,
    browserToken: string | undefined,
    userAgent: string | undefined,
  ): Promise<LoginResponse> {
    const row = browserToken
      ? await this.logins.consumeCode(undefined, hash(code), hash(browserToken), 'session')
      : undefined;
    const user = row && (await this.accounts.findUser(row.user_id));
    if (!user) throw ssoErrors.invalidCode();
    return this.accounts.startSession(user, userAgent);
  }

  /**
   * Binds the provider's identity to the existing account once its own password proves it, and signs in. A wrong
   * password leaves the code usable (and counts as a failed sign-in); the code is used once the link is made.
   * The password is checked before the transaction: hashing takes a while, and on the embedded database (one
   * connection) nothing may run beside an open transaction.
   */
  async link(
    code: string,
    browserToken: string | undefined,
    password: string,
    address: string,
    userAgent: string | undefined,
  ): Promise<LoginResponse> {
    if (!browserToken) throw ssoErrors.invalidCode();
    const browserHash = hash(browserToken);
    const found = await this.logins.findCode(hash(code), browserHash, 'link');
    if (!found?.issuer || !found.subject) throw ssoErrors.invalidCode();
    const { issuer, subject } = found;
    const user = await this.accounts.provePassword(found.user_id, password, address);
    await this.logins.transaction(async (tx) => {
      const row = await this.logins.consumeCode(tx, hash(code), browserHash, 'link');
      if (!row) throw ssoErrors.invalidCode();
      // Bound meanwhile to another account: the identity belongs there, not here.
      if ((await this.logins.bindIdentity(tx, issuer, subject, row.user_id)) !== row.user_id) {
        throw ssoErrors.invalidCode();
      }
    });
    return this.accounts.startSession(user, userAgent);
  }

  private async settle(
    provider: SignInProvider,
    identity: ProvedIdentity,
    browserHash: string,
  ): Promise<CallbackOutcome> {
    const issueCode = (purpose: 'session' | 'link', userId: string, linking?: ProvedIdentity) =>
      this.issueCode(purpose, userId, browserHash, linking);
    const boundTo = await this.logins.useIdentity(identity.issuer, identity.subject);
    const bound = boundTo && (await this.accounts.findUser(boundTo));
    if (bound) return { code: await issueCode('session', bound.id) };
    const email = identity.email;
    if (!email) throw new SsoFailure('SSO_EMAIL_MISSING', 'The provider told no email address');
    // Before the link too: an address the provider does not vouch for must not put its owner's link page (and
    // password) in front of the identity that merely claims it.
    if (!identity.emailVerified) {
      throw new SsoFailure('SSO_EMAIL_NOT_VERIFIED', `The provider does not vouch for ${email}`);
    }
    const existing = await this.accounts.findUserIdByEmail(email);
    if (existing) return { link: await issueCode('link', existing, identity) };
    if (!provider.emailDomains.includes(email.slice(email.lastIndexOf('@') + 1))) {
      throw new SsoFailure('SSO_DOMAIN_NOT_ALLOWED', `${email} is not in the provider's domains`);
    }
    const created = await this.accounts.createMember({
      email,
      // As registration bounds a name; a provider's claim has no bound of its own.
      fullName: (identity.name?.trim() || email.slice(0, email.indexOf('@'))).slice(0, 120),
      locale: localeOf(identity.locale),
      organizationId: provider.organizationId,
    });
    if (!created) {
      // The address got an account between the look-up and now: it links like any other.
      const id = await this.accounts.findUserIdByEmail(email);
      if (!id) throw new SsoFailure('SSO_FAILED', `No account for ${email} after EMAIL_TAKEN`);
      return { link: await issueCode('link', id, identity) };
    }
    // Two callbacks of one identity at once: whichever bound it first is its account.
    const owner = await this.logins.bindIdentity(undefined, identity.issuer, identity.subject, created.id);
    return { code: await issueCode('session', owner) };
  }

  private async issueCode(
    purpose: 'session' | 'link',
    userId: string,
    browserHash: string,
    identity?: ProvedIdentity,
  ): Promise<string> {
    const code = randomToken();
    await this.logins.insertCode({
      codeHash: hash(code),
      browserHash,
      purpose,
      userId,
      identity: identity && { issuer: identity.issuer, subject: identity.subject },
      lifetimeSeconds: purpose === 'session' ? SESSION_CODE_SECONDS : LINK_CODE_SECONDS,
    });
    return code;
  }

  private async configurationOf(provider: SignInProvider) {
    try {
      return await this.clients.configuration(provider);
    } catch (err) {
      if (err instanceof AppError) throw new SsoFailure('SSO_PROVIDER_UNAVAILABLE', err.message);
      throw err;
    }
  }
}
