import { Injectable } from '@nestjs/common';
import { loadEsm } from 'load-esm';
import type { Configuration } from 'openid-client';
import type { SsoError } from '@keino/contracts';

import { isLoopbackHost } from './issuer-url';
import { ssoErrors } from './sso.errors';

type OpenIdClient = typeof import('openid-client');
let openIdClient: Promise<OpenIdClient> | undefined;
// openid-client is ESM only; load-esm keeps the dynamic import intact under jest and in the webpack build.
const library = (): Promise<OpenIdClient> => (openIdClient ??= loadEsm<OpenIdClient>('openid-client'));

/** Why a sign-in stopped, as the callback tells the browser (`/sign-in?ssoError=…`). */
export class SsoFailure extends Error {
  constructor(
    readonly code: SsoError,
    message: string,
  ) {
    super(message);
  }
}

/** What the API needs to talk to one provider. */
export interface ProviderSettings {
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  updatedAt: Date;
}

/** The person the provider vouched for: the ID token's issuer and subject, and their address and name. */
export interface ProvedIdentity {
  issuer: string;
  subject: string;
  email?: string;
  emailVerified: boolean;
  name?: string;
  locale?: string;
}

const DISCOVERY_TIMEOUT_SECONDS = 10;
// Discovery documents change rarely; keys rotate, which openid-client follows by itself through the JWKS.
const CACHE_MS = 10 * 60_000;

// openid-client's errors say what failed in their cause ('unexpected JWT "iss" (issuer) claim value'), or the
// provider's error code (invalid_grant).
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const { cause, error } = err as { cause?: unknown; error?: unknown };
  if (typeof error === 'string') return `${err.message}: ${error}`;
  return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * openid-client 6 behind one door: discovery (cached per provider), the authorisation URL, and the code exchange,
 * whose checks (state, issuer of the response and of the ID token, audience, signature, nonce, PKCE) openid-client
 * makes. Plain http is allowed only to a provider on this machine (issuer-url.ts).
 */
@Injectable()
export class OidcClients {
  private readonly cache = new Map<string, { key: string; until: number; config: Promise<Configuration> }>();

  /** Reads the issuer's discovery document with these client credentials; `400 ISSUER_UNREACHABLE` when it cannot. */
  async discover(issuer: string, clientId: string, clientSecret: string): Promise<Configuration> {
    const client = await library();
    const server = new URL(issuer);
    const insecure = server.protocol === 'http:' && isLoopbackHost(server.hostname);
    let found: Configuration;
    try {
      found = await client.discovery(server, clientId, undefined, undefined, {
        execute: insecure ? [client.allowInsecureRequests] : [],
        timeout: DISCOVERY_TIMEOUT_SECONDS,
      });
    } catch {
      throw ssoErrors.issuerUnreachable(issuer);
    }
    const metadata = found.serverMetadata();
    // client_secret_basic is the default of OpenID Connect; post where the provider offers only that.
    const methods = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    const auth =
      !methods.includes('client_secret_basic') && methods.includes('client_secret_post')
        ? client.ClientSecretPost(clientSecret)
        : client.ClientSecretBasic(clientSecret);
    const config = new client.Configuration(metadata, clientId, clientSecret, auth);
    config.timeout = DISCOVERY_TIMEOUT_SECONDS;
    if (insecure) client.allowInsecureRequests(config);
    return config;
  }

  /** The provider's configuration, discovered at most every ten minutes or when the provider changed. */
  configuration(p: ProviderSettings): Promise<Configuration> {
    const key = `${p.updatedAt.getTime()}`;
    const cached = this.cache.get(p.id);
    if (cached && cached.key === key && cached.until > Date.now()) return cached.config;
    const config = this.discover(p.issuer, p.clientId, p.clientSecret);
    this.cache.set(p.id, { key, until: Date.now() + CACHE_MS, config });
    config.catch(() => this.cache.delete(p.id));
    return config;
  }

  forget(providerId: string): void {
    this.cache.delete(providerId);
  }

  async authorizationUrl(
    config: Configuration,
    request: { redirectUri: string; state: string; nonce: string; codeVerifier: string; loginHint?: string },
  ): Promise<string> {
    const client = await library();
    return client.buildAuthorizationUrl(config, {
      redirect_uri: request.redirectUri,
      scope: 'openid email profile',
      state: request.state,
      nonce: request.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(request.codeVerifier),
      code_challenge_method: 'S256',
      ...(request.loginHint ? { login_hint: request.loginHint } : {}),
    }).href;
  }

  /** Fresh random values for a sign-in: state, nonce and PKCE code verifier. */
  async randomChecks(): Promise<{ state: string; nonce: string; codeVerifier: string }> {
    const client = await library();
    return {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
  }

  /**
   * Checks the provider's answer at `callbackUrl` and exchanges its code (with the PKCE verifier); the ID token must
   * carry the expected nonce. Claims the ID token leaves out come from the userinfo endpoint, for the same subject.
   */
  async finish(
    config: Configuration,
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<ProvedIdentity> {
    const client = await library();
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('The token answer carries no ID token');
      claims = { ...idToken };
      if (text(claims['email']) === undefined && config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
        claims = { ...info, ...idToken };
      }
    } catch (err) {
      if (err instanceof client.AuthorizationResponseError && err.error === 'access_denied') {
        throw new SsoFailure('SSO_CANCELLED', 'The person cancelled at the provider');
      }
      throw new SsoFailure('SSO_FAILED', describe(err));
    }
    const verified = claims['email_verified'];
    return {
      issuer: String(claims['iss']),
      subject: String(claims['sub']),
      email: text(claims['email'])?.toLowerCase(),
      // Some providers send the flag as a string.
      emailVerified: verified === true || verified === 'true',
      name:
        text(claims['name']) ??
        ([text(claims['given_name']), text(claims['family_name'])].filter(Boolean).join(' ') || undefined),
      locale: text(claims['locale']),
    };
  }
}
