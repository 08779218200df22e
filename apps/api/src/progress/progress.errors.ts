import { AppError } from '../common/errors/app-error';

/** The progress module's refusals; each code's HTTP status comes from ERROR_STATUS in libs/contracts. */
export const progressErrors = {
  enrollmentNotFound: () => new AppError('NOT_FOUND', 'Enrolment not found'),
  activityNotInCourse: () => new AppError('NOT_FOUND', 'This activity is not part of the cohort’s course'),
  completedByApproval: () =>
    new AppError('COMPLETED_BY_APPROVAL', 'The team’s assignment is complete when a trainer approves it'),
  completedByAnswers: () =>
    new AppError('COMPLETED_BY_ANSWERS', 'The self-assessment is complete when it has been answered'),
  attendanceByTrainer: () =>
    new AppError('ATTENDANCE_BY_TRAINER', 'The cohort’s trainers record workshop attendance'),
  onlyParticipant: () => new AppError('FORBIDDEN', 'Only the participant records this activity'),
  enrollmentNotActive: (status: string) =>
    new AppError('ENROLLMENT_NOT_ACTIVE', `The enrolment is ${status}`),
  moduleNotReleased: () => new AppError('MODULE_NOT_RELEASED', 'This module has not opened yet'),
};
