import { AppError } from '../common/errors/app-error';

export const reportErrors = {
  cohortNotFound: () => new AppError('NOT_FOUND', 'Cohort not found'),
  forbidden: () =>
    new AppError('REPORT_FORBIDDEN', 'Only the cohort’s trainers, admins and change agents see reports'),
};
