import { AppError } from '../common/errors/app-error';

/** The sso module's refusals; each code's HTTP status comes from ERROR_STATUS in libs/contracts. */
export const ssoErrors = {
  providerNotFound: () => new AppError('NOT_FOUND', 'Identity provider not found'),
  organizationNotFound: () => new AppError('NOT_FOUND', 'Organisation not found'),
  issuerUnreachable: (issuer: string) =>
    new AppError('ISSUER_UNREACHABLE', `The discovery document of ${issuer} could not be read`),
  providerExists: () =>
    new AppError(
      'IDENTITY_PROVIDER_EXISTS',
      'The organisation already has an identity provider with this issuer',
    ),
  domainTaken: (domains: string[]) =>
    new AppError('DOMAIN_TAKEN', `Another identity provider signs in ${domains.join(', ')}`),
  noIdentityProvider: () =>
    new AppError('NO_IDENTITY_PROVIDER', 'No organisation signs in people of this email domain'),
  invalidCode: () => new AppError('INVALID_LINK', 'The sign-in code is used or expired: sign in again'),
  invalidCredentials: () => new AppError('INVALID_CREDENTIALS', 'Wrong email or password'),
};
