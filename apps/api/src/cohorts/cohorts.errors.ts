import { AppError } from '../common/errors/app-error';

/** The cohorts module's refusals; each code's HTTP status comes from ERROR_STATUS in libs/contracts. */
export const cohortErrors = {
  notFound: () => new AppError('NOT_FOUND', 'Cohort not found'),
  courseNotFound: () => new AppError('NOT_FOUND', 'Course not found'),
  courseNotPublished: () =>
    new AppError('COURSE_NOT_PUBLISHED', 'Publish the course before opening a cohort'),
  endsBeforeStart: () => new AppError('VALIDATION_FAILED', 'endsOn must not be before startsOn'),
  capacityBelowSeats: (seatsTaken: number) =>
    new AppError('CAPACITY_BELOW_SEATS', `${seatsTaken} seats are taken; capacity cannot be lower`),
  notATrainer: () =>
    new AppError('NOT_A_TRAINER', 'Every trainerIds entry must be a user with the trainer role'),
  workshopTwice: () => new AppError('VALIDATION_FAILED', 'workshops names a workshop twice'),
  workshopOutsideCohort: () =>
    new AppError('WORKSHOP_OUTSIDE_COHORT', 'A workshop must fall between the cohort’s start and end'),
  workshopDateRequired: (titles: string[]) =>
    new AppError(
      'WORKSHOP_DATE_REQUIRED',
      `Give these workshops a time within the cohort’s dates: the course’s own falls outside them (${titles.join(', ')})`,
    ),
  nameTaken: (name: string) =>
    new AppError(
      'COHORT_NAME_TAKEN',
      `Another cohort is already called ${name}; send allowDuplicateName: true to use the name anyway`,
    ),
  unknownWorkshop: () =>
    new AppError(
      'UNKNOWN_WORKSHOP',
      'workshops names an activity that is not a workshop of the cohort’s course version',
    ),
  moduleTwice: () => new AppError('VALIDATION_FAILED', 'moduleReleases names a module twice'),
  unknownModule: () =>
    new AppError('UNKNOWN_MODULE', 'moduleReleases names a module outside the cohort’s course version'),
};
