// Proved membership (API.md "Who belongs where"): email verification and password reset links, an organisation's
// verified email domains, invitations and membership requests.

/** `POST /api/auth/verify-email`, `POST /api/invitations/lookup` and `/accept`: the token of an emailed link. */
export interface EmailTokenRequest {
  token: string;
}

/** `POST /api/auth/password-reset`: answers 202 whether or not the address has an account. */
export interface PasswordResetRequest {
  email: string;
}

/** `POST /api/auth/password-reset/confirm`: the emailed token and the new password (at least 12 characters). */
export interface PasswordResetConfirmRequest {
  token: string;
  password: string;
}

/** How long emailed links work. */
export const LINK_LIFETIME_HOURS = { verifyEmail: 48, resetPassword: 1, invitation: 14 * 24 } as const;

/** The most email domains one organisation has. */
export const MAX_EMAIL_DOMAINS = 20;

/** One of an organisation's verified email domains (`GET /api/organizations/:id/email-domains`). */
export interface EmailDomainResponse {
  domain: string;
  createdAt: string;
}

/** `PUT /api/organizations/:id/email-domains`: the whole list, lower-cased host names. */
export interface SetEmailDomainsRequest {
  domains: string[];
}

/** `POST /api/organizations/:id/invitations`. */
export interface CreateInvitationRequest {
  email: string;
}

export interface InvitationResponse {
  id: string;
  organizationId: string;
  email: string;
  invitedBy: { id: string; fullName: string };
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

/** `POST /api/invitations/lookup`: what the invitation page shows before the person signs in or registers. */
export interface InvitationLookupResponse {
  organizationId: string;
  organizationName: string;
  email: string;
}

export const MEMBERSHIP_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type MembershipRequestStatus = (typeof MEMBERSHIP_REQUEST_STATUSES)[number];

/** `POST /api/membership-requests`: a signed-in person without an organisation asks to join one. */
export interface CreateMembershipRequestRequest {
  organizationId: string;
}

export interface MembershipRequestResponse {
  id: string;
  organizationId: string;
  user: { id: string; fullName: string; email: string; emailVerified: boolean };
  status: MembershipRequestStatus;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: { id: string; fullName: string } | null;
}

/** `PATCH /api/membership-requests/:id`: the organisation's coordinator or an admin decides. */
export interface DecideMembershipRequestRequest {
  status: Exclude<MembershipRequestStatus, 'pending'>;
}
