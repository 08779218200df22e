import type { AssignmentStatus } from '@keino/contracts';

import { AppError } from '../common/errors/app-error';

/** Every error the assignments module answers with; the codes and their statuses come from contracts' ERROR_STATUS. */
export const assignmentErrors = {
  // Also what anyone outside the team, the cohort's trainers and admins is told: the submission does not exist.
  notFound: () => new AppError('NOT_FOUND', 'Assignment not found'),
  enrolmentNotFound: () => new AppError('NOT_FOUND', 'Enrolment not found'),
  noSuchAssignment: () => new AppError('NOT_FOUND', 'This cohort’s course has no such assignment'),
  cohortNotFound: () => new AppError('NOT_FOUND', 'Cohort not found'),
  enrolmentNotActive: (status: string) => new AppError('ENROLLMENT_NOT_ACTIVE', `The enrolment is ${status}`),
  noOrganization: () =>
    new AppError('NO_ORGANIZATION', 'The assignment is done by an organisation’s team; yours is not set'),

  // submissions
  notTeamMember: () => new AppError('NOT_TEAM_MEMBER', 'Only the team’s members change its work'),
  locked: (status: AssignmentStatus) =>
    new AppError('ASSIGNMENT_LOCKED', `The assignment is ${status}; it cannot be changed now`),
  justSubmitted: () => new AppError('ASSIGNMENT_LOCKED', 'The assignment was just submitted'),
  empty: () => new AppError('ASSIGNMENT_EMPTY', 'Write the text or attach a file before submitting'),

  // reviews and comments
  commentRequired: () => new AppError('COMMENT_REQUIRED', 'Say what to revise: comment is required'),
  notReviewer: () => new AppError('FORBIDDEN', 'The cohort’s trainers review the assignment'),
  ownTeam: () => new AppError('OWN_TEAM', 'Another trainer reviews the work of a team you belong to'),
  notSubmitted: (status: AssignmentStatus) =>
    new AppError('NOT_SUBMITTED', `The assignment is ${status}, not awaiting review`),
  blankComment: () => new AppError('VALIDATION_FAILED', 'body must not be empty'),

  // the management team's review
  presentedInFuture: () =>
    new AppError('VALIDATION_FAILED', 'presentedOn must not be after today (Finnish time)'),

  // attachments
  attachmentNotFound: () => new AppError('NOT_FOUND', 'Attachment not found'),
  attachmentFileMissing: () => new AppError('NOT_FOUND', 'The attachment’s file is missing'),
  fileTooLarge: () => new AppError('FILE_TOO_LARGE', 'A file may be at most 20 MB'),
  notMultipart: () =>
    new AppError('VALIDATION_FAILED', 'Send the file as multipart/form-data in the field "file"'),
  wrongFileField: () => new AppError('VALIDATION_FAILED', 'Send the file in the field "file"'),
  unreadableUpload: () => new AppError('VALIDATION_FAILED', 'The upload could not be read'),
  emptyFile: () => new AppError('EMPTY_FILE', 'The file is empty'),
  unsupportedType: () =>
    new AppError(
      'UNSUPPORTED_TYPE',
      'Attach PDF, Office (Word, Excel, PowerPoint, OpenDocument) or image (PNG, JPEG, GIF, WebP) files',
    ),
} as const;
