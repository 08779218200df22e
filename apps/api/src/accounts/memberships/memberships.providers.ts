import { AccountMailService } from '../email-links/account-mail.service';
import { EmailLinksController } from '../email-links/email-links.controller';
import { EmailLinksRepository } from '../email-links/email-links.repository';
import { EmailVerificationService } from '../email-links/email-verification.service';
import { PasswordResetService } from '../email-links/password-reset.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { MembershipRequestsController } from './membership-requests.controller';
import { MembershipRequestsRepository } from './membership-requests.repository';
import { MembershipRequestsService } from './membership-requests.service';
import { MembershipService } from './membership.service';
import { MembershipsPersonalData } from './memberships.personal-data';

/** Proved membership's part of the accounts module: emailed links, invitations and membership requests. */
export const MEMBERSHIP_CONTROLLERS = [
  EmailLinksController,
  InvitationsController,
  MembershipRequestsController,
];

export const MEMBERSHIP_PROVIDERS = [
  AccountMailService,
  EmailLinksRepository,
  EmailVerificationService,
  PasswordResetService,
  InvitationsRepository,
  InvitationsService,
  MembershipRequestsRepository,
  MembershipRequestsService,
  MembershipService,
  MembershipsPersonalData,
];

/** For demo data, which files an invitation and a request as a coordinator and an applicant would. */
export const MEMBERSHIP_EXPORTS = [InvitationsService, MembershipRequestsService];
