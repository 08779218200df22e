import { AppError } from '../common/errors/app-error';

export const assessmentErrors = {
  enrollmentNotFound: () => new AppError('NOT_FOUND', 'Enrolment not found'),
  activityNotFound: () => new AppError('NOT_FOUND', 'No such self-assessment in this cohort'),
  notParticipant: () => new AppError('FORBIDDEN', 'Only the participant answers their self-assessment'),
  enrollmentNotActive: (status: string) =>
    new AppError('ENROLLMENT_NOT_ACTIVE', `The enrolment is ${status}`),
  cohortEnded: () => new AppError('COHORT_ENDED', 'The cohort has ended; its answers can no longer change'),
  moduleNotReleased: () => new AppError('MODULE_NOT_RELEASED', 'This module has not opened yet'),
  dimensionListedTwice: () => new AppError('DUPLICATE_DIMENSION', 'A dimension is listed twice'),
  dimensionAnsweredTwice: () => new AppError('DUPLICATE_DIMENSION', 'A dimension is answered twice'),
  unknownDimensions: (ids: string[]) =>
    new AppError('UNKNOWN_DIMENSION', `Unknown dimension: ${ids.join(', ')}`),
  notCurrentDimensions: (ids: string[]) =>
    new AppError('UNKNOWN_DIMENSION', `Not a dimension of the current model: ${ids.join(', ')}`),
  incomplete: (missingNames: string[]) =>
    new AppError(
      'ASSESSMENT_INCOMPLETE',
      `Every dimension needs an answer; missing: ${missingNames.join(', ')}`,
    ),
  followUpNotOpen: (opensOn: string) =>
    new AppError('FOLLOW_UP_NOT_OPEN', `The follow-up opens on ${opensOn}, 11 months after the cohort's end`),
  followUpClosed: (lastDay: string) =>
    new AppError('FOLLOW_UP_CLOSED', `The follow-up could be answered until ${lastDay}`),
  // A dimension about to be deleted got its first answer meanwhile: nothing was changed, try again.
  modelChanged: () => new AppError('MODEL_CHANGED', 'A dimension was answered meanwhile; please save again'),
};
