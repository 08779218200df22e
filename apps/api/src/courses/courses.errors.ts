import { AppError } from '../common/errors/app-error';

/** Every error the courses module answers with; the codes and their statuses come from contracts' ERROR_STATUS. */
export const courseErrors = {
  // Also what a caller who may not see a draft is told: the course does not exist.
  notFound: () => new AppError('NOT_FOUND', 'Course not found'),
  moduleNotFound: () => new AppError('NOT_FOUND', 'Module not found'),
  activityNotFound: () => new AppError('NOT_FOUND', 'Activity not found'),
  versionNotFound: () => new AppError('NOT_FOUND', 'Course version not found'),

  // drafts
  trainersChosenByAdmins: () => new AppError('FORBIDDEN', 'Only admins choose a course’s trainers'),
  notATrainer: () =>
    new AppError('NOT_A_TRAINER', 'Every trainerIds entry must be a user with the trainer role'),
  notCourseTrainer: () => new AppError('NOT_COURSE_TRAINER', 'Only the course’s trainers and admins edit it'),

  // structure
  reorderMismatch: () => new AppError('REORDER_MISMATCH', 'ids must list every item of the list exactly once'),

  // publishing
  noRequiredActivity: () =>
    new AppError('NO_REQUIRED_ACTIVITY', 'A course needs at least one required activity to publish'),
};
