import type {
  CreateIdentityProviderRequest,
  ErrorCode,
  IdentityProviderResponse,
  UpdateIdentityProviderRequest,
} from '@keino/contracts';

/** The provider form as typed: the domains one per line (or separated by commas or spaces). */
export interface ProviderForm {
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailDomains: string;
  enabled: boolean;
}

export type ProviderField = 'issuer' | 'clientId' | 'clientSecret' | 'emailDomains';
/** The i18n keys under sso.admin.errors of what is wrong with each field. */
export type ProviderErrors = Partial<Record<ProviderField | 'form', string>>;

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;
export const MAX_PROVIDER_DOMAINS = 20;

export const emptyProviderForm = (): ProviderForm => ({
  issuer: '',
  clientId: '',
  clientSecret: '',
  emailDomains: '',
  enabled: true,
});

/** A provider's current values to edit; the secret is never shown, and left empty it stays as it is. */
export const providerFormOf = (p: IdentityProviderResponse): ProviderForm => ({
  issuer: p.issuer,
  clientId: p.clientId,
  clientSecret: '',
  emailDomains: p.emailDomains.join('\n'),
  enabled: p.enabled,
});

export function domainsOf(text: string): string[] {
  const words = text
    .split(/[\s,;]+/)
    .map((w) => w.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  return [...new Set(words)];
}

/** The API's rule: https, or plain http to this machine only; no query or fragment. */
export function isIssuer(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.search || url.hash || url.username || text.includes('#') || text.includes('?')) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  } catch {
    return false;
  }
}

/** What is wrong with the form; a new provider needs its secret, an edited one keeps it when left empty. */
export function validateProvider(form: ProviderForm, creating: boolean): ProviderErrors {
  const errors: ProviderErrors = {};
  if (!isIssuer(form.issuer.trim())) errors.issuer = 'issuer';
  if (!form.clientId.trim()) errors.clientId = 'required';
  if (creating && !form.clientSecret) errors.clientSecret = 'required';
  const domains = domainsOf(form.emailDomains);
  if (domains.some((d) => !HOST.test(d))) errors.emailDomains = 'domains';
  else if (domains.length > MAX_PROVIDER_DOMAINS) errors.emailDomains = 'tooMany';
  return errors;
}

export function toCreateRequest(form: ProviderForm): CreateIdentityProviderRequest {
  return {
    issuer: form.issuer.trim(),
    clientId: form.clientId.trim(),
    clientSecret: form.clientSecret,
    emailDomains: domainsOf(form.emailDomains),
    enabled: form.enabled,
  };
}

export function toUpdateRequest(form: ProviderForm): UpdateIdentityProviderRequest {
  return {
    issuer: form.issuer.trim(),
    clientId: form.clientId.trim(),
    ...(form.clientSecret ? { clientSecret: form.clientSecret } : {}),
    emailDomains: domainsOf(form.emailDomains),
    enabled: form.enabled,
  };
}

/** The API's refusal as the form shows it: on the field it is about, or for the whole form. */
export function serverProviderErrors(code: ErrorCode | undefined): ProviderErrors {
  switch (code) {
    case 'ISSUER_UNREACHABLE':
      return { issuer: 'unreachable' };
    case 'IDENTITY_PROVIDER_EXISTS':
      return { issuer: 'exists' };
    case 'DOMAIN_TAKEN':
      return { emailDomains: 'taken' };
    case 'VALIDATION_FAILED':
      return { form: 'invalid' };
    default:
      return { form: 'failed' };
  }
}
