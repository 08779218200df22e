import { AppError } from '../common/errors/app-error';

/** Every error the developer groups answer with; codes and statuses come from contracts' ERROR_STATUS. */
export const developerGroupErrors = {
  // Also what anyone outside a group is told of its threads, posts, documents and events: they do not exist.
  groupNotFound: () => new AppError('NOT_FOUND', 'Developer group not found'),
  threadNotFound: () => new AppError('NOT_FOUND', 'Thread not found'),
  postNotFound: () => new AppError('NOT_FOUND', 'Post not found'),
  documentNotFound: () => new AppError('NOT_FOUND', 'Document not found'),
  fileMissing: () => new AppError('NOT_FOUND', 'The document’s file is missing'),
  eventNotFound: () => new AppError('NOT_FOUND', 'Event not found'),
  requestNotFound: () => new AppError('NOT_FOUND', 'Join request not found'),
  noRegistrations: () => new AppError('NOT_FOUND', 'This event takes no registrations'),
  signInFirst: () => new AppError('UNAUTHENTICATED', 'Sign in first'),
  notStaff: (ids: string[]) =>
    new AppError('NOT_STAFF', `Facilitators are staff accounts (trainer or admin): ${ids.join(', ')}`),
  notFacilitator: () => new AppError('FORBIDDEN', 'The group’s facilitators and admins do this'),
  organizationNotFound: () => new AppError('ORGANIZATION_NOT_FOUND', 'organizationId names no organisation'),
  alreadyMember: () =>
    new AppError('ALREADY_GROUP_MEMBER', 'The organisation is already a member of the group'),
  requestExists: () =>
    new AppError('JOIN_REQUEST_EXISTS', 'The organisation is a member already, or its request is waiting'),
  noOrganization: () =>
    new AppError('NO_ORGANIZATION', 'A coordinator asks for their own organisation; yours is not set'),
  requestDecided: () => new AppError('REQUEST_DECIDED', 'The request was decided already'),
  blank: (field: string) => new AppError('VALIDATION_FAILED', `${field} must not be empty`),
  notAuthor: () => new AppError('FORBIDDEN', 'Only its author edits a post'),
  hideByFacilitator: () => new AppError('FORBIDDEN', 'Facilitators and admins hide posts'),
  bodyOrHidden: () => new AppError('VALIDATION_FAILED', 'Send body or hidden'),
  registrationOnlyForDialogue: () =>
    new AppError('VALIDATION_FAILED', 'registrationOpen is for a market_dialogue only'),
  alreadyRegistered: () => new AppError('ALREADY_REGISTERED', 'This email address has registered already'),
} as const;
