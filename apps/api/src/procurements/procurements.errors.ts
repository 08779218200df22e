import { AppError } from '../common/errors/app-error';

export const procurementErrors = {
  noOrganization: () =>
    new AppError('NO_ORGANIZATION', 'Procurements are recorded for an organisation; yours is not set'),
  organizationNotFound: () => new AppError('ORGANIZATION_NOT_FOUND', 'organizationId names no organisation'),
  otherOrganization: () =>
    new AppError('NOT_SAME_ORGANIZATION', 'You record procurements of your own organisation'),
  // Change agents read their regions' procurements; only the organisation's people (and admins) change them.
  readOnly: () => new AppError('NOT_SAME_ORGANIZATION', 'Only its organisation changes a procurement'),
  // A procurement outside one's reach answers as if it did not exist.
  notFound: () => new AppError('NOT_FOUND', 'Procurement not found'),
  indicatorNotFound: () => new AppError('NOT_FOUND', 'Indicator not found'),
  targetSide: (direction: string) =>
    new AppError(
      'VALIDATION_FAILED',
      direction === 'increase'
        ? 'target must be above baseline when the indicator should increase'
        : 'target must be below baseline when the indicator should decrease',
    ),
  badDate: () =>
    new AppError('VALIDATION_FAILED', 'measuredOn must be a date between 2000-01-01 and 2100-12-31'),
  notCompleted: () =>
    new AppError('PROCUREMENT_NOT_COMPLETED', 'Only a completed procurement becomes a case'),
  caseExists: () => new AppError('CASE_ALREADY_CREATED', 'A case was already made from this procurement'),
  csvForbidden: () =>
    new AppError('REPORT_FORBIDDEN', 'The report by organisation is for admins and change agents'),
};
