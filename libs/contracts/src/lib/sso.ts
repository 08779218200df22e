/** An organisation's OpenID Connect identity provider, as admins see it (never its client secret). */
export interface IdentityProviderResponse {
  id: string;
  organizationId: string;
  /** The provider's issuer URL: https, or http for a provider on this same machine (localhost). */
  issuer: string;
  clientId: string;
  /** The email domains whose people sign in through this provider (lower-case host names). */
  emailDomains: string[];
  enabled: boolean;
  createdAt: string;
}

export interface CreateIdentityProviderRequest {
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailDomains: string[];
  enabled?: boolean;
}

export interface UpdateIdentityProviderRequest {
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
  emailDomains?: string[];
  enabled?: boolean;
}

/** Which provider an email address signs in through. */
export interface SsoDiscoveryResponse {
  providerId: string;
  organizationName: string;
}

/** The one-time code the sign-in redirect carries (`/sign-in/sso?code=…`), exchanged for a session. */
export interface SsoExchangeRequest {
  code: string;
}

/** The one-time code of `/sign-in/sso?link=…` and the existing account's own password, which proves the link. */
export interface SsoLinkRequest {
  code: string;
  password: string;
}

/**
 * Why a sign-in through an identity provider stopped; the callback sends the browser to `/sign-in?ssoError=<code>`.
 * These travel in a URL, not in an error answer, so they are not ErrorCodes.
 */
export const SSO_ERRORS = [
  // the provider is unknown, switched off or cannot be reached
  'SSO_PROVIDER_UNAVAILABLE',
  // the sign-in was started too long ago, already finished, or in another browser
  'SSO_EXPIRED',
  // the person cancelled at the provider
  'SSO_CANCELLED',
  // the provider's answer did not pass the checks (issuer, nonce, PKCE, signature) or it refused
  'SSO_FAILED',
  // the provider told no email address
  'SSO_EMAIL_MISSING',
  // the provider does not vouch for the address, so no account is made from it
  'SSO_EMAIL_NOT_VERIFIED',
  // the address is not in one of the provider's email domains, so no account is made from it
  'SSO_DOMAIN_NOT_ALLOWED',
] as const;
export type SsoError = (typeof SSO_ERRORS)[number];

/** The ssoError of a query string, or undefined when it is none of SSO_ERRORS. */
export function ssoErrorOf(value: unknown): SsoError | undefined {
  return typeof value === 'string' && (SSO_ERRORS as readonly string[]).includes(value)
    ? (value as SsoError)
    : undefined;
}
