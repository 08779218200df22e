import { AppError } from '../../common/errors/app-error';

/** The error codes of proved membership: emailed links, invitations and membership requests. */
export const membershipErrors = {
  invalidLink: () => new AppError('INVALID_LINK', 'The link is unknown, used or expired'),
  alreadyMember: () => new AppError('ALREADY_MEMBER', 'Already a member'),
  invitationExists: () => new AppError('INVITATION_EXISTS', 'A pending invitation to this address exists'),
  invitationForAnotherEmail: () =>
    new AppError('INVITATION_FOR_ANOTHER_EMAIL', 'The invitation was sent to another email address'),
  memberOfAnotherOrganization: () =>
    new AppError('MEMBER_OF_ANOTHER_ORGANIZATION', 'Already a member of another organisation'),
  requestExists: () =>
    new AppError('MEMBERSHIP_REQUEST_EXISTS', 'A membership request of yours is waiting for a decision'),
  requestDecided: () => new AppError('REQUEST_DECIDED', 'The request has already been decided'),
  // Also for an invitation or request the caller may not see: it answers as if it did not exist.
  invitationNotFound: () => new AppError('NOT_FOUND', 'Invitation not found'),
  requestNotFound: () => new AppError('NOT_FOUND', 'Membership request not found'),
  organizationNotFound: () => new AppError('NOT_FOUND', 'Organisation not found'),
};
