import { AppError } from '../common/errors/app-error';

export const organizationErrors = {
  // Also for an organisation whose members the caller may not list: it answers as if it did not exist.
  notFound: () => new AppError('NOT_FOUND', 'Organisation not found'),
  duplicateBusinessId: (businessId: string) =>
    new AppError('DUPLICATE_BUSINESS_ID', `An organisation with business ID ${businessId} exists`),
  domainTaken: (domains: string[]) =>
    new AppError('DOMAIN_TAKEN', `Another organisation has ${domains.join(', ')}`),
};
