import { AppError } from '../common/errors/app-error';

export const groupErrors = {
  // A cohort, group or meeting beyond the caller's reach answers as if it did not exist.
  cohortNotFound: () => new AppError('NOT_FOUND', 'Cohort not found'),
  groupNotFound: () => new AppError('NOT_FOUND', 'Group not found'),
  meetingNotFound: () => new AppError('NOT_FOUND', 'Meeting not found'),
  personNotInGroup: () =>
    new AppError('NOT_FOUND', 'No such person among the people of the group’s organisations'),
  notOrganizer: () =>
    new AppError('FORBIDDEN', 'Only the group’s coaches, the cohort’s trainers and admins do this'),
  notCohortTrainer: () => new AppError('FORBIDDEN', 'Only the cohort’s trainers and admins form its groups'),
  notStaff: (ids: string[]) =>
    new AppError('NOT_STAFF', `Coaches and mentors are staff (trainer or admin): ${ids.join(', ')}`),
  inOtherGroup: (ids: string[]) =>
    new AppError('ORGANIZATION_IN_OTHER_GROUP', `Already in another group of the cohort: ${ids.join(', ')}`),
  notInCohort: (ids: string[]) =>
    new AppError('NOT_IN_COHORT', `No active or completed enrolment in the cohort: ${ids.join(', ')}`),
  nameRequired: () => new AppError('VALIDATION_FAILED', 'name must not be empty'),
  titleRequired: () => new AppError('VALIDATION_FAILED', 'title must not be empty'),
  endsBeforeStart: () => new AppError('VALIDATION_FAILED', 'endsAt must not be before startsAt'),
};
