import type { EnrollmentStatus } from '@keino/contracts';

import { AppError } from '../common/errors/app-error';

/** The enrollments module's refusals; each code's HTTP status comes from ERROR_STATUS in libs/contracts. */
export const enrollmentErrors = {
  notFound: () => new AppError('NOT_FOUND', 'Enrolment not found'),
  userNotFound: () => new AppError('NOT_FOUND', 'User not found'),
  organizationNotFound: () => new AppError('NOT_FOUND', 'Organisation not found'),
  closed: () => new AppError('ENROLLMENT_CLOSED', 'Enrolment to this cohort has closed'),
  alreadyEnrolled: () => new AppError('ALREADY_ENROLLED', 'This person is already enrolled in the cohort'),
  onlyAdminsApprove: () => new AppError('FORBIDDEN', 'Only admins approve enrolments'),
  onlyParticipantWithdraws: () =>
    new AppError('FORBIDDEN', 'Only the participant or an admin withdraws an enrolment'),
  cannotApprove: (from: EnrollmentStatus) =>
    new AppError('INVALID_TRANSITION', `A ${from} enrolment cannot be approved`),
  completedCannotBeWithdrawn: () =>
    new AppError('INVALID_TRANSITION', 'A completed enrolment cannot be withdrawn'),
  notCohortTrainer: () =>
    new AppError('NOT_COHORT_TRAINER', 'Only the cohort’s trainers and admins see its enrolments'),
  onlyParticipantsEnrolThemselves: () => new AppError('FORBIDDEN', 'Only participants enrol themselves'),
  onlyCoordinatorsEnrolColleagues: () => new AppError('FORBIDDEN', 'Only coordinators enrol colleagues'),
  notSameOrganization: () =>
    new AppError('NOT_SAME_ORGANIZATION', 'Coordinators enrol colleagues of their own organisation only'),
};
