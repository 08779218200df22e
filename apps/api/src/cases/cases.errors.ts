import { AppError } from '../common/errors/app-error';

export const caseErrors = {
  titleRequired: () => new AppError('VALIDATION_FAILED', 'title is required'),
  commentEmpty: () => new AppError('VALIDATION_FAILED', 'body must not be empty'),
  noOrganization: () =>
    new AppError('NO_ORGANIZATION', 'Cases are written for an organisation; yours is not set'),
  organizationNotFound: () => new AppError('ORGANIZATION_NOT_FOUND', 'organizationId names no organisation'),
  otherOrganization: () => new AppError('NOT_SAME_ORGANIZATION', 'You write cases of your own organisation'),
  notEditable: () => new AppError('NOT_SAME_ORGANIZATION', 'Only its organisation edits a case'),
  incomplete: (missing: string[]) =>
    new AppError('CASE_INCOMPLETE', `Fill in before publishing: ${missing.join(', ')}`),
  // Another organisation's draft answers as if it did not exist.
  notFound: () => new AppError('NOT_FOUND', 'Case not found'),
};
