import { AppError } from '../common/errors/app-error';

export const callErrors = {
  notFound: () => new AppError('NOT_FOUND', 'Call not found'),
  cohortNotFound: () => new AppError('NOT_FOUND', 'cohortId names no cohort'),
  titleRequired: () => new AppError('VALIDATION_FAILED', 'title must not be empty'),
  window: () => new AppError('VALIDATION_FAILED', 'closesAt must be after opensAt'),
  duplicateCriterion: (key: string) => new AppError('VALIDATION_FAILED', `criteria key ${key} appears twice`),
  closed: () =>
    new AppError('CALL_CLOSED', 'The call is not open: applications are written and submitted while it is'),
  full: (max: number) =>
    new AppError('CALL_FULL', `The call accepts at most ${max} organisations, and that many are accepted`),
  noOrganization: () =>
    new AppError(
      'FORBIDDEN',
      'An application is written for your organisation, and your membership is not set',
    ),
  applicantRole: () =>
    new AppError('FORBIDDEN', 'Participants and coordinators apply for their organisation'),
  applicationExists: () =>
    new AppError('APPLICATION_EXISTS', 'Your organisation already has an application for this call'),
  applicationNotFound: () => new AppError('NOT_FOUND', 'Application not found'),
  notApplicant: () =>
    new AppError('NOT_SAME_ORGANIZATION', 'Only the applying organisation’s people edit it'),
  submitted: () =>
    new AppError('APPLICATION_SUBMITTED', 'The application is submitted and can no longer change'),
  stale: (current: number) =>
    new AppError('STALE_VERSION', `A colleague saved the application since (version ${current} now)`),
  incomplete: (missing: string[]) =>
    new AppError('APPLICATION_INCOMPLETE', `Fill in before submitting: ${missing.join(', ')}`),
  userNotFound: () => new AppError('NOT_FOUND', 'userId names no one'),
  notStaff: () => new AppError('NOT_STAFF', 'Reviewers are programme staff: a trainer or an admin'),
  notReviewer: () => new AppError('NOT_REVIEWER', 'You do not review this call'),
  conflictOfInterest: () =>
    new AppError('CONFLICT_OF_INTEREST', 'You belong to the applying organisation and cannot review it'),
  alreadyDecided: () => new AppError('ALREADY_DECIDED', 'The application is already accepted or rejected'),
  notSubmitted: () => new AppError('NOT_SUBMITTED', 'A draft cannot be decided: it is not submitted'),
  scores: (problems: string[]) => new AppError('VALIDATION_FAILED', problems.join('; ')),
  listForbidden: () =>
    new AppError('FORBIDDEN', 'Admins, the call’s reviewers and change agents see its applications'),
};
